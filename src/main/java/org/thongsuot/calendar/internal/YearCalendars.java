package org.thongsuot.calendar.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.thongsuot.calendar.CalendarRangeException;

/**
 * The resolved years, built lazily on first use and kept until the arrangement changes. An edit on
 * this node clears the cache as soon as it commits; an edit on another node is noticed through the
 * stored revision, checked at most once per {@code recheck}, so a dossier list computing thousands of
 * deadlines reads the database at most once per year and interval.
 */
final class YearCalendars {

	private final ArrangementSource source;

	private final YearCalendarComposer composer;

	private final long recheckNanos;

	private final LongSupplier nanoTime;

	private final Map<Integer, YearCalendar> cache = new ConcurrentHashMap<>();

	/** Bumped on every invalidation, so a year loaded from data older than the edit is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong lastCheck;

	private volatile long knownRevision;

	YearCalendars(ArrangementSource source, YearCalendarComposer composer, Duration recheck, LongSupplier nanoTime) {
		this.source = source;
		this.composer = composer;
		this.recheckNanos = recheck.toNanos();
		this.nanoTime = nanoTime;
		this.lastCheck = new AtomicLong(nanoTime.getAsLong());
		this.knownRevision = source.revision();
	}

	YearCalendar get(int year) {
		CalendarRangeException.requireSupported("year", year);
		recheckIfDue();
		YearCalendar cached = cache.get(year);
		if (cached != null) {
			return cached;
		}
		long before = generation.get();
		YearCalendar fresh = composer.compose(year, source.around(year));
		if (generation.get() == before) {
			cache.putIfAbsent(year, fresh);
		}
		return fresh;
	}

	void invalidate() {
		generation.incrementAndGet();
		cache.clear();
	}

	private void recheckIfDue() {
		long now = nanoTime.getAsLong();
		long last = lastCheck.get();
		if (now - last < recheckNanos || !lastCheck.compareAndSet(last, now)) {
			return;
		}
		long revision = source.revision();
		if (revision != knownRevision) {
			knownRevision = revision;
			invalidate();
		}
	}
}
