package org.thongsuot.platform.internal.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a file beside the data directory, held for the life of the JVM that runs
 * the embedded server. It tells a live owner from a dead one: the OS releases the lock when its process
 * dies, however it dies. So a second instance on the same data directory stops before it touches the
 * first one's server, and a server still running without its lock's owner is truly orphaned.
 */
final class DataDirectoryLock implements Closeable {

	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("The data directory " + dataDirectory + " is in use by another running "
					+ "Thông Suốt (it holds " + file + "). Stop that one first, or give this one its own "
					+ "thongsuot.database.embedded.data-directory.");
		}
		return new DataDirectoryLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}
}
