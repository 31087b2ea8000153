package org.thongsuot.dossiers.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.thongsuot.dossiers.DossierReceived;
import org.thongsuot.dossiers.DossierSubmitted;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Receipt;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.Level;

/**
 * Receipt of a dossier: against the procedure version in force, at an agency that may receive it,
 * with its files checked and stored, a code from the day's counter and the appointment from the
 * working calendar. Runs inside the facade's transaction.
 */
@Service
public class Receipts {

	private static final char[] SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private final DossierRepository repository;
	private final DossierFiles files;
	private final Procedures procedures;
	private final Agencies agencies;
	private final Clocks clocks;
	private final IdempotencyKeys idempotency;
	private final ReceiptSecrets secrets;
	private final ApplicationEventPublisher events;
	private final DossierReader reader;

	Receipts(DossierRepository repository, DossierFiles files, Procedures procedures,
			Agencies agencies, Clocks clocks, IdempotencyKeys idempotency, ReceiptSecrets secrets,
			ApplicationEventPublisher events, DossierReader reader) {
		this.reader = reader;
		this.secrets = secrets;
		this.repository = repository;
		this.files = files;
		this.procedures = procedures;
		this.agencies = agencies;
		this.clocks = clocks;
		this.idempotency = idempotency;
		this.events = events;
	}

	public Receipt receive(ReceiptRequest request, CurrentUser user, String idempotencyKey) {
		if (user.anonymous()) {
			throw ApiException.of(ErrorCode.UNAUTHENTICATED);
		}
		if (idempotencyKey != null) {
			var earlier = idempotency.claim(user.username(), idempotencyKey, request);
			if (earlier.isPresent()) {
				return replay(earlier.get());
			}
		}
		SubmissionChannel channel = channel(request, user);
		checkApplicant(request);
		ProcedureVersion version = procedures.inForce(request.procedureCode(), clocks.local(clocks.now()).toLocalDate(),
				"procedureCode");
		ProvinceConfiguration configuration = version.configuration();
		if (configuration == null || configuration.steps().isEmpty() || configuration.processingTime() == null
				|| !configuration.timeUnit().configurable()) {
			throw ApiException.ofParameter(ErrorCode.PROCEDURE_NOT_OFFERED, "procedureCode", version.code());
		}
		if (channel == SubmissionChannel.ONLINE && configuration.onlineLevel() == null) {
			// online submission only for procedures the province offers online (Decree 42/2022/NĐ-CP levels)
			throw ApiException.ofParameter(ErrorCode.PROCEDURE_NOT_OFFERED, "procedureCode", version.code())
					.withDetail("problem.PROCEDURE_NOT_OFFERED.online", version.code());
		}
		Agency agency = agency(request, user);
		checkReceivingAgency(configuration, agency);
		List<DossierView.FileInfo> checked = files.check(request.files());
		checkComponents(version, checked);

		// Everything that needs no number first (deadlines, files made durable), so that the agency's day
		// counter, taken last, stays locked only for the one statement that writes the dossier and the commit.
		// Microseconds: what PostgreSQL keeps, so the answer shows exactly what a later read shows.
		Instant now = clocks.now().truncatedTo(ChronoUnit.MICROS);
		LocalDate day = clocks.local(now).toLocalDate();
		List<DossierView.Step> steps = steps(configuration, agency);
		long total = minutes(configuration.timeValue(), configuration.timeUnit());
		String secret = secret();
		DossierStatus status = user.citizen() ? DossierStatus.SUBMITTED : DossierStatus.RECEIVED;
		files.storeBlobs(request.files());
		List<DossierView.FileInfo> stored = checked.stream().map(f -> new DossierView.FileInfo(f.component(),
				f.fileName(), f.contentType(), f.size(), f.sha256(), now)).toList();
		String prefix = DossierCodes.prefix(agency.id(), agency.code() == null ? null : agency.code().value());
		DossierRepository.Row row = new DossierRepository.Row(0, null, version.code(), version.id(), version.name(),
				agency.id(), agency.name(), channel, request.applicant(), user.citizen() ? user.username() : null,
				user.username(), status, 0, now, now, clocks.deadline(now, total, List.of()),
				clocks.deadline(now, steps.get(0).shareMinutes(), List.of()), null, null, null, null,
				DossierReader.hash(secret), 0);
		DossierRepository.Received received = repository.receive(row, day, DossierCodes.dayPrefix(prefix, day), steps,
				stored, user.username(), channel.name(), secrets.seal(secret),
				idempotencyKey == null ? null : new DossierRepository.IdempotencyKey(user.username(), idempotencyKey))
			.orElseThrow(() -> ApiException.of(ErrorCode.DOSSIER_NUMBERS_EXHAUSTED, day));
		String code = received.code();
		if (status == DossierStatus.RECEIVED) {
			events.publishEvent(new DossierReceived(code, version.code(), agency.id(), channel, now, row.dueAt(),
					user.username()));
		}
		else {
			events.publishEvent(new DossierSubmitted(code, version.code(), agency.id(), now, user.username()));
		}
		// The answer is what was just written (no read-back): the same as a read of the dossier after commit.
		DossierView view = new DossierView(code, version.code(), version.id(), version.name(), agency.id(),
				agency.name(), channel, request.applicant(), status, status.portalCode(), 0, steps, now, row.dueAt(),
				row.stepDueAt(), false, null, null, stored,
				List.of(new DossierView.Event(now, user.username(), null, null, status, 0, channel.name())), List.of(),
				null, null, 0);
		return new Receipt(view, secret, false);
	}

