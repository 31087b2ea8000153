package org.thongsuot.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar module ({@code thongsuot.calendar.*}).
 *
 * @param zone the zone of every local date-time (Vietnam has one, without daylight saving)
 * @param officeHours the sessions of a working day as HH:mm-HH:mm, in order; the province sets
 * them (most use 07:30–11:30 and 13:30–17:00 or 17:30 at their one-stop counters)
 * @param cutOff a dossier received at or after this time counts from the next working day
 * @param weekend the weekly rest days
 * @param cacheRecheck how often a node checks whether another node edited the arrangement
 */
@ConfigurationProperties("thongsuot.calendar")
public record CalendarProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
		@DefaultValue({ "07:30-11:30", "13:30-17:00" }) List<String> officeHours, @DefaultValue("16:00") LocalTime cutOff,
		@DefaultValue({ "SATURDAY", "SUNDAY" }) Set<DayOfWeek> weekend, @DefaultValue("30s") Duration cacheRecheck) {

	public CalendarProperties {
		// Fail at start-up, not on the first deadline: a typo here would silently shift every deadline.
		OfficeHours.parse(officeHours);
		if (weekend.size() > 6) {
			throw new IllegalArgumentException("thongsuot.calendar.weekend leaves no working day");
		}
	}

	OfficeHours hours() {
		return OfficeHours.parse(officeHours);
	}
}
