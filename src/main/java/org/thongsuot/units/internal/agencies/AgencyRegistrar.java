package org.thongsuot.units.internal.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyCode;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.AgencyRegistered;
import org.thongsuot.units.AgencyRegistration;
import org.thongsuot.units.Level;
import org.thongsuot.units.Unit;
import org.thongsuot.units.Units;
import org.thongsuot.units.internal.VietnameseText;

/**
 * Adds one agency to the registry by hand: checks every field (the first bad one is refused with a
 * problem naming it, and nothing is saved), saves it with origin {@code REGISTERED} and publishes
 * {@link AgencyRegistered} in the same transaction. The code rules are those of the import (see
 * docs/agencies.md): Decision 20/2020/QĐ-TTg's form, the level-1 letter H for a province's committees,
 * departments and centres, a level below the province's committee, the committee's level-1 code when it
 * has one, and a code never given before (closed codes are not given again).
 */
@Component
public class AgencyRegistrar {

	/** As the import's cells. */
	static final int MAX_NAME_LENGTH = 500;

	private final AgencyRepository agencies;
	private final Units units;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	AgencyRegistrar(AgencyRepository agencies, Units units, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.units = units;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Agency register(AgencyRegistration request, String registeredBy) {
		if (request == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "name", "text");
		}
		String name = name("name", request.name(), true);
		String nameEn = name("nameEn", request.nameEn(), false);
		AgencyKind kind = request.kind();
		if (kind == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "kind",
					"DEPARTMENT | PUBLIC_ADMINISTRATION_CENTRE | OTHER");
		}
		if (kind == AgencyKind.PEOPLES_COMMITTEE) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "kind")
					.withDetail("problem.INVALID_PARAMETER.agencies.committeeKind", kind);
		}
		Level level = request.unitLevel();
		if (level == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "unitLevel", "PROVINCE | DISTRICT | COMMUNE");
		}
		String unitCode = request.unitCode() == null ? null : request.unitCode().strip();
		if (unitCode == null || unitCode.isEmpty()) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "unitCode", "text");
		}
		if (!level.accepts(unitCode)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "unitCode")
					.withDetail("problem.INVALID_PARAMETER.agencies.unitCodeForm", unitCode, level, level.codeLength());
		}
		LocalDate from = request.validFrom() == null ? units.today() : request.validFrom();
		Unit unit = units.find(level, unitCode, from).orElseThrow(() -> ApiException
				.ofParameter(ErrorCode.UNIT_NOT_FOUND, "unitCode")
				.withDetail("problem.UNIT_NOT_FOUND.agencies.onDay", unitCode, level, from));
		LocalDate to = request.validTo() == null ? unit.validTo() : request.validTo();
		if (to != null && to.isBefore(from)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "validTo")
					.withDetail("problem.INVALID_PARAMETER.agencies.datesReversed", to, from);
		}
		if (unit.validTo() != null && (to == null || to.isAfter(unit.validTo()))) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "validTo")
					.withDetail("problem.INVALID_PARAMETER.agencies.afterUnit", to == null ? "" : to, unit.fullName(),
							unit.validTo());
		}

		// Registrations and imports take turns, so two of them cannot both pass the checks below.
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", AgencyImport.LOCK).query().singleValue();
		Long parentId = parent(request.parentId(), level, unitCode, from);
		AgencyCode code = code(request.code(), kind, unit, from);
		Optional<Agency> twin = agencies.sameName(level, unitCode, kind, name, from, to);
		if (twin.isPresent()) {
			throw ApiException.ofParameter(ErrorCode.AGENCY_EXISTS, "name", twin.get().name(),
					String.valueOf(twin.get().id()));
		}
		long id = agencies.insert(code, name, nameEn, level, unitCode, kind, parentId, from, to, "REGISTERED");
		Agency agency = agencies.byId(id).orElseThrow();
		events.publishEvent(new AgencyRegistered(id, code == null ? null : code.value(), name, kind, level, unitCode,
				parentId, from, to, registeredBy, Instant.now()));
		return agency;
	}

	private static String name(String parameter, String value, boolean required) {
		String text = value == null ? "" : VietnameseText.nfc(value.strip());
		if (text.isEmpty()) {
			if (required) {
				throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, parameter, "text");
			}
			return null;
		}
		if (text.length() > MAX_NAME_LENGTH) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, parameter)
					.withDetail("problem.INVALID_PARAMETER.agencies.tooLong", text.length(), MAX_NAME_LENGTH);
		}
		return text;
	}

	/** The parent given (it must exist on {@code from}), else the unit's People's Committee that day. */
	private Long parent(Long parentId, Level level, String unitCode, LocalDate from) {
		if (parentId == null) {
			return agencies.committee(level, unitCode, from).map(Agency::id).orElse(null);
		}
		Agency parent = agencies.byId(parentId).orElseThrow(() -> ApiException
				.ofParameter(ErrorCode.AGENCY_NOT_FOUND, "parentId", String.valueOf(parentId))
				.withDetail("problem.AGENCY_NOT_FOUND.agencies.parent", String.valueOf(parentId)));
		if (!parent.validOn(from)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "parentId")
					.withDetail("problem.INVALID_PARAMETER.agencies.parentNotInForce", parent.name(), from);
		}
		return parentId;
	}

	/** The code given, checked like an import's row; null when none is given (the agency has none yet). */
	private AgencyCode code(String value, AgencyKind kind, Unit unit, LocalDate from) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return null;
		}
		Optional<AgencyCode.Violation> violation = AgencyCode.check(text);
		if (violation.isPresent()) {
			throw ApiException.ofParameter(ErrorCode.INVALID_AGENCY_CODE, "code", text)
					.withDetail("problem.INVALID_AGENCY_CODE." + violation.get(), text);
		}
		AgencyCode code = AgencyCode.of(text);
		if (kind != AgencyKind.OTHER && code.level1Letter() != 'H') {
			throw ApiException.ofParameter(ErrorCode.INVALID_AGENCY_CODE, "code", text)
					.withDetail("problem.INVALID_AGENCY_CODE.agencies.notProvincial", text);
		}
		if (code.level() < 2) {
			throw ApiException.ofParameter(ErrorCode.INVALID_AGENCY_CODE, "code", text)
					.withDetail("problem.INVALID_AGENCY_CODE.agencies.level1Only", text);
		}
		Optional<AgencyCode> provinceCode = agencies.committee(Level.PROVINCE, unit.provinceCode(), from)
				.map(Agency::code);
		if (provinceCode.isPresent() && !provinceCode.get().level1().equals(code.level1())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_AGENCY_CODE, "code", text)
					.withDetail("problem.INVALID_AGENCY_CODE.agencies.level1Mismatch", text, provinceCode.get().level1());
		}
		if (!agencies.byCode(code.value()).isEmpty()) {
			Agency holder = agencies.byCode(code.value()).get(0);
			// Ids as text: a number would be formatted with grouping ("14.161").
			throw ApiException.ofParameter(ErrorCode.AGENCY_EXISTS, "code", holder.name(), String.valueOf(holder.id()))
					.withDetail("problem.AGENCY_EXISTS.code", text, holder.name(), String.valueOf(holder.id()));
		}
		return code;
	}
}
