package org.thongsuot.dossiers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files in the {@code dossier_blob} table, written in the caller's transaction: the receipt that records
 * a file and the file itself commit together, in the one WAL flush PostgreSQL shares between concurrent
 * commits. A file stored in a directory costs its own fsyncs (the file, then its directory after the
 * rename): measured on the intake benchmark, those fsyncs were most of a submission's time.
 *
 * <p>Files received before this store existed stay in the blob directory; they are read from there when
 * the table does not have them.
 */
@Component
@ConditionalOnProperty(name = "thongsuot.dossiers.file-store", havingValue = "database", matchIfMissing = true)
class DatabaseBlobStore implements BlobStore {

	private final JdbcClient jdbc;
	private final Path legacyDirectory;

	DatabaseBlobStore(JdbcClient jdbc, DossiersProperties properties) {
		this.jdbc = jdbc;
		this.legacyDirectory = Path.of(properties.blobDirectory()).toAbsolutePath();
	}

	@Override
	public String put(byte[] content) {
		putAll(List.of(content));
		return BlobStore.sha256(content);
	}

	/**
	 * One statement for all the files. Rows are inserted in hash order, so that two receipts sharing two
	 * files wait for each other instead of deadlocking; a file already there (or being inserted by a
	 * concurrent receipt, which this one then waits for) is kept as it is: same hash, same bytes.
	 */
	@Override
	public void putAll(List<byte[]> contents) {
		Map<String, byte[]> byHash = new LinkedHashMap<>();
		contents.stream().map(c -> Map.entry(BlobStore.sha256(c), c))
				.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
				.forEach(e -> byHash.putIfAbsent(e.getKey(), e.getValue()));
		if (byHash.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("INSERT INTO dossier_blob (sha256, size, content) VALUES ");
		int i = 0;
		for (int n = 0; n < byHash.size(); n++) {
			sql.append(n == 0 ? "" : ", ").append("(:h").append(n).append(", :s").append(n).append(", :c").append(n)
					.append(')');
		}
		sql.append(" ON CONFLICT (sha256) DO NOTHING");
		JdbcClient.StatementSpec spec = jdbc.sql(sql.toString());
		for (Map.Entry<String, byte[]> e : byHash.entrySet()) {
			spec = spec.param("h" + i, e.getKey()).param("s" + i, (long) e.getValue().length).param("c" + i, e.getValue());
			i++;
		}
		spec.update();
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		Optional<byte[]> content = jdbc.sql("SELECT content FROM dossier_blob WHERE sha256 = :h").param("h", sha256)
				.query((rs, n) -> rs.getBytes(1)).optional();
		if (content.isPresent()) {
			return new ByteArrayInputStream(content.get());
		}
		return Files.newInputStream(legacyPath(sha256));
	}

	@Override
	public boolean exists(String sha256) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier_blob WHERE sha256 = :h)").param("h", sha256)
				.query(Boolean.class).single() || Files.exists(legacyPath(sha256));
	}

	private Path legacyPath(String hash) {
		if (!hash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + hash);
		}
		return legacyDirectory.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
	}
}
