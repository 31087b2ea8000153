package org.thongsuot.calendar;

/**
 * The holiday an entry belongs to. An administrator's arrangement for an occasion of a year replaces
 * the computed default days of that occasion (its holidays and their days in lieu) as a whole.
 */
public enum Occasion {

	/** Tết Dương lịch, 1 January. */
	NEW_YEAR,

	/** Tết Âm lịch, five days around lunar 1/1. */
	LUNAR_NEW_YEAR,

	/** Giỗ Tổ Hùng Vương, lunar 10/3. */
	HUNG_KINGS,

	/** Ngày Chiến thắng 30/4 and Quốc tế lao động 1/5, arranged together because swaps span both. */
	REUNIFICATION_AND_LABOUR,

	/** Quốc khánh, 2 September and one adjacent day. */
	NATIONAL_DAY,

	/** Anything else an authority decides: an extra day off, a one-off swap. Replaces nothing. */
	OTHER
}
