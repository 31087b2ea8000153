package org.thongsuot.procedures.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.HistoryEntry;
import org.thongsuot.procedures.HistoryEntry.Action;
import org.thongsuot.procedures.ProcedureConfigured;
import org.thongsuot.procedures.ProcedurePublished;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProcedureWithdrawn;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.VersionOrigin;
import org.thongsuot.procedures.VersionState;
import org.thongsuot.procedures.Violation;
import org.thongsuot.procedures.Violation.Rule;

/** The province's side of a procedure's life: configure (a draft), publish, withdraw. */
@Service
public class VersionService {

	private final VersionRepository versions;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;
	private final Today today;

	VersionService(VersionRepository versions, AgencyDirectory agencies, ApplicationEventPublisher events, Today today) {
		this.versions = versions;
		this.agencies = agencies;
		this.events = events;
		this.today = today;
	}

	/** The version a new configuration starts from: the draft, else the latest version. */
	public ProcedureVersion base(String code) {
		return versions.draft(code).or(() -> versions.latest(code)).orElseThrow(() -> notFound(code));
	}

	/** Every rule the configuration breaks against the procedure's national record and the agency registry. */
	public List<Violation> check(String code, ProvinceConfiguration configuration) {
		ProcedureVersion base = base(code);
		List<Violation> violations = new ArrayList<>(
				ConfigurationRules.check(configuration, base.nationalTime(), base.channels()));
		LocalDate day = today.date();
		checkAgency("competentAgency", configuration.competentAgency(), day, violations);
		for (int i = 0; i < configuration.receivingPoints().size(); i++) {
			checkAgency("receivingPoints[" + i + "]", configuration.receivingPoints().get(i), day, violations);
		}
		for (int i = 0; i < configuration.steps().size(); i++) {
			checkAgency("steps[" + i + "].agency", configuration.steps().get(i).agency(), day, violations);
		}
		return violations;
	}

	private void checkAgency(String field, AgencyRef ref, LocalDate day, List<Violation> violations) {
		if (ref == null || ref.communeOfSubmission()) {
			return;
		}
		Optional<AgencyDirectory.Entry> agency = lookUp(ref, day);
		if (agency.isEmpty()) {
			violations.add(Violation.of(field, Rule.UNKNOWN_AGENCY, ref.agencyId() != null ? ref.agencyId() : ref.code()));
		}
		else if (!agency.get().inForce()) {
			violations.add(Violation.of(field, Rule.AGENCY_NOT_IN_FORCE, agency.get().name(), day));
		}
		else if (!agency.get().inProvince()) {
			violations.add(Violation.of(field, Rule.AGENCY_OUTSIDE_PROVINCE, agency.get().name()));
		}
	}

	/** Saves the configuration as the procedure's draft; refused (nothing saved) if it breaks a rule. */
	@Transactional
	public ProcedureVersion saveDraft(String code, ProvinceConfiguration configuration, String actor) {
		VersionRepository.Known known = versions.known(code).orElseThrow(() -> notFound(code));
		List<Violation> violations = check(code, configuration);
		if (!violations.isEmpty()) {
			throw refusal(violations);
		}
		ProvinceConfiguration resolved = resolveAgencies(configuration);
		Instant now = today.now();
		Optional<ProcedureVersion> draft = versions.draft(code);
		long id;
		int number;
		if (draft.isPresent()) {
			id = draft.get().id();
			number = draft.get().version();
			versions.updateDraft(id, resolved, List.of(resolved.level()), now, actor);
		}
		else {
			ProcedureVersion base = versions.latest(code).orElseThrow(() -> notFound(code));
			number = known.lastVersion() + 1;
			NationalRecord national = versions.nationalOf(base, versions.nationalHash(base.id()));
			id = versions.insert(new VersionRepository.NewVersion(code, number, VersionState.DRAFT, null,
					VersionOrigin.CONFIGURATION, null, national, List.of(resolved.level()), resolved, null, now, actor));
			versions.upsertProcedure(code, known.nationalHash(), number, now);
		}
		versions.history(List.of(new HistoryEntry(0, code, id, number, Action.CONFIGURED, draft.isPresent()
				? VersionState.DRAFT : null, VersionState.DRAFT, actor, now, null, null)));
		events.publishEvent(new ProcedureConfigured(code, id, number, actor, now));
		return versions.byId(id).orElseThrow();
	}

	/** The agencies with their current names and codes, so the version reads well without the registry. */
	private ProvinceConfiguration resolveAgencies(ProvinceConfiguration c) {
		LocalDate day = today.date();
		List<ProcessStep> steps = c.steps().stream()
				.map(s -> new ProcessStep(s.name().strip(), s.role(), resolve(s.agency(), day), s.share())).toList();
		return new ProvinceConfiguration(c.level(), resolve(c.competentAgency(), day),
				c.receivingPoints().stream().map(r -> resolve(r, day)).toList(), c.timeValue(), c.timeUnit(), c.fees(),
				c.components(), c.onlineLevel(), steps);
	}

	private AgencyRef resolve(AgencyRef ref, LocalDate day) {
		if (ref == null || ref.communeOfSubmission()) {
			return AgencyRef.COMMUNE_OF_SUBMISSION;
		}
		return lookUp(ref, day).map(a -> new AgencyRef(a.id(), a.code(), a.name())).orElse(ref);
	}

