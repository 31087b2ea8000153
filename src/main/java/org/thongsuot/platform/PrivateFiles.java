package org.thongsuot.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files that hold secrets (passwords, keys) readable by the platform's own user only. */
public final class PrivateFiles {

	private PrivateFiles() {
	}

	/**
	 * Makes the file readable and writable by its owner alone; false on a file system without POSIX
	 * permissions, where the directory's permissions have to protect it.
	 */
	public static boolean restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			return true;
		}
		catch (UnsupportedOperationException e) {
			return false;
		}
	}
}
