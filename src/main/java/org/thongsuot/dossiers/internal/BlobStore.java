package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where files live, addressed by the SHA-256 of their bytes (so a file stored twice is stored once and
 * a file written for a transaction that rolled back is harmless). A directory by default; an
 * S3-compatible store can implement the same interface.
 */
interface BlobStore {

	/** Stores the bytes durably and returns their SHA-256 (lower-case hex). */
	String put(byte[] content) throws IOException;

	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);
}
