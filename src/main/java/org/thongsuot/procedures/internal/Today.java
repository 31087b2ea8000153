package org.thongsuot.procedures.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Today in Vietnam (a {@link Clock} bean, if the application has one, else the system clock). */
@Component
public class Today {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Clock clock;

	Today(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(() -> Clock.system(ZONE));
	}

	public LocalDate date() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public Instant now() {
		return clock.instant();
	}
}
