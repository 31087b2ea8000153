package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A {@link BlobStore} in a directory: {@code ab/cd/abcd...}, written to a temporary file, forced to disk,
 * moved to its name, and the directory forced too (on Linux a rename, like a new directory, is durable
 * only once its directory is synced): when {@link #put} returns, the file survives a power cut. Chosen with
 * {@code thongsuot.dossiers.file-store=directory}; each file then costs two fsyncs of its own, which
 * PostgreSQL's shared WAL flush does not (see {@link DatabaseBlobStore}).
 */
@Component
@ConditionalOnProperty(name = "thongsuot.dossiers.file-store", havingValue = "directory")
class DirectoryBlobStore implements BlobStore {

	private final Path root;

	DirectoryBlobStore(DossiersProperties properties) {
		this.root = Path.of(properties.blobDirectory()).toAbsolutePath();
	}

	@Override
	public String put(byte[] content) throws IOException {
		String hash = BlobStore.sha256(content);
		Path target = path(hash);
		if (Files.exists(target)) {
			return hash;
		}
		createDurably(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), hash, ".part");
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(content));
			channel.force(true);
		}
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		force(target.getParent());
		return hash;
	}

	/** Creates the directory and any missing parents, each made durable in its own parent. */
	private static void createDurably(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		createDurably(directory.getParent());
		try {
			Files.createDirectory(directory);
		}
		catch (java.nio.file.FileAlreadyExistsException e) {
			// made by a concurrent put that may not have synced its parent yet: sync it here too
		}
		force(directory.getParent());
	}

	private static void force(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	@Override
	public boolean exists(String sha256) {
		return Files.exists(path(sha256));
	}

	Path path(String hash) {
		if (!hash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + hash);
		}
		return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
	}
}
