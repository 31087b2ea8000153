package org.thongsuot.portal.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text made comparable. {@link #fold}: without diacritics, đ as d, lower case, words of letters
 * and digits separated by one space ("Đăng ký khai sinh" → "dang ky khai sinh"). {@link #toneKey}: keeps the
 * diacritics that change a letter (â, ă, ê, ô, ơ, ư, đ) but moves each word's tone mark to the end of the
 * word, so "Hòa" and "Hoà", "Thủy" and "Thuỷ" give the same key ("hoa2", "thuy3") while "ký" and "kỳ" stay
 * apart.
 */
public final class VietnameseText {

	private static final String TONES = "\u0301\u0300\u0309\u0303\u0323"; // sắc, huyền, hỏi, ngã, nặng

	private VietnameseText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (c == 'đ' || c == 'Đ') {
				c = 'd';
			}
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		return out.toString().strip();
	}

	public static String toneKey(String text) {
		if (text == null) {
			return "";
		}
		List<String> words = new ArrayList<>();
		for (String word : Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
				.split("[^\\p{L}\\p{N}\\p{M}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			StringBuilder base = new StringBuilder();
			int tone = 0;
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				int t = TONES.indexOf(c);
				if (t >= 0) {
					tone = t + 1;
				}
				else {
					base.append(c);
				}
			}
			String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
			if (composed.isEmpty() || !Character.isLetterOrDigit(composed.charAt(0))) {
				continue;
			}
			words.add(tone == 0 ? composed : composed + tone);
		}
		return String.join(" ", words);
	}

	/** The folded words of a query, at most {@code max}. */
	public static List<String> words(String folded, int max) {
		List<String> words = new ArrayList<>();
		for (String word : folded.split(" ")) {
			if (!word.isEmpty() && words.size() < max) {
				words.add(word);
			}
		}
		return words;
	}
}