	/** By id when given, else by electronic identification code. */
	private Optional<AgencyDirectory.Entry> lookUp(AgencyRef ref, LocalDate day) {
		return ref.agencyId() != null ? agencies.find(ref.agencyId(), day) : agencies.findByCode(ref.code(), day);
	}

	/** Publishes the draft from {@code from} (today or later); the version before it ends that day. */
	@Transactional
	public ProcedureVersion publish(String code, LocalDate from, String actor) {
		versions.known(code).orElseThrow(() -> notFound(code));
		LocalDate day = from == null ? today.date() : from;
		if (day.isBefore(today.date())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "effectiveFrom")
					.withDetail("problem.INVALID_PARAMETER.procedures.past", day, today.date());
		}
		ProcedureVersion draft = versions.draft(code).orElseThrow(() -> ApiException
				.of(ErrorCode.PROCEDURE_STATE_CONFLICT, code).withDetail("problem.PROCEDURE_STATE_CONFLICT.noDraft", code));
		if (draft.configuration() != null) {
			List<Violation> violations = check(code, draft.configuration());
			if (!violations.isEmpty()) {
				throw refusal(violations);
			}
		}
		Optional<ProcedureVersion> latest = versions.latest(code);
		if (latest.isPresent() && latest.get().validFrom().isAfter(day)) {
			throw ApiException.of(ErrorCode.PROCEDURE_STATE_CONFLICT, code).withDetail(
					"problem.PROCEDURE_STATE_CONFLICT.scheduled", code, latest.get().version(), latest.get().validFrom());
		}
		Instant now = today.now();
		List<HistoryEntry> history = new ArrayList<>();
		versions.close(code, day).ifPresent(id -> history.add(new HistoryEntry(0, code, id,
				latest.map(ProcedureVersion::version).orElse(null), Action.SUPERSEDED, VersionState.PUBLISHED,
				VersionState.PUBLISHED, actor, now, null, "ends " + day)));
		versions.publishDraft(draft.id(), day);
		history.add(new HistoryEntry(0, code, draft.id(), draft.version(), Action.PUBLISHED, VersionState.DRAFT,
				VersionState.PUBLISHED, actor, now, null, "in force from " + day));
		versions.history(history);
		events.publishEvent(new ProcedurePublished(code, draft.id(), draft.version(), day, draft.origin(), actor, now));
		return versions.byId(draft.id()).orElseThrow();
	}

	/** Withdraws the procedure from {@code from} (today or later): its last version ends that day. */
	@Transactional
	public ProcedureVersion withdraw(String code, LocalDate from, String reason, String actor) {
		versions.known(code).orElseThrow(() -> notFound(code));
		LocalDate day = from == null ? today.date() : from;
		if (day.isBefore(today.date())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "effectiveFrom")
					.withDetail("problem.INVALID_PARAMETER.procedures.past", day, today.date());
		}
		if (reason == null || reason.isBlank()) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "reason", "text");
		}
		ProcedureVersion latest = versions.latest(code).orElseThrow(() -> notFound(code));
		if (latest.state() == VersionState.WITHDRAWN || (latest.validTo() != null && !latest.validTo().isAfter(day))) {
			throw ApiException.of(ErrorCode.PROCEDURE_STATE_CONFLICT, code)
					.withDetail("problem.PROCEDURE_STATE_CONFLICT.notInForce", code, day);
		}
		if (latest.validFrom().isAfter(day)) {
			throw ApiException.of(ErrorCode.PROCEDURE_STATE_CONFLICT, code).withDetail(
					"problem.PROCEDURE_STATE_CONFLICT.scheduled", code, latest.version(), latest.validFrom());
		}
		Instant now = today.now();
		versions.withdraw(latest.id(), day, reason.strip());
		versions.history(List.of(new HistoryEntry(0, code, latest.id(), latest.version(), Action.WITHDRAWN,
				latest.state(), VersionState.WITHDRAWN, actor, now, null, reason.strip())));
		events.publishEvent(new ProcedureWithdrawn(code, latest.id(), latest.version(), day, reason.strip(), actor, now));
		return versions.byId(latest.id()).orElseThrow();
	}

	/** Discards the draft, if there is one. */
	@Transactional
	public void discardDraft(String code, String actor) {
		versions.known(code).orElseThrow(() -> notFound(code));
		ProcedureVersion draft = versions.draft(code).orElseThrow(() -> ApiException
				.of(ErrorCode.PROCEDURE_STATE_CONFLICT, code).withDetail("problem.PROCEDURE_STATE_CONFLICT.noDraft", code));
		versions.deleteDraft(draft.id());
		versions.history(List.of(new HistoryEntry(0, code, draft.id(), draft.version(), Action.DRAFT_DISCARDED,
				VersionState.DRAFT, null, actor, today.now(), null, null)));
	}

	public static ApiException refusal(List<Violation> violations) {
		return Violation.problem(violations);
	}

	static ApiException notFound(String code) {
		return ApiException.of(ErrorCode.PROCEDURE_NOT_FOUND, code);
	}
}
