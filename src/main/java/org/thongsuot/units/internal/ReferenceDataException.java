package org.thongsuot.units.internal;

/**
 * The units reference data is unusable: a file is missing, a row is malformed, a code refers to nothing.
 * The message names the file and line. Thrown at startup it stops the application: serving wrong
 * administrative units is worse than not starting.
 */
public class ReferenceDataException extends RuntimeException {

	ReferenceDataException(String message) {
		super(message);
	}

	ReferenceDataException(String message, Throwable cause) {
		super(message, cause);
	}

	static ReferenceDataException at(String file, long line, String problem) {
		return new ReferenceDataException("Units reference data: " + file + " line " + line + ": " + problem);
	}
}
