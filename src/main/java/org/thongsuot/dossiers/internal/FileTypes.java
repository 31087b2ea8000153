package org.thongsuot.dossiers.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The real type of a file, read from its first bytes (magic numbers), never from its name: PDF
 * ({@code %PDF-}), JPEG ({@code FF D8 FF}), PNG ({@code 89 50 4E 47 0D 0A 1A 0A}). Anything else is
 * refused, and so is a file whose name claims another of these types (a disguised file).
 */
final class FileTypes {

	private FileTypes() {
	}

	static Optional<String> sniff(byte[] b) {
		if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	/** Whether the file name's extension agrees with the type (a name without extension agrees). */
	static boolean nameAgrees(String fileName, String type) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return true;
		}
		String ext = name.substring(dot + 1);
		return switch (type) {
			case "application/pdf" -> ext.equals("pdf");
			case "image/jpeg" -> ext.equals("jpg") || ext.equals("jpeg");
			case "image/png" -> ext.equals("png");
			default -> false;
		};
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes == null || bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
