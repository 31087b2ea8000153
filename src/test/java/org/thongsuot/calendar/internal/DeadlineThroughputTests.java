package org.thongsuot.calendar.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.thongsuot.calendar.WorkingBudget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier list computes thousands of deadlines per page: once the years are cached, one costs a few
 * microseconds. Generous bound, so a noisy machine does not fail it; the measured rate is printed and
 * recorded in docs/calendar.md.
 */
class DeadlineThroughputTests {

	@Test
	void twentyThousandDeadlinesTakeWellUnderASecond() {
		DefaultWorkingCalendar calendar = TestCalendars.workingCalendar(TestCalendars.reunification2025(),
				TestCalendars.lunarNewYear2025());
		Random random = new Random(7);
		LocalDateTime base = LocalDateTime.of(2025, 1, 1, 0, 0);
		int count = 20_000;
		LocalDateTime[] starts = new LocalDateTime[count];
		for (int i = 0; i < count; i++) {
			starts[i] = base.plusMinutes(random.nextInt(2 * 365 * 24 * 60));
		}
		for (int i = 0; i < 2_000; i++) {
			calendar.deadline(starts[i], WorkingBudget.days(10), List.of());
		}
		long begin = System.nanoTime();
		for (int i = 0; i < count; i++) {
			calendar.deadline(starts[i], WorkingBudget.days(1 + i % 30), List.of());
		}
		double seconds = (System.nanoTime() - begin) / 1e9;
		System.out.printf("calendar: %d deadlines (1–30 working days, with skipped-day lists) in %.3f s = %.0f/s%n",
				count, seconds, count / seconds);
		assertThat(seconds).isLessThan(5.0);
	}
}
