package org.thongsuot.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.internal.AgencyDirectory;
import org.thongsuot.procedures.internal.CatalogueImport;
import org.thongsuot.procedures.internal.Decentralization;
import org.thongsuot.procedures.internal.ProceduresProperties;
import org.thongsuot.procedures.internal.Publication;
import org.thongsuot.procedures.internal.Today;
import org.thongsuot.procedures.internal.VersionQueries;
import org.thongsuot.procedures.internal.VersionService;

/**
 * The catalogue of administrative procedures: the entry point for other modules and the web layer.
 * Reads take a day ({@code null}: today in Vietnam). Bad input is refused with an {@link ApiException}
 * naming the parameter; every change is one transaction, recorded in the procedure's history and
 * announced by an event.
 */
@Service
@Transactional(readOnly = true)
public class Procedures {

	private final VersionQueries queries;
	private final VersionService versions;
	private final CatalogueImport importer;
	private final Decentralization decentralization;
	private final Publication publication;
	private final AgencyDirectory agencies;
	private final Today today;
	private final ProceduresProperties properties;

	Procedures(VersionQueries queries, VersionService versions, CatalogueImport importer,
			Decentralization decentralization, Publication publication, AgencyDirectory agencies, Today today,
			ProceduresProperties properties) {
		this.properties = properties;
		this.queries = queries;
		this.versions = versions;
		this.importer = importer;
		this.decentralization = decentralization;
		this.publication = publication;
		this.agencies = agencies;
		this.today = today;
	}

	/** Today in Vietnam. */
	public LocalDate today() {
		return today.date();
	}

	/** The province this installation serves (its code since 2025-07-01). */
	public String provinceCode() {
		return properties.provinceCode();
	}

	/** Whether the catalogue has a procedure with this code. */
	public boolean exists(String code) {
		return queries.exists(code);
	}

	/**
	 * The version of the procedure in force on {@code at} (default today): the one a dossier received that
	 * day is processed against. 400 for a malformed code (naming {@code parameter}), 404
	 * {@code PROCEDURE_NOT_FOUND} for an unknown one, 404 {@code PROCEDURE_NOT_IN_FORCE} if no version is in
	 * force that day.
	 */
	public ProcedureVersion inForce(String code, LocalDate at, String parameter) {
		checkCode(code, parameter);
		LocalDate day = at == null ? today.date() : at;
		return queries.inForce(code, day).orElseThrow(() -> {
			if (!queries.exists(code)) {
				return ApiException.of(ErrorCode.PROCEDURE_NOT_FOUND, code);
			}
			return ApiException.of(ErrorCode.PROCEDURE_NOT_IN_FORCE, code, day);
		});
	}

	/** The version in force on a day, if any. */
	public Optional<ProcedureVersion> findInForce(String code, LocalDate at) {
		return queries.inForce(code, at == null ? today.date() : at);
	}

	/** A version by its id (drafts included); 404 if there is none. */
	public ProcedureVersion version(long id) {
		return queries.byId(id).orElseThrow(() -> ApiException.of(ErrorCode.PROCEDURE_NOT_FOUND, "#" + id));
	}

	/** Every version that is or was published (not the drafts), oldest first. */
	public List<ProcedureVersion> publishedVersions(String code) {
		return queries.publishedOf(code);
	}

	/** The procedure's versions, drafts included, oldest first. */
	public List<VersionSummary> versions(String code) {
		checkCode(code, "code");
		List<VersionSummary> list = queries.versions(code);
		if (list.isEmpty()) {
			throw ApiException.of(ErrorCode.PROCEDURE_NOT_FOUND, code);
		}
		return list;
	}

	/** The procedure's draft, if it has one. */
	public Optional<ProcedureVersion> draft(String code) {
		return queries.draft(code);
	}

	/** Drafts awaiting the administrator, newest first. */
	public List<VersionSummary> drafts() {
		return queries.drafts();
	}

	/** The procedure's append-only history. */
	public List<HistoryEntry> history(String code) {
		checkCode(code, "code");
		return queries.history(code);
	}

