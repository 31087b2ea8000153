package org.thongsuot.calendar.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The sessions of a working day, in order and not overlapping: a morning and an afternoon, typically. */
final class OfficeHours {

	private final List<Session> sessions;

	OfficeHours(List<Session> sessions) {
		if (sessions.isEmpty()) {
			throw new IllegalArgumentException("office hours need at least one session");
		}
		for (int i = 0; i < sessions.size(); i++) {
			if (i > 0 && sessions.get(i).opens().isBefore(sessions.get(i - 1).closes())) {
				throw new IllegalArgumentException("office hours sessions overlap or are out of order: " + sessions);
			}
		}
		this.sessions = List.copyOf(sessions);
	}

	List<Session> sessions() {
		return sessions;
	}

	/** One session: open from {@code opens} (inclusive) to {@code closes} (exclusive). */
	record Session(LocalTime opens, LocalTime closes) {

		Session {
			if (!opens.isBefore(closes)) {
				throw new IllegalArgumentException("a session must close after it opens: " + opens + "-" + closes);
			}
		}

		Duration length() {
			return Duration.between(opens, closes);
		}
	}

	/** Parses sessions written like 07:30-11:30. */
	static OfficeHours parse(List<String> texts) {
		List<Session> sessions = new ArrayList<>();
		for (String text : texts) {
			String[] ends = text.trim().split("-");
			if (ends.length != 2) {
				throw new IllegalArgumentException("office hours session must look like 07:30-11:30, was " + text);
			}
			try {
				sessions.add(new Session(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("office hours session must look like 07:30-11:30, was " + text, ex);
			}
		}
		return new OfficeHours(sessions);
	}

	Duration dayLength() {
		return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
	}

	LocalTime opening() {
		return sessions.get(0).opens();
	}
}
