package org.thongsuot.procedures.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.thongsuot.calendar.DeadlineCalculation;
import org.thongsuot.calendar.WorkingBudget;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;

/**
 * The internal process with its time budget: each step's share, the running total, its part of the
 * processing time, and when each step would be due for a dossier received at a sample moment, counted in
 * working time by the working calendar (weekends, holidays, office hours, the receipt cut-off).
 */
record ProcessPreview(List<Row> rows, BigDecimal total, BigDecimal time, TimeUnit unit, BigDecimal difference,
		LocalDateTime receivedAt, LocalDateTime countingFrom, LocalDateTime deadline) {

	record Row(int number, ProcessStep step, BigDecimal share, BigDecimal cumulative, int percent, LocalDateTime due) {
	}

	public boolean balanced() {
		return difference != null && difference.signum() == 0;
	}

	static ProcessPreview of(ProvinceConfiguration c, WorkingCalendar calendar, LocalDateTime receivedAt) {
		BigDecimal time = c.timeValue();
		TimeUnit unit = c.timeUnit();
		boolean computable = time != null && time.signum() > 0 && unit != null && unit.configurable();
		LocalDateTime start = null;
		LocalDateTime deadline = null;
		if (computable) {
			DeadlineCalculation whole = calendar.deadline(receivedAt, WorkingBudget.of(duration(time, unit, calendar)),
					List.of());
			start = whole.countingFrom();
			deadline = whole.deadline();
		}
		List<Row> rows = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		for (int i = 0; i < c.steps().size(); i++) {
			ProcessStep step = c.steps().get(i);
			BigDecimal share = step.share() == null ? BigDecimal.ZERO : step.share();
			cumulative = cumulative.add(share);
			int percent = computable ? share.multiply(BigDecimal.valueOf(100)).divide(time, 0, RoundingMode.HALF_UP)
					.intValue() : 0;
			LocalDateTime due = computable && cumulative.signum() > 0
					? calendar.addWorkingTime(start, duration(cumulative, unit, calendar)) : null;
			rows.add(new Row(i + 1, step, share, cumulative, percent, due));
		}
		return new ProcessPreview(rows, cumulative, time, unit, time == null ? null : time.subtract(cumulative),
				receivedAt, start, deadline);
	}

	private static Duration duration(BigDecimal amount, TimeUnit unit, WorkingCalendar calendar) {
		Duration one = unit == TimeUnit.WORKING_HOURS ? Duration.ofHours(1) : calendar.workingDayLength();
		long seconds = amount.multiply(BigDecimal.valueOf(one.toSeconds())).setScale(0, RoundingMode.HALF_UP).longValue();
		return Duration.ofSeconds(seconds);
	}
}
