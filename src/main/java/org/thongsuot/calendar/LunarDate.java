package org.thongsuot.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch), as computed at UTC+7.
 *
 * @param day 1..30
 * @param month 1..12 (1 = tháng Giêng, 12 = tháng Chạp)
 * @param year the lunar year, numbered like the solar year in which its first day (Tết) falls
 * @param leap whether the month is the leap (nhuận) repetition of {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leap) {

	private static final String[] STEMS = { "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm",
			"Quý" };

	private static final String[] BRANCHES = { "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân",
			"Dậu", "Tuất", "Hợi" };

	public LunarDate {
		if (day < 1 || day > 30) {
			throw new InvalidLunarDateException("day", "must be between 1 and 30, was " + day);
		}
		if (month < 1 || month > 12) {
			throw new InvalidLunarDateException("month", "must be between 1 and 12, was " + month);
		}
	}

	/** The sexagenary (can chi) name of the lunar year as used in Vietnam, e.g. Bính Ngọ for 2026. */
	public String canChiYear() {
		return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
	}

	/** Day/month/year in the usual Vietnamese short form, e.g. 1/1/2026 or 15/4n/2020 for a leap month. */
	@Override
	public String toString() {
		return day + "/" + month + (leap ? "n" : "") + "/" + year;
	}
}
