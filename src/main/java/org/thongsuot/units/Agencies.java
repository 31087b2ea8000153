package org.thongsuot.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.internal.agencies.AgencyImport;
import org.thongsuot.units.internal.agencies.AgencyRegistrar;
import org.thongsuot.units.internal.agencies.AgencyRepository;
import org.thongsuot.units.internal.agencies.AgencySuccession;
import org.thongsuot.units.internal.agencies.PeoplesCommittees;

/**
 * The registry of agencies and their electronic identification codes: the entry point for other modules
 * and the web layer. Look-ups take a day like {@link Units} does ({@code null}: today in Vietnam). Bad
 * input is refused with an {@link ApiException} naming the parameter as the REST API names it.
 */
@Service
@Transactional(readOnly = true)
public class Agencies {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MAX_LIMIT = 500;
	public static final int MAX_QUERY_LENGTH = 200;
	/** The columns a code list may have, in the template's order (see docs/agencies.md). */
	public static final List<String> CODE_LIST_COLUMNS = AgencyImport.COLUMNS;

	private final AgencyRepository agencies;
	private final AgencySuccession succession;
	private final AgencyImport importer;
	private final PeoplesCommittees committees;
	private final AgencyRegistrar registrar;
	private final Units units;

	Agencies(AgencyRepository agencies, AgencySuccession succession, AgencyImport importer,
			PeoplesCommittees committees, AgencyRegistrar registrar, Units units) {
		this.agencies = agencies;
		this.succession = succession;
		this.importer = importer;
		this.committees = committees;
		this.registrar = registrar;
		this.units = units;
	}

	/** The agency with this id; 404 {@code AGENCY_NOT_FOUND} if none. */
	public Agency get(long id) {
		return agencies.byId(id).orElseThrow(() -> notFound(String.valueOf(id)));
	}

	/** The agency with this id, if there is one (for callers that report a missing one their own way). */
	public Optional<Agency> find(long id) {
		return agencies.byId(id);
	}

	/**
	 * The agency the code denotes on {@code at} (default today), whether it still exists or not (old
	 * documents carry old codes): the one in existence that day, else the last one before it, else the
	 * first after it. A code passes to a successor only along the lineage (a merged province named like
	 * one of its parts keeps that part's code).
	 */
	public Optional<Agency> find(AgencyCode code, LocalDate at) {
		return agencies.byCode(code.value(), at == null ? units.today() : at);
	}

	/** Every agency that has had the code, oldest first. */
	public List<Agency> holders(AgencyCode code) {
		return agencies.byCode(code.value());
	}

	/**
	 * The agency a path segment names: digits are an id, anything else an electronic identification code
	 * (small letters are read as capitals) read on {@code at}. {@code parameter} names the segment in problems.
	 */
	public Agency get(String idOrCode, String parameter, LocalDate at) {
		String text = idOrCode == null ? "" : idOrCode.strip();
		if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit)) {
			return get(Long.parseLong(text));
		}
		AgencyCode code = code(parameter, text.toUpperCase(Locale.ROOT));
		return find(code, at).orElseThrow(() -> notFound(code.value()));
	}

	/**
	 * Agencies in existence on {@code at}: of one unit ({@code unitCode}, its level inferred or checked
	 * against {@code level}; 404 if the unit does not exist that day), of one level, of one kind, or
	 * matching a name ({@code query}: diacritics and case ignored, best match first). Any filter may be null.
	 */
	public List<Agency> list(String unitCode, Level level, LocalDate at, String query, AgencyKind kind, Integer limit) {
		LocalDate day = at == null ? units.today() : at;
		Level resolved = level;
		if (unitCode != null) {
			if (Level.ofCode(unitCode).isEmpty()) {
				throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "unit")
						.withDetail("problem.INVALID_PARAMETER.agencies.unit", unitCode);
			}
			resolved = units.get(level, unitCode, day).level();
		}
		String q = query == null || query.isBlank() ? null : query.strip();
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "q")
					.withDetail("problem.INVALID_PARAMETER.agencies.query", q.length(), MAX_QUERY_LENGTH);
		}
		int max = limit == null ? DEFAULT_LIMIT : limit;
		if (max < 1 || max > MAX_LIMIT) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "limit")
					.withDetail("problem.INVALID_PARAMETER.agencies.limit", max, MAX_LIMIT);
		}
		return agencies.list(new AgencyRepository.Filter(resolved, unitCode, day, q, kind, max));
	}

	/** The People's Committee of the unit on {@code at}, if the registry has one. */
	public Optional<Agency> peoplesCommittee(Level level, String unitCode, LocalDate at) {
		LocalDate day = at == null ? units.today() : at;
		Unit unit = units.get(level, unitCode, day);
		return agencies.committee(unit.level(), unit.code(), day);
	}

	/**
	 * Who has taken over from the agency by {@code at} (default today): itself while it exists, else the
	 * People's Committees of its unit's successors, all of them for a split unit. {@code at} before the
	 * agency's first day is refused (400, parameter {@code at}).
	 */
	public List<AgencySuccessor> successors(long id, LocalDate at) {
		Agency agency = get(id);
		LocalDate day = at == null ? units.today() : at;
		if (agency.validFrom() != null && day.isBefore(agency.validFrom())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "at")
					.withDetail("problem.INVALID_PARAMETER.agencies.beforeAgency", day, agency.validFrom());
		}
		return succession.successors(agency, day);
	}

	/**
	 * Imports a province's code list (CSV, see docs/agencies.md). All or nothing: any bad row refuses the
	 * file with {@link AgencyImportRejected} listing every error, and nothing is saved.
	 */
	@Transactional
	public AgencyImportSummary importCodeList(byte[] csv, String fileName, String importedBy) {
		return importer.run(csv, fileName, importedBy);
	}

	/**
	 * Adds an agency to the registry by hand: a department, a Public Administration Centre or another agency,
	 * with its electronic identification code if the province has published one, else none yet (the dossiers
	 * it receives then carry the provisional prefix {@code X<id>} until an import gives it a code). Dated from
	 * {@code validFrom} (default today) to {@code validTo} (default the end of its unit's version), under
	 * {@code parentId} (default the unit's People's Committee). Bad input is refused with a problem naming the
	 * field ({@code name}, {@code nameEn}, {@code kind}, {@code unitLevel}, {@code unitCode}, {@code parentId},
	 * {@code code}, {@code validTo}); the same agency twice, or a code some agency has had, is
	 * {@code AGENCY_EXISTS} (409). Publishes {@link AgencyRegistered} (audited).
	 */
	@Transactional
	public Agency register(AgencyRegistration registration, String registeredBy) {
		return registrar.register(registration, registeredBy);
	}

	/** Gives every unit version its People's Committee if it has none (done at start; idempotent). */
	@Transactional
	public int createPeoplesCommittees() {
		return committees.createMissing();
	}

	/** The code, or a 400 {@code INVALID_AGENCY_CODE} naming the parameter and the rule broken. */
	public static AgencyCode code(String parameter, String value) {
		Optional<AgencyCode.Violation> violation = AgencyCode.check(value);
		if (violation.isPresent()) {
			throw ApiException.ofParameter(ErrorCode.INVALID_AGENCY_CODE, parameter, String.valueOf(value))
					.withDetail("problem.INVALID_AGENCY_CODE." + violation.get(), String.valueOf(value));
		}
		return AgencyCode.of(value);
	}

	private static ApiException notFound(String idOrCode) {
		return ApiException.of(ErrorCode.AGENCY_NOT_FOUND, idOrCode);
	}
}
