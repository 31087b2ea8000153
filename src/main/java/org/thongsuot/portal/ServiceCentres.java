package org.thongsuot.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.portal.internal.CentreRepository;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Level;
import org.thongsuot.units.Unit;
import org.thongsuot.units.Units;

/** The province's Public Administration Centres, their addresses and hotlines, as administrators keep them. */
@Service
@Transactional(readOnly = true)
public class ServiceCentres {

	private final CentreRepository centres;
	private final ApplicationEventPublisher events;
	private final Units units;
	private final Procedures procedures;

	ServiceCentres(CentreRepository centres, ApplicationEventPublisher events, Units units, Procedures procedures) {
		this.centres = centres;
		this.events = events;
		this.units = units;
		this.procedures = procedures;
	}

	/** Every centre, the province's first, then by position and name. */
	public List<ServiceCentre> list() {
		return centres.list();
	}

	public ServiceCentre get(long id) {
		return centres.find(id).orElseThrow(() -> ApiException.of(ErrorCode.SERVICE_CENTRE_NOT_FOUND, id));
	}

	/** What an administrator enters; checked by {@link #save}. */
	public record Entry(String name, String level, String unitCode, String address, String hotline, String email, String openingHours,
			Integer position) {
	}

	/** Creates ({@code id} null) or changes a centre; 400 naming the field for bad input. */
	@Transactional
	public ServiceCentre save(Long id, Entry entry, String actor) {
		check("name", entry.name(), 300, true);
		check("address", entry.address(), 500, true);
		check("hotline", entry.hotline(), 100, true);
		check("email", entry.email(), 200, false);
		check("openingHours", entry.openingHours(), 300, false);
		if (entry.hotline() != null && !entry.hotline().matches("[0-9 ()+.\\-,;/]+")) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "hotline")
					.withDetail("problem.INVALID_PARAMETER.portal.hotline", entry.hotline());
		}
		if (entry.email() != null && !entry.email().isBlank() && !entry.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "email")
					.withDetail("problem.INVALID_PARAMETER.portal.email", entry.email());
		}
		if (!"PROVINCE".equals(entry.level()) && !"COMMUNE".equals(entry.level())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "level")
					.withDetail("problem.INVALID_PARAMETER.portal.level", String.valueOf(entry.level()));
		}
		checkUnit(entry);
		if (id != null) {
			get(id);
		}
		ServiceCentre saved = centres.save(id, entry, actor);
		events.publishEvent(new ServiceCentreSaved(saved.id(), saved.name(), false, actor, saved.updatedAt()));
		return saved;
	}

	@Transactional
	public void remove(long id, String actor) {
		ServiceCentre centre = get(id);
		centres.delete(id);
		events.publishEvent(new ServiceCentreSaved(id, centre.name(), true, actor, java.time.Instant.now()));
	}

	/** The unit must exist today, be of the centre's level, and be the province or one of its communes. */
	private void checkUnit(Entry entry) {
		String code = entry.unitCode() == null ? "" : entry.unitCode().strip();
		Level level = "COMMUNE".equals(entry.level()) ? Level.COMMUNE : Level.PROVINCE;
		if (!level.accepts(code)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "unitCode")
					.withDetail("problem.INVALID_PARAMETER.portal.unitForm", code, level.codeLength());
		}
		Optional<Unit> unit = units.find(level, code, null);
		String province = procedures.provinceCode();
		if (unit.isEmpty() || !province.equals(level == Level.PROVINCE ? unit.get().code() : unit.get().provinceCode())) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "unitCode")
					.withDetail("problem.INVALID_PARAMETER.portal.unit", code, province);
		}
	}

	private static void check(String field, String value, int max, boolean required) {
		if (required && (value == null || value.isBlank())) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, field, "text");
		}
		if (value != null && value.strip().length() > max) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, field)
					.withDetail("problem.INVALID_PARAMETER.portal.query", value.strip().length(), max);
		}
	}
}
