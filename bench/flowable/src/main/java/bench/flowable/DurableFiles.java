package bench.flowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Flowable side's file store: the same durable, content-addressed write as the platform's
 * {@code DirectoryBlobStore} (temporary file forced to disk, moved to {@code ab/cd/hash}, directory forced), so
 * that both engines pay the same for the submitted file and only the reference goes into the process.
 */
final class DurableFiles {

	private final Path root;

	DurableFiles(Path root) {
		this.root = root.toAbsolutePath();
	}

	/** Stores the bytes durably; returns their SHA-256 (the reference kept in the process variables). */
	String put(byte[] content) throws IOException {
		String hash = sha256(content);
		Path target = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
		if (Files.exists(target)) {
			return hash;
		}
		createDurably(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), hash, ".part");
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(content));
			channel.force(true);
		}
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		force(target.getParent());
		return hash;
	}

	private static void createDurably(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		createDurably(directory.getParent());
		try {
			Files.createDirectory(directory);
		}
		catch (FileAlreadyExistsException e) {
			// made by a concurrent put: sync its parent here too
		}
		force(directory.getParent());
	}

	private static void force(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