	/** The answer to a retry: the dossier the first request made, as it is now, with its receipt's secret. */
	private Receipt replay(String code) {
		DossierRepository.Row row = reader.find(code).orElseThrow(() -> ApiException.of(ErrorCode.DOSSIER_NOT_FOUND, code));
		return new Receipt(reader.view(row, true), secrets.open(repository.sealedSecret(row.id())).orElse(null), true);
	}

	private static SubmissionChannel channel(ReceiptRequest request, CurrentUser user) {
		if (user.citizen()) {
			if (request.channel() != null && request.channel() != SubmissionChannel.ONLINE) {
				throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "channel")
						.withDetail("problem.INVALID_PARAMETER.dossiers.citizenChannel", request.channel());
			}
			return SubmissionChannel.ONLINE;
		}
		if (request.channel() == SubmissionChannel.ONLINE) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "channel")
					.withDetail("problem.INVALID_PARAMETER.dossiers.officialChannel", request.channel());
		}
		return request.channel() == null ? SubmissionChannel.COUNTER : request.channel();
	}

	private static void checkApplicant(ReceiptRequest request) {
		if (request.applicant() == null || request.applicant().name() == null || request.applicant().name().isBlank()) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "applicant.name", "text");
		}
		String number = request.applicant().idNumber();
		PersonalIdNumbers.check(number, Year.now()).ifPresent(v -> {
			throw ApiException.ofParameter(ErrorCode.INVALID_CITIZEN_ID, "applicant.idNumber", String.valueOf(number))
					.withDetail("problem.INVALID_CITIZEN_ID." + v.name(), String.valueOf(number));
		});
	}

	private Agency agency(ReceiptRequest request, CurrentUser user) {
		Long id = request.agencyId();
		if (id == null && user.official()) {
			Set<Long> receiving = user.agencies(Role.RECEIVER);
			if (receiving.size() == 1) {
				id = receiving.iterator().next();
			}
		}
		if (id == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "agencyId", "number");
		}
		if (user.official() && !user.may(Role.RECEIVER, id)) {
			throw ApiException.of(ErrorCode.DOSSIER_ACTION_FORBIDDEN).withDetail(
					"problem.DOSSIER_ACTION_FORBIDDEN.receive", id);
		}
		Agency agency = agencies.get(id);
		if (!agency.validOn(clocks.local(clocks.now()).toLocalDate())) {
			throw ApiException.of(ErrorCode.AGENCY_NOT_FOUND, String.valueOf(id));
		}
		return agency;
	}

	/** The agency must be one of the procedure's receiving points (or a commune's, for "the commune of submission"). */
	private static void checkReceivingAgency(ProvinceConfiguration configuration, Agency agency) {
		boolean communes = configuration.receivingPoints().stream().anyMatch(AgencyRef::communeOfSubmission);
		boolean listed = configuration.receivingPoints().stream()
				.anyMatch(p -> !p.communeOfSubmission() && matches(p, agency));
		boolean commune = agency.unit() != null && agency.unit().level() == Level.COMMUNE;
		if (listed || (communes && commune)) {
			return;
		}
		List<String> names = configuration.receivingPoints().stream().filter(p -> !p.communeOfSubmission())
				.map(AgencyRef::name).collect(Collectors.toCollection(ArrayList::new));
		String level = configuration.level() == null ? "" : configuration.level().label();
		throw ApiException.ofParameter(ErrorCode.DOSSIER_WRONG_AGENCY, "agencyId", agency.name(), level,
				String.join("; ", names), communes ? 1 : 0);
	}

	/** Whether a configuration's reference names the agency (by registry id, or by its code alone). */
	private static boolean matches(AgencyRef ref, Agency agency) {
		if (ref.agencyId() != null) {
			return ref.agencyId() == agency.id();
		}
		return agency.code() != null && agency.code().value().equalsIgnoreCase(ref.code());
	}

	private long agencyId(AgencyRef ref, Agency receiving) {
		if (ref == null || ref.communeOfSubmission()) {
			return receiving.id();
		}
		if (ref.agencyId() != null) {
			return ref.agencyId();
		}
		return agencies.find(org.thongsuot.units.AgencyCode.of(ref.code()), null)
				.orElseThrow(() -> ApiException.of(ErrorCode.AGENCY_NOT_FOUND, ref.code())).id();
	}

	private static void checkComponents(ProcedureVersion version, List<DossierView.FileInfo> checked) {
		Set<String> given = checked.stream().map(DossierView.FileInfo::component).collect(Collectors.toSet());
		for (DossierComponent component : version.effectiveComponents()) {
			if (component.required() && !given.contains(component.name())) {
				throw ApiException.ofParameter(ErrorCode.DOSSIER_COMPONENT_MISSING, "files", component.name());
			}
		}
	}

	private List<DossierView.Step> steps(ProvinceConfiguration configuration, Agency receiving) {
		List<DossierView.Step> steps = new ArrayList<>();
		for (int i = 0; i < configuration.steps().size(); i++) {
			ProcessStep step = configuration.steps().get(i);
			long agency = agencyId(step.agency(), receiving);
			steps.add(new DossierView.Step(i, step.name(), step.role().name(), agency,
					minutes(step.share(), configuration.timeUnit())));
		}
		return steps;
	}

	private long minutes(BigDecimal value, TimeUnit unit) {
		BigDecimal perUnit = BigDecimal.valueOf(unit == TimeUnit.WORKING_HOURS ? 60 : clocks.dayMinutes());
		return value.multiply(perUnit).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
	}

	private static String secret() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			s.append(SECRET_ALPHABET[RANDOM.nextInt(SECRET_ALPHABET.length)]);
		}
		return s.toString();
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
