package org.thongsuot.calendar;

import java.time.LocalDate;

/** One day of an arrangement, as an administrator enters it. */
public record ArrangedDay(LocalDate date, DayKind kind, String nameVi, String nameEn) {
}