	/** The version a configuration starts from: the draft, else the latest published or withdrawn version. */
	public ProcedureVersion configurationBase(String code) {
		checkCode(code, "code");
		return versions.base(code);
	}

	/** Every rule the configuration breaks (empty: it may be saved). */
	public List<Violation> check(String code, ProvinceConfiguration configuration) {
		checkCode(code, "code");
		return versions.check(code, configuration);
	}

	/** Saves the configuration as a draft; refused (422, nothing saved) if it breaks a rule. */
	@Transactional
	public ProcedureVersion configure(String code, ProvinceConfiguration configuration, String actor) {
		checkCode(code, "code");
		return versions.saveDraft(code, configuration, actor);
	}

	/** Publishes the draft from {@code effectiveFrom} (default today; never in the past). */
	@Transactional
	public ProcedureVersion publish(String code, LocalDate effectiveFrom, String actor) {
		checkCode(code, "code");
		return versions.publish(code, effectiveFrom, actor);
	}

	/** Withdraws the procedure from {@code effectiveFrom} (default today; never in the past). */
	@Transactional
	public ProcedureVersion withdraw(String code, LocalDate effectiveFrom, String reason, String actor) {
		checkCode(code, "code");
		return versions.withdraw(code, effectiveFrom, reason, actor);
	}

	/** Discards the procedure's draft. */
	@Transactional
	public void discardDraft(String code, String actor) {
		checkCode(code, "code");
		versions.discardDraft(code, actor);
	}

	/**
	 * Imports the national catalogue, all or nothing, with new versions in force from
	 * {@code effectiveFrom} (default today; never in the past). A report with rejections saved nothing;
	 * {@code save} false only reports what an import would do.
	 */
	@Transactional
	public ImportReport importCatalogue(CatalogueFiles files, LocalDate effectiveFrom, String actor, boolean save) {
		LocalDate day = effectiveFrom == null ? today.date() : effectiveFrom;
		if (day.isBefore(today.date())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "effectiveFrom")
					.withDetail("problem.INVALID_PARAMETER.procedures.past", day, today.date());
		}
		return importer.run(files, day, actor, today.now(), save);
	}

	/** The saved imports, newest first. */
	public List<ImportReport> imports() {
		return importer.all();
	}

	/**
	 * Applies a decentralization mapping (CSV with columns {@code code,to_level}) from {@code effectiveFrom}
	 * (default today; never in the past); {@code save} false only reports what it would move.
	 */
	@Transactional
	public DecentralizationReport decentralize(byte[] mapping, LocalDate effectiveFrom, String legalBasis,
			String actor, boolean save) {
		LocalDate day = effectiveFrom == null ? today.date() : effectiveFrom;
		if (day.isBefore(today.date())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "effectiveFrom")
					.withDetail("problem.INVALID_PARAMETER.procedures.past", day, today.date());
		}
		if (legalBasis == null || legalBasis.isBlank()) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "legalBasis", "text");
		}
		return decentralization.apply(mapping, day, legalBasis.strip(), actor, today.now(), save);
	}

	/** The mappings applied, newest first. */
	public List<DecentralizationReport> decentralizations() {
		return decentralization.all();
	}

	/** The province's published list on {@code at} (default today). */
	public PublishedList publishedList(LocalDate at) {
		return publication.list(at == null ? today.date() : at);
	}

	/** The province's agencies a configuration may name, by name. */
	public List<AgencyRef> agencies() {
		return agencies.provinceAgencies(today.date()).stream().map(a -> new AgencyRef(a.id(), a.code(), a.name()))
				.toList();
	}

	/** A procedure code has the form of the national catalogue's ("1.001193"); else 400 naming the parameter. */
	public static void checkCode(String code, String parameter) {
		if (code == null || !code.matches("[0-9]{1,2}\\.[0-9]{6}")) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, parameter)
					.withDetail("problem.INVALID_PARAMETER.procedures.code", String.valueOf(code));
		}
	}
}
