package org.thongsuot.calendar.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thongsuot.calendar.CalendarArrangementChanged;
import org.thongsuot.calendar.Holidays;
import org.thongsuot.calendar.LunarCalendar;
import org.thongsuot.calendar.WorkingCalendar;

/** Wires the calendar's pure domain objects, which know nothing of Spring, into the application. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	YearCalendars yearCalendars(ArrangementRepository repository, LunarCalendar lunar, CalendarProperties properties) {
		YearCalendarComposer composer = new YearCalendarComposer(new StatutoryHolidays(lunar), properties.weekend());
		return new YearCalendars(repository, composer, properties.cacheRecheck(), System::nanoTime);
	}

	@Bean
	WorkingCalendar workingCalendar(YearCalendars years, CalendarProperties properties) {
		return new DefaultWorkingCalendar(years, properties.hours(), properties.cutOff(), properties.zone());
	}

	@Bean
	Holidays holidays(YearCalendars years) {
		return year -> years.get(year).holidays();
	}

	@Bean
	ArrangementService calendarArrangements(ArrangementRepository repository, CalendarProperties properties,
			ApplicationEventPublisher events) {
		return new ArrangementService(repository, new ArrangementRules(properties.weekend()), events);
	}

	@Bean
	CacheInvalidation calendarCacheInvalidation(YearCalendars years) {
		return new CacheInvalidation(years);
	}

	/** Drops the cached years once an edit has committed, so no reader caches the old arrangement again. */
	static class CacheInvalidation {

		private final YearCalendars years;

		CacheInvalidation(YearCalendars years) {
			this.years = years;
		}

		@TransactionalEventListener
		void on(CalendarArrangementChanged event) {
			years.invalidate();
		}
	}
}
