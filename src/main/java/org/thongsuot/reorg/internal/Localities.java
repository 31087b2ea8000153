package org.thongsuot.reorg.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a village or street name so that "Thôn 1", "thon  1" and "THÔN 1" match: NFD, combining marks
 * dropped, đ to d (Unicode does not decompose it), lower case, punctuation and runs of spaces to one space.
 */
public final class Localities {

	private Localities() {
	}

	public static String key(String text) {
		if (text == null) {
			return null;
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
				.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return s.isEmpty() ? null : s;
	}
}
