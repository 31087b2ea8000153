package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Where files live, addressed by the SHA-256 of their bytes (so a file stored twice is stored once and
 * a file written for a transaction that rolled back is harmless). In PostgreSQL by default
 * ({@link DatabaseBlobStore}); a directory ({@link DirectoryBlobStore}) or an S3-compatible store can
 * implement the same interface.
 */
interface BlobStore {

	/** Stores the bytes durably (at the latest when the current transaction commits) and returns their SHA-256. */
	String put(byte[] content) throws IOException;

	/** Stores several files at once; the default stores them one by one. */
	default void putAll(List<byte[]> contents) throws IOException {
		for (byte[] content : contents) {
			put(content);
		}
	}

	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);

	/** The lower-case hex SHA-256 of the bytes: a file's address in every store. */
	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
