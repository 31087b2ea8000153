package org.thongsuot.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An agency's electronic identification code (mã định danh điện tử), as fixed by Decision
 * 20/2020/QĐ-TTg of 22 July 2020 (amended by Decision 09/2025/QĐ-TTg of 14 April 2025). See
 * {@code docs/agencies.md} for the sources.
 *
 * <ul>
 * <li>Article 4(1): at most 35 characters, only the dot, the digits 0–9 and the capital letters A–Z;
 * groups of characters, one per level, separated by dots.</li>
 * <li>Article 4(2): the level-1 code (Mã cấp 1) has the form {@code MX1X2}: a letter M from A to Y and two
 * digits; the appendix gives H for the provinces' People's Committees (e.g. {@code H41}).</li>
 * <li>Article 4(1)–(3): in the Decision's own form the groups run from left to right, the level-1 code
 * first, then one group per lower level ({@link Form#DECISION_20_2020}, e.g. {@code H41.12.05}).</li>
 * </ul>
 *
 * The codes provinces have published since 2016 and that the national document exchange and the
 * public service portal still carry are in the older form of QCVN 102:2016/BTTTT (Circular
 * 10/2016/TT-BTTTT), {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}: the same level-1 code, but last, after three
 * groups of 3, 2 and 2 digits for levels 4, 3 and 2, all zeros for the level-1 agency itself
 * ({@code 000.00.00.H41}). Both forms are accepted and told apart by {@link #form()}; nothing else is.
 *
 * @param value the code, exactly as published (capital letters, no spaces)
 */
public record AgencyCode(@JsonValue String value) {

	/** Article 4(1): the maximum length of a code. */
	public static final int MAX_LENGTH = 35;

	/** Article 4(2): the level-1 code, a letter from A to Y and two digits. */
	private static final Pattern LEVEL_1 = Pattern.compile("[A-Y][0-9]{2}");
	private static final Pattern ALPHABET = Pattern.compile("[0-9A-Z.]*");
	private static final Pattern LEGACY_LOWER = Pattern.compile("[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}");

	/** Which of the two published layouts a code follows. */
	public enum Form {
		/** Decision 20/2020/QĐ-TTg, Article 4: level-1 code first, e.g. {@code H41.12}. */
		DECISION_20_2020,
		/** QCVN 102:2016/BTTTT: level-1 code last after three digit groups, e.g. {@code 000.00.12.H41}. */
		QCVN_102_2016
	}

	/** Why a text is not an electronic identification code; each names the rule it breaks. */
	public enum Violation {
		/** Nothing given. */
		EMPTY,
		/** Longer than 35 characters (Article 4(1)). */
		TOO_LONG,
		/** A character other than the dot, 0–9 and A–Z; small letters included (Article 4(1)). */
		INVALID_CHARACTER,
		/** An empty group: a dot at the start or end, or two dots together (Article 4(1)). */
		EMPTY_GROUP,
		/** Neither the first nor the last group is a level-1 code {@code MX1X2} (Article 4(2)). */
		NO_LEVEL_1_CODE,
		/** The level-1 code is last, but the groups before it are not 3, 2 and 2 digits (QCVN 102:2016). */
		INVALID_LEGACY_GROUPS
	}

	public AgencyCode {
		Optional<Violation> violation = check(value);
		if (violation.isPresent()) {
			throw new InvalidAgencyCode(value, violation.get());
		}
	}

	/** The code, or {@link InvalidAgencyCode} naming the rule the text breaks. */
	@JsonCreator
	public static AgencyCode of(String value) {
		return new AgencyCode(value);
	}

	/** The rule the text breaks, or empty if it is a valid code. */
	public static Optional<Violation> check(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of(Violation.EMPTY);
		}
		if (value.length() > MAX_LENGTH) {
			return Optional.of(Violation.TOO_LONG);
		}
		if (!ALPHABET.matcher(value).matches()) {
			return Optional.of(Violation.INVALID_CHARACTER);
		}
		if (value.startsWith(".") || value.endsWith(".") || value.contains("..")) {
			return Optional.of(Violation.EMPTY_GROUP);
		}
		List<String> groups = Arrays.asList(value.split("\\."));
		if (LEVEL_1.matcher(groups.get(0)).matches()) {
			return Optional.empty();
		}
		if (LEVEL_1.matcher(groups.get(groups.size() - 1)).matches()) {
			return isLegacy(value) ? Optional.empty() : Optional.of(Violation.INVALID_LEGACY_GROUPS);
		}
		return Optional.of(Violation.NO_LEVEL_1_CODE);
	}

	public static boolean isValid(String value) {
		return check(value).isEmpty();
	}

	public Form form() {
		return LEVEL_1.matcher(groups().get(0)).matches() ? Form.DECISION_20_2020 : Form.QCVN_102_2016;
	}

	/** The level-1 code {@code MX1X2}, wherever the form puts it (e.g. {@code H41}). */
	public String level1() {
		List<String> groups = groups();
		return form() == Form.DECISION_20_2020 ? groups.get(0) : groups.get(groups.size() - 1);
	}

	/** The letter of the level-1 code: H for a province's People's Committee and its agencies. */
	public char level1Letter() {
		return level1().charAt(0);
	}

	/**
	 * The level of the agency the code names: 1 for the level-1 agency itself (a province's People's
	 * Committee), 2 for the agencies under it, and so on. In the QCVN 102 form the level is that of the
	 * leftmost group that is not all zeros.
	 */
	public int level() {
		List<String> groups = groups();
		if (form() == Form.DECISION_20_2020) {
			return groups.size();
		}
		for (int i = 0; i < 3; i++) {
			if (!groups.get(i).chars().allMatch(c -> c == '0')) {
				return 4 - i;
			}
		}
		return 1;
	}

	@Override
	public String toString() {
		return value;
	}

	private List<String> groups() {
		return Arrays.asList(value.split("\\."));
	}

	private static boolean isLegacy(String value) {
		int last = value.lastIndexOf('.');
		return last > 0 && LEGACY_LOWER.matcher(value.substring(0, last)).matches();
	}
}
