package org.thongsuot.dossiers.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thongsuot.calendar.Pause;
import org.thongsuot.calendar.Timeliness;
import org.thongsuot.calendar.WorkingBudget;
import org.thongsuot.calendar.WorkingCalendar;

/** Deadlines of dossiers and steps on the working calendar, pauses taken out. */
@Component
class Clocks {

	private final WorkingCalendar calendar;

	Clocks(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	Instant now() {
		return Instant.now();
	}

	LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, calendar.zone());
	}

	long dayMinutes() {
		return calendar.workingDayLength().toMinutes();
	}

	/** The deadline of a budget of working minutes counted from {@code from}, less the pauses after it. */
	LocalDateTime deadline(Instant from, long minutes, List<Instant[]> pauses) {
		List<Pause> local = pauses.stream().filter(p -> p[1].isAfter(from))
				.map(p -> new Pause(local(p[0].isBefore(from) ? from : p[0]), local(p[1]))).toList();
		return calendar.deadline(local(from), WorkingBudget.of(Duration.ofMinutes(minutes)), local).deadline();
	}

	Timeliness timeliness(LocalDateTime due, Instant done) {
		return calendar.timeliness(due, local(done));
	}
}
