package org.thongsuot.calendar.internal;

import java.time.LocalDate;

/** Whether offices work on a date; the one question the time arithmetic asks of the calendar. */
@FunctionalInterface
interface WorkingDays {

	boolean isWorkingDay(LocalDate date);
}
