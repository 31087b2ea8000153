package org.thongsuot.calendar;

/** What a calendar entry does to a date. */
public enum DayKind {

	/** A public holiday of the Labour Code 2019, art. 112 (ngày lễ, Tết). */
	HOLIDAY,

	/** A normal working day given off by an arrangement: a swap or an extra day off (ngày nghỉ hoán đổi). */
	DAY_OFF,

	/** A weekly rest day worked instead, the other half of a swap (ngày làm bù). */
	WORKING_DAY,

	/** A compensatory day off for a holiday that fell on a weekly rest day, art. 112(3) (ngày nghỉ bù). */
	DAY_IN_LIEU;

	/** Whether offices are closed on a date of this kind. */
	public boolean closed() {
		return this != WORKING_DAY;
	}
}
