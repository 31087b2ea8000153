package org.thongsuot.units.internal.agencies;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.units.Level;
import org.thongsuot.units.internal.VietnameseText;

/**
 * Gives every unit version on record its People's Committee: the committees of the 63 provinces, 696
 * districts and 10,035 communes until 2025-06-30, of the 34 provinces and 3,321 communes since
 * 2025-07-01, and of each later version (a commune that became a ward gets the ward's committee).
 * Named from the unit's full name ("Ủy ban nhân dân Phường Phúc Xá", "People's Committee of Phuc Xa
 * Ward"), dated like the version, without an electronic code (codes come only from an import), and under
 * the committee of the unit's parent.
 *
 * <p>Runs when the application is ready, after the units loader; running again changes nothing (only
 * versions without a committee are read, and the table allows one committee per unit at any time). It
 * reads the unit versions straight from {@code units_unit}, inside this same module: the facade looks
 * units up by day, and this needs every version at once. Communes known only from the conversion table's supplement
 * (abolished shortly before 2025-07-01, dates unknown) get no committee.
 */
@Component
public class PeoplesCommittees {

	private static final Logger log = LoggerFactory.getLogger(PeoplesCommittees.class);

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final TransactionTemplate transaction;

	PeoplesCommittees(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = transaction;
	}

	record Missing(String level, String code, String fullName, String fullNameEn, String parentCode,
			LocalDate validFrom, LocalDate validTo) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int created = createMissing();
		if (created > 0) {
			log.info("Created {} People's Committees from the unit registry", created);
		}
	}

	/** Creates the committees of unit versions that have none, each under its parent's; returns how many. */
	public int createMissing() {
		Integer created = transaction.execute(status -> {
			// Nodes starting together take turns; the second finds nothing missing.
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('units_agency_committees'))").query().singleValue();
			List<Missing> missing = jdbc.sql("""
					SELECT u.level, u.code, u.full_name, u.full_name_en, u.parent_code, u.valid_from, u.valid_to
					  FROM units_unit u
					 WHERE NOT u.from_supplement
					   AND NOT EXISTS (SELECT 1 FROM units_agency a
					                    WHERE a.kind = 'PEOPLES_COMMITTEE' AND a.unit_level = u.level
					                      AND a.unit_code = u.code AND a.validity && u.validity)""")
					.query(Missing.class)
					.list();
			int inserted = 0;
			// Provinces, then districts, then communes: each level finds its parents already there.
			for (Level level : Level.values()) {
				List<Missing> ofLevel = missing.stream().filter(m -> m.level().equals(level.name())).toList();
				if (!ofLevel.isEmpty()) {
					inserted += insert(ofLevel, level == Level.PROVINCE ? List.of() : parentCommittees());
				}
			}
			return inserted;
		});
		return created == null ? 0 : created;
	}

	/** A committee that may be a parent: a province's or a district's, with its period. */
	record Parent(long id, String unitLevel, String unitCode, LocalDate validFrom, LocalDate validTo) {

		boolean of(String level, String code, LocalDate day) {
			return unitLevel.equals(level) && unitCode.equals(code)
					&& (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
		}
	}

	private List<Parent> parentCommittees() {
		return jdbc.sql("""
				SELECT id, unit_level, unit_code, valid_from, valid_to FROM units_agency
				 WHERE kind = 'PEOPLES_COMMITTEE' AND unit_level IN ('PROVINCE', 'DISTRICT')""")
				.query(Parent.class)
				.list();
	}

	/**
	 * The committee of the unit's parent on the unit's first day (its last, if the first is unknown): a
	 * commune's district until 2025-06-30, else its province.
	 */
	private static Long parentOf(Missing unit, Map<String, List<Parent>> parents) {
		LocalDate day = unit.validFrom() != null ? unit.validFrom() : unit.validTo();
		if (unit.parentCode() == null || day == null) {
			return null;
		}
		String level = unit.parentCode().length() == Level.DISTRICT.codeLength() ? "DISTRICT" : "PROVINCE";
		return parents.getOrDefault(unit.parentCode(), List.of()).stream()
				.filter(p -> p.of(level, unit.parentCode(), day))
				.map(Parent::id)
				.findFirst()
				.orElse(null);
	}

	/** One statement for all rows of a level (arrays unnested): 14,000 single-row inserts take seconds. */
	private int insert(List<Missing> missing, List<Parent> candidates) {
		Map<String, List<Parent>> parents = candidates.stream()
				.collect(Collectors.groupingBy(Parent::unitCode));
		int n = missing.size();
		String[] names = new String[n];
		String[] namesEn = new String[n];
		String[] levels = new String[n];
		String[] codes = new String[n];
		Long[] parentIds = new Long[n];
		Date[] froms = new Date[n];
		Date[] tos = new Date[n];
		String[] keys = new String[n];
		for (int i = 0; i < n; i++) {
			Missing unit = missing.get(i);
			names[i] = name(unit.fullName());
			namesEn[i] = nameEn(unit.fullNameEn());
			levels[i] = unit.level();
			codes[i] = unit.code();
			parentIds[i] = parentOf(unit, parents);
			froms[i] = unit.validFrom() == null ? null : Date.valueOf(unit.validFrom());
			tos[i] = unit.validTo() == null ? null : Date.valueOf(unit.validTo());
			keys[i] = VietnameseText.fold(names[i]);
		}
		Integer inserted = template.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO units_agency (name, name_en, unit_level, unit_code, kind, parent_id, valid_from, valid_to,
					                          origin, name_key)
					SELECT t.name, t.name_en, t.unit_level, t.unit_code, 'PEOPLES_COMMITTEE', t.parent_id,
					       t.valid_from, t.valid_to, 'REGISTRY', t.name_key
					  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::date[], ?::date[], ?::text[])
					       AS t (name, name_en, unit_level, unit_code, parent_id, valid_from, valid_to, name_key)""")) {
				insert.setArray(1, connection.createArrayOf("text", names));
				insert.setArray(2, connection.createArrayOf("text", namesEn));
				insert.setArray(3, connection.createArrayOf("text", levels));
				insert.setArray(4, connection.createArrayOf("text", codes));
				insert.setArray(5, connection.createArrayOf("bigint", parentIds));
				insert.setArray(6, connection.createArrayOf("date", froms));
				insert.setArray(7, connection.createArrayOf("date", tos));
				insert.setArray(8, connection.createArrayOf("text", keys));
				return insert.executeUpdate();
			}
		});
		return inserted == null ? 0 : inserted;
	}

	/** "Ủy ban nhân dân" and the unit's full name, NFC. */
	static String name(String unitFullName) {
		return VietnameseText.nfc("Ủy ban nhân dân " + unitFullName);
	}

	static String nameEn(String unitFullNameEn) {
		return unitFullNameEn == null || unitFullNameEn.isBlank() ? null : "People's Committee of " + unitFullNameEn;
	}
}
