package org.thongsuot.calendar.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.calendar.ArrangedDay;
import org.thongsuot.calendar.Arrangement;
import org.thongsuot.calendar.ArrangementConflictException;
import org.thongsuot.calendar.ArrangementDraft;
import org.thongsuot.calendar.ArrangementNotFoundException;
import org.thongsuot.calendar.CalendarArrangementChanged;
import org.thongsuot.calendar.CalendarArrangementChanged.Change;
import org.thongsuot.calendar.CalendarArrangements;
import org.thongsuot.calendar.CalendarRangeException;

/** Stores arrangements and announces each change in the transaction that made it. */
@Transactional
class ArrangementService implements CalendarArrangements {

	private final ArrangementRepository repository;

	private final ArrangementRules rules;

	private final ApplicationEventPublisher events;

	ArrangementService(ArrangementRepository repository, ArrangementRules rules, ApplicationEventPublisher events) {
		this.repository = repository;
		this.rules = rules;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Arrangement> ofYear(int year) {
		CalendarRangeException.requireSupported("year", year);
		return repository.ofYear(year);
	}

	@Override
	@Transactional(readOnly = true)
	public Arrangement get(long id) {
		return repository.find(id).orElseThrow(() -> new ArrangementNotFoundException(id));
	}

	@Override
	public Arrangement create(ArrangementDraft draft) {
		rules.check(draft);
		checkConflicts(draft, -1);
		long id;
		try {
			id = repository.insert(draft);
		}
		catch (DuplicateKeyException ex) {
			// Another administrator got there between the check and the insert.
			throw new ArrangementConflictException("occasion", "was arranged concurrently; reload and retry");
		}
		return changed(id, draft, Change.CREATED, Set.of());
	}

	@Override
	public Arrangement replace(long id, ArrangementDraft draft) {
		Arrangement before = get(id);
		rules.check(draft);
		checkConflicts(draft, id);
		try {
			repository.update(id, draft);
		}
		catch (DuplicateKeyException ex) {
			throw new ArrangementConflictException("occasion", "was arranged concurrently; reload and retry");
		}
		return changed(id, draft, Change.REPLACED, yearsOf(before.year(), before.days()));
	}

	@Override
	public void delete(long id) {
		Arrangement before = get(id);
		repository.delete(id);
		repository.bumpRevision();
		events.publishEvent(new CalendarArrangementChanged(id, before.year(), before.occasion(), Change.DELETED,
				yearsOf(before.year(), before.days())));
	}

	private Arrangement changed(long id, ArrangementDraft draft, Change change, Set<Integer> alsoAffected) {
		repository.bumpRevision();
		Set<Integer> affected = new HashSet<>(alsoAffected);
		affected.addAll(yearsOf(draft.year(), draft.days()));
		events.publishEvent(new CalendarArrangementChanged(id, draft.year(), draft.occasion(), change, affected));
		return get(id);
	}

	private void checkConflicts(ArrangementDraft draft, long exceptId) {
		if (repository.occasionTaken(draft.year(), draft.occasion(), exceptId)) {
			throw new ArrangementConflictException("occasion",
					draft.occasion() + " of " + draft.year() + " is already arranged; replace that arrangement instead");
		}
		var taken = repository.datesTaken(draft.days().stream().map(ArrangedDay::date).toList(), exceptId);
		if (!taken.isEmpty()) {
			throw new ArrangementConflictException("days", "already arranged by another arrangement: " + taken);
		}
	}

	private static Set<Integer> yearsOf(int year, List<ArrangedDay> days) {
		Set<Integer> years = new HashSet<>();
		years.add(year);
		days.forEach(day -> years.add(day.date().getYear()));
		return years;
	}
}
