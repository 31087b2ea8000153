package org.thongsuot.dossiers.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.thongsuot.calendar.Timeliness;
import org.thongsuot.dossiers.ActionRequest;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierApologized;
import org.thongsuot.dossiers.DossierPaused;
import org.thongsuot.dossiers.DossierResultAttached;
import org.thongsuot.dossiers.DossierResultReady;
import org.thongsuot.dossiers.DossierResumed;
import org.thongsuot.dossiers.DossierWithdrawn;
import org.thongsuot.dossiers.ResultSignature;
import org.thongsuot.dossiers.ReturnMethod;
import org.thongsuot.dossiers.DossierProcessed;
import org.thongsuot.dossiers.DossierReceived;
import org.thongsuot.dossiers.DossierResultReturned;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierStepCompleted;
import org.thongsuot.dossiers.DossierSupplementRequested;
import org.thongsuot.dossiers.DossierSupplied;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * The status machine. Each action is allowed in some statuses only, and only to the role and agency of
 * the current step (intake, supply and the handing over of results: to the receiving agency's
 * officers). The new state is written only if the dossier is still at the version the actor saw, with
 * its history entry and event, in one transaction.
 */
@Service
public class Processing {

	private static final Set<DossierStatus> IN_PROCESS = Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING);
	private static final Set<DossierStatus> WITHDRAWABLE = Set.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
			DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION,
			DossierStatus.SUSPENDED);
	/** The longest extension an apology may set, in working days (a guard against typing errors). */
	static final int MAX_EXTENSION_DAYS = 60;

	private final DossierRepository repository;
	private final DossierReader reader;
	private final DossierFiles files;
	private final Clocks clocks;
	private final ApplicationEventPublisher events;
	private final ResultSignatures signatures;

	Processing(DossierRepository repository, DossierReader reader, DossierFiles files, Clocks clocks,
			ApplicationEventPublisher events, ResultSignatures signatures) {
		this.repository = repository;
		this.reader = reader;
		this.files = files;
		this.clocks = clocks;
		this.events = events;
		this.signatures = signatures;
	}

	/**
	 * Applies the action. The database sees, on the usual path, three statements between BEGIN and COMMIT
	 * ({@code ActionStatementBudgetTests} holds it to that): the dossier locked and read with everything the
	 * checks and the answer need, the new state written with its history line, and the event's audit entry.
	 * The answer is built from what was read and what was just written, the same as a read after the commit.
	 */
	public DossierView act(String code, DossierAction action, ActionRequest request, CurrentUser user) {
		DossierRepository.Snapshot dossier = reader.lock(code)
				.orElseThrow(() -> ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code)));
		DossierRepository.Row row = dossier.row();
		// no action changes the steps (a cut-over does, and moves the version on)
		List<DossierView.Step> steps = dossier.steps();
		if (!reader.involved(row, user, steps)) {
			throw ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, String.valueOf(code));
		}
		if (request == null || request.version() == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "version", "number");
		}
		if (request.version() != row.version()) {
			throw ApiException.of(ErrorCode.DOSSIER_VERSION_CONFLICT, row.code(), request.version(), row.version());
		}
		DossierView.Step current = steps.get(row.step());
		// Microseconds: what PostgreSQL keeps, so the answer shows exactly what a later read shows.
		Instant now = clocks.now().truncatedTo(ChronoUnit.MICROS);
		String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
		String actor = user.username();
		DossierRepository.Row next;
		DossierView.FileInfo result = null;
		List<DossierView.FileInfo> supplied = List.of();
		ReturnMethod returnMethod = request.returnMethod() == null ? ReturnMethod.COUNTER : request.returnMethod();
		switch (action) {
			case ACCEPT, DECLINE -> {
				state(row, action, Set.of(DossierStatus.SUBMITTED));
				receivingOfficer(row, user, action);
				if (action == DossierAction.ACCEPT) {
					next = with(row, DossierStatus.RECEIVED, 0, now, clocks.deadline(now, total(steps), List.of()),
							clocks.deadline(now, current.shareMinutes(), List.of()), null, null, null, null);
					next = new DossierRepository.Row(next.id(), next.code(), next.procedureCode(),
							next.procedureVersionId(), next.procedureName(), next.agencyId(), next.agencyName(),
							next.channel(), next.applicant(), next.ownerUsername(), next.receivedBy(), next.status(),
							next.step(), now, now, next.dueAt(), next.stepDueAt(), null, null, null, null,
							next.secretHash(), next.version());
				}
				else {
					required(note);
					next = with(row, DossierStatus.NOT_ACCEPTED, row.step(), row.stepStartedAt(), row.dueAt(), null,
							null, now, null, null);
				}
			}
			case FORWARD, RETURN -> {
				state(row, action, IN_PROCESS);
				stepActor(current, user, action);
				int to = action == DossierAction.FORWARD ? row.step() + 1 : row.step() - 1;
				if (to < 0 || to >= steps.size()) {
					throw ApiException.of(ErrorCode.DOSSIER_STATE_CONFLICT, row.code(), action.slug(), row.status())
							.withDetail("problem.DOSSIER_STATE_CONFLICT." + (to < 0 ? "firstStep" : "lastStep"),
									row.code(), action.slug());
				}
				next = with(row, DossierStatus.PROCESSING, to, now, row.dueAt(),
						clocks.deadline(now, steps.get(to).shareMinutes(), List.of()), null, null, null, null);
			}
			case REQUEST_SUPPLEMENT -> {
				state(row, action, IN_PROCESS);
				stepActor(current, user, action);
				required(note);
				next = with(row, DossierStatus.SUPPLEMENT_REQUESTED, row.step(), row.stepStartedAt(), row.dueAt(),
						row.stepDueAt(), now, null, null, null);
				repository.startPause(row.id(), now);
			}
			case SUPPLY -> {
				state(row, action, Set.of(DossierStatus.SUPPLEMENT_REQUESTED));
				if (!owner(row, user)) {
					receivingOfficer(row, user, action);
				}
				var checked = files.check(request.files());
				supplied = files.store(repository, row.id(), request.files(), checked, now, actor);
				next = resumed(row, steps, current, now);
			}
			case SUSPEND, REQUEST_FINANCIAL_OBLIGATION -> {
				state(row, action, IN_PROCESS);
				stepActor(current, user, action);
				required(note);
				next = with(row, action == DossierAction.SUSPEND ? DossierStatus.SUSPENDED
						: DossierStatus.FINANCIAL_OBLIGATION, row.step(), row.stepStartedAt(), row.dueAt(),
						row.stepDueAt(), now, null, null, null);
				repository.startPause(row.id(), now);
			}
			case RESUME -> {
				state(row, action, Set.of(DossierStatus.SUSPENDED));
				stepActor(current, user, action);
				next = resumed(row, steps, current, now);
			}
			case FULFIL_FINANCIAL_OBLIGATION -> {
				state(row, action, Set.of(DossierStatus.FINANCIAL_OBLIGATION));
				if (!user.may(Role.valueOf(current.role()), current.agencyId())) {
					receivingOfficer(row, user, action);
				}
				next = resumed(row, steps, current, now);
			}
			case WITHDRAW -> {
				state(row, action, WITHDRAWABLE);
				if (!owner(row, user)) {
					receivingOfficer(row, user, action);
				}
				required(note);
				if (row.pausedSince() != null) {
					repository.endPause(row.id(), now);
				}
				next = with(row, DossierStatus.WITHDRAWN, row.step(), row.stepStartedAt(), row.dueAt(), null, null, now,
						null, null);
			}
			case APOLOGIZE -> {
				state(row, action, IN_PROCESS);
				if (!user.may(Role.valueOf(current.role()), current.agencyId())) {
					receivingOfficer(row, user, action);
				}
				required(note);
				Integer days = request.extensionDays();
				if (days == null) {
					throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "extensionDays", "number");
				}
				if (days < 1 || days > MAX_EXTENSION_DAYS) {
					throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "extensionDays")
							.withDetail("problem.INVALID_PARAMETER.dossiers.limit", days, MAX_EXTENSION_DAYS);
				}
				if (!clocks.local(now).isAfter(row.dueAt())) {
					throw ApiException.of(ErrorCode.DOSSIER_STATE_CONFLICT, row.code(), action.slug(), row.status())
							.withDetail("problem.DOSSIER_STATE_CONFLICT.notLate", row.code(), row.dueAt());
				}
				LocalDateTime newDue = clocks.deadline(now, days * clocks.dayMinutes(), List.of());
				next = with(row, row.status(), row.step(), row.stepStartedAt(), newDue, row.stepDueAt(), null, null,
						null, null);
				repository.insertApology(row.id(), new DossierRepository.Apology(now, actor, note, row.dueAt(), newDue));
			}
			case ATTACH_RESULT -> {
				state(row, action, Set.of(DossierStatus.DONE));
				DossierView.Step last = steps.get(steps.size() - 1);
				if (!user.may(Role.valueOf(last.role()), last.agencyId())) {
					receivingOfficer(row, user, action);
				}
				if (request.files().isEmpty()) {
					throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "files", "file");
				}
				result = checkResult(request);
				next = with(row, row.status(), row.step(), row.stepStartedAt(), row.dueAt(), null, null,
						row.completedAt(), row.timeliness(), row.timelinessMinutes());
			}
			case MARK_READY -> {
				state(row, action, Set.of(DossierStatus.DONE));
				receivingOfficer(row, user, action);
				if (dossier.results().isEmpty()) {
					throw ApiException.of(ErrorCode.DOSSIER_STATE_CONFLICT, row.code(), action.slug(), row.status())
							.withDetail("problem.DOSSIER_STATE_CONFLICT.noResult", row.code());
				}
				next = with(row, row.status(), row.step(), row.stepStartedAt(), row.dueAt(), null, null,
						row.completedAt(), row.timeliness(), row.timelinessMinutes());
			}
			case REFUSE, APPROVE -> {
				state(row, action, IN_PROCESS);
				stepActor(current, user, action);
				if (action == DossierAction.APPROVE && row.step() != steps.size() - 1) {
					throw ApiException.of(ErrorCode.DOSSIER_STATE_CONFLICT, row.code(), action.slug(), row.status())
							.withDetail("problem.DOSSIER_STATE_CONFLICT.notLastStep", row.code(), steps.size() - row.step() - 1);
				}
				if (action == DossierAction.REFUSE) {
					required(note);
				}
				else if (!request.files().isEmpty()) {
					result = checkResult(request);
				}
				Timeliness t = clocks.timeliness(row.dueAt(), now);
				long margin = t.margin().abs().toMinutes();
				next = with(row, action == DossierAction.APPROVE ? DossierStatus.DONE : DossierStatus.STOPPED,
						row.step(), row.stepStartedAt(), row.dueAt(), null, null, now, t.status().name(), margin);
			}
			case RETURN_RESULT -> {
				state(row, action, Set.of(DossierStatus.DONE, DossierStatus.STOPPED));
				receivingOfficer(row, user, action);
				if (returnMethod == ReturnMethod.ONLINE && row.status() == DossierStatus.DONE
						&& dossier.results().isEmpty()) {
					throw ApiException.of(ErrorCode.DOSSIER_STATE_CONFLICT, row.code(), action.slug(), row.status())
							.withDetail("problem.DOSSIER_STATE_CONFLICT.noResult", row.code());
				}
				next = with(row, DossierStatus.RESULT_RETURNED, row.step(), row.stepStartedAt(), row.dueAt(), null,
						null, row.completedAt(), row.timeliness(), row.timelinessMinutes());
			}
			default -> throw new IllegalStateException(action.name());
		}
		String recorded = switch (action) {
			case ATTACH_RESULT, APPROVE -> result == null ? note : join(note, result.fileName());
			case APOLOGIZE -> join(note, "→ " + next.dueAt());
			case RETURN_RESULT -> join(note, returnMethod.name());
			default -> note;
		};
		Instant readyAt = action == DossierAction.MARK_READY ? now : null;
		ReturnMethod returned = action == DossierAction.RETURN_RESULT ? returnMethod : null;
		// the row is locked at the version checked above, so this always finds it; the condition stays as a guard
		if (!repository.apply(next, row.version(),
				new DossierRepository.Change(action, row.status(), recorded, actor, now, readyAt, returned))) {
			throw ApiException.of(ErrorCode.DOSSIER_VERSION_CONFLICT, row.code(), request.version(), row.version() + 1);
		}
		DossierView.FileInfo storedResult = result == null ? null
				: files.storeResult(repository, row.id(), request.files().get(0), result, now, actor);
		if (result != null && action == DossierAction.APPROVE) {
			events.publishEvent(new DossierResultAttached(row.code(), result.fileName(), result.contentType(),
					result.sha256(), actor, now, result.signatures()));
		}
		final DossierView.FileInfo attached = result;
		events.publishEvent(switch (action) {
			case ACCEPT -> new DossierReceived(row.code(), row.procedureCode(), row.agencyId(), row.channel(), now,
					next.dueAt(), actor);
			case FORWARD, RETURN -> new DossierStepCompleted(row.code(), row.step(), next.step(), action, actor, now);
			case REQUEST_SUPPLEMENT -> new DossierSupplementRequested(row.code(), note, actor, now);
			case SUPPLY -> new DossierSupplied(row.code(), next.dueAt(), actor, now);
			case DECLINE, REFUSE, APPROVE -> new DossierProcessed(row.code(), next.status(), next.timeliness(), actor, now);
			case RETURN_RESULT -> new DossierResultReturned(row.code(), actor, now);
			case WITHDRAW -> new DossierWithdrawn(row.code(), row.status(), note, actor, now);
			case SUSPEND, REQUEST_FINANCIAL_OBLIGATION -> new DossierPaused(row.code(), next.status(), note, actor, now);
			case RESUME, FULFIL_FINANCIAL_OBLIGATION -> new DossierResumed(row.code(), action, next.dueAt(), actor, now);
			case APOLOGIZE -> new DossierApologized(row.code(), note, row.dueAt(), next.dueAt(), actor, now);
			case ATTACH_RESULT -> new DossierResultAttached(row.code(), attached.fileName(), attached.contentType(),
					attached.sha256(), actor, now, attached.signatures());
			case MARK_READY -> new DossierResultReady(row.code(), actor, now);
			case TRANSFER -> throw new IllegalStateException("a transfer is not an official's action");
		});
		DossierRepository.Row written = withVersion(next, row.version() + 1);
		DossierRepository.ResultState handOver = new DossierRepository.ResultState(
				readyAt != null ? readyAt : dossier.result().readyAt(),
				returned != null ? returned : dossier.result().method());
		return reader.view(new DossierRepository.Snapshot(written, steps, appended(dossier.files(), supplied),
				appended(dossier.history(), List.of(new DossierView.Event(now, actor, action, row.status(), next.status(),
						next.step(), recorded))),
				appended(dossier.results(), storedResult == null ? List.of() : List.of(storedResult)), handOver), true);
	}

	private static <T> List<T> appended(List<T> list, List<T> more) {
		if (more.isEmpty()) {
			return list;
		}
		List<T> all = new java.util.ArrayList<>(list);
		all.addAll(more);
		return List.copyOf(all);
	}

	/** Back to processing after the clock was stopped: the pause closes and the deadlines move by its length. */
	private DossierRepository.Row resumed(DossierRepository.Row row, List<DossierView.Step> steps,
			DossierView.Step current, Instant now) {
		repository.endPause(row.id(), now);
		List<Instant[]> pauses = repository.pauses(row.id());
		return with(row, DossierStatus.PROCESSING, row.step(), row.stepStartedAt(),
				clocks.deadline(row.receivedAt(), total(steps), pauses),
				clocks.deadline(row.stepStartedAt(), current.shareMinutes(), pauses), null, null, null, null);
	}

	/**
	 * Exactly one result document, checked like received papers (size, real type, an honest name), and its
	 * digital signatures verified: a broken one refuses it here, before anything is written.
	 */
	private DossierView.FileInfo checkResult(ActionRequest request) {
		if (request.files().size() > 1) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "files")
					.withDetail("problem.INVALID_PARAMETER.dossiers.oneResult", request.files().size());
		}
		DossierView.FileInfo checked = files.check(List.of(DossierFiles.asResult(request.files().get(0)))).get(0);
		List<ResultSignature> verified = signatures.verify(request.files().get(0).content(), checked.contentType(),
				"files[0]", checked.fileName());
		return new DossierView.FileInfo(checked.component(), checked.fileName(), checked.contentType(), checked.size(),
				checked.sha256(), checked.addedAt(), verified);
	}

	private static boolean owner(DossierRepository.Row row, CurrentUser user) {
		return user.citizen() && user.username().equals(row.ownerUsername());
	}

	private static String join(String note, String more) {
		return note == null ? more : note + " · " + more;
	}

	private static DossierRepository.Row with(DossierRepository.Row r, DossierStatus status, int step,
			Instant stepStarted, LocalDateTime due, LocalDateTime stepDue, Instant pausedSince, Instant completed,
			String timeliness, Long minutes) {
		return new DossierRepository.Row(r.id(), r.code(), r.procedureCode(), r.procedureVersionId(), r.procedureName(),
				r.agencyId(), r.agencyName(), r.channel(), r.applicant(), r.ownerUsername(), r.receivedBy(), status, step,
				r.receivedAt(), stepStarted, due, stepDue, pausedSince, completed, timeliness, minutes, r.secretHash(),
				r.version());
	}

	private static DossierRepository.Row withVersion(DossierRepository.Row r, int version) {
		return new DossierRepository.Row(r.id(), r.code(), r.procedureCode(), r.procedureVersionId(), r.procedureName(),
				r.agencyId(), r.agencyName(), r.channel(), r.applicant(), r.ownerUsername(), r.receivedBy(), r.status(),
				r.step(), r.receivedAt(), r.stepStartedAt(), r.dueAt(), r.stepDueAt(), r.pausedSince(), r.completedAt(),
				r.timeliness(), r.timelinessMinutes(), r.secretHash(), version);
	}

	private static long total(List<DossierView.Step> steps) {
		return steps.stream().mapToLong(DossierView.Step::shareMinutes).sum();
	}

	private static void state(DossierRepository.Row row, DossierAction action, Set<DossierStatus> allowed) {
		if (!allowed.contains(row.status())) {
			throw ApiException.of(ErrorCode.DOSSIER_STATE_CONFLICT, row.code(), action.slug(), row.status());
		}
	}

	private static void stepActor(DossierView.Step step, CurrentUser user, DossierAction action) {
		if (!user.may(Role.valueOf(step.role()), step.agencyId())) {
			throw ApiException.of(ErrorCode.DOSSIER_ACTION_FORBIDDEN, action.slug(), step.role(), step.agencyId(),
					step.name());
		}
	}

	private static void receivingOfficer(DossierRepository.Row row, CurrentUser user, DossierAction action) {
		if (!user.may(Role.RECEIVER, row.agencyId())) {
			throw ApiException.of(ErrorCode.DOSSIER_ACTION_FORBIDDEN, action.slug(), Role.RECEIVER.name(),
					row.agencyId(), row.agencyName());
		}
	}

	private static void required(String note) {
		if (note == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "note", "text");
		}
	}

	static Duration minutes(long m) {
		return Duration.ofMinutes(m);
	}
}
