package org.thongsuot.units;

import java.util.Optional;

/**
 * The tier of an administrative unit. Districts exist only until 2025-06-30; since 2025-07-01 local
 * government has two levels. A code's length tells its level: 2 digits province, 3 district, 5 commune.
 */
public enum Level {

	PROVINCE(2), DISTRICT(3), COMMUNE(5);

	private final int codeLength;

	Level(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	/** Whether the code has the form of this level's codes (digits only, the right length). */
	public boolean accepts(String code) {
		return code != null && code.length() == codeLength && code.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	/** The level a code of this form belongs to, if it has the form of any. */
	public static Optional<Level> ofCode(String code) {
		for (Level level : values()) {
			if (level.accepts(code)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}
}
