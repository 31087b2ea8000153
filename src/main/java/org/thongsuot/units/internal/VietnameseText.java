package org.thongsuot.units.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The two search keys of a Vietnamese name. Done here rather than with PostgreSQL's {@code unaccent},
 * which leaves đ/Đ alone.
 *
 * <ul>
 * <li>{@link #fold}: diacritics, đ, case, apostrophes and punctuation gone: "Đắk Nông" and "dak nong"
 * both give {@code dak nong}; "Cư M'gar" and "Cư M’gar" give {@code cu mgar}.</li>
 * <li>{@link #toneKey}: the same, but letters keep their vowel marks (â, ă, ê, ô, ơ, ư, đ) and the tone
 * mark moves to the end of its syllable, Telex style. The old placement "Hoà" and the new "Hòa" both
 * give {@code hoaf}; "Thuỷ"/"Thủy" give {@code thuyr}; but "Đăk" and "Đắk" stay different.</li>
 * </ul>
 */
public final class VietnameseText {

	private VietnameseText() {
	}

	/** Lower case ASCII words separated by single spaces. */
	public static String fold(String text) {
		return key(text, false);
	}

	/** The folded text without spaces: "Đắk Lắk" and "daklak" both give {@code daklak}. */
	public static String compact(String text) {
		return fold(text).replace(" ", "");
	}

	/** Lower case words with vowel marks kept and tone marks moved to the end of each syllable. */
	public static String toneKey(String text) {
		return key(text, true);
	}

	/** NFC, as names are stored; null stays null. */
	public static String nfc(String text) {
		return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private static String key(String text, boolean keepMarks) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(decomposed.length());
		StringBuilder syllable = new StringBuilder();
		char tone = 0;
		boolean pendingSpace = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			char toneLetter = toneLetter(c);
			if (toneLetter != 0) {
				tone = toneLetter;
			}
			else if (Character.getType(c) == Character.NON_SPACING_MARK) {
				if (keepMarks) {
					syllable.append(c);
				}
			}
			else if (Character.isLetterOrDigit(c)) {
				syllable.append(keepMarks || c != 'đ' ? c : 'd');
			}
			else if (isApostrophe(c)) {
				// "M'Lan", "M’Lan" and "M' Lan" are one word: drop the mark and the space after it.
				while (i + 1 < decomposed.length() && Character.isWhitespace(decomposed.charAt(i + 1))) {
					i++;
				}
			}
			else {
				// Any other punctuation or space ends a syllable ("Bà Rịa - Vũng Tàu", "N.T Phong Hải").
				if (syllable.length() > 0) {
					pendingSpace = flush(out, syllable, tone, keepMarks, pendingSpace);
					tone = 0;
				}
			}
		}
		if (syllable.length() > 0) {
			flush(out, syllable, tone, keepMarks, pendingSpace);
		}
		return out.toString();
	}

	private static boolean flush(StringBuilder out, StringBuilder syllable, char tone, boolean keepMarks,
			boolean pendingSpace) {
		if (pendingSpace) {
			out.append(' ');
		}
		out.append(keepMarks ? Normalizer.normalize(syllable, Normalizer.Form.NFC) : syllable);
		if (keepMarks && tone != 0) {
			out.append(tone);
		}
		syllable.setLength(0);
		return true;
	}

	/** The Telex letter of a Vietnamese tone mark (huyền f, sắc s, hỏi r, ngã x, nặng j), or 0. */
	private static char toneLetter(char c) {
		return switch (c) {
			case '\u0300' -> 'f';
			case '\u0301' -> 's';
			case '\u0309' -> 'r';
			case '\u0303' -> 'x';
			case '\u0323' -> 'j';
			default -> 0;
		};
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
	}
}
