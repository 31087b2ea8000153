package org.thongsuot.units.internal.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyCode;
import org.thongsuot.units.AgencyImportError;
import org.thongsuot.units.AgencyImportError.Reason;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;
import org.thongsuot.units.Unit;

/**
 * The row rules of the code list import, against a small registry in memory. Codes with the level-1
 * code H99 (assigned to no province) are fictitious.
 */
class CodeListCheckTests {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	/**
	 * Province 15 denoted Yên Bái until 2025-06-30 and Lào Cai since; province 68 is Lâm Đồng; the new Đắk
	 * Lắk (66) was formed from the old Đắk Lắk and Phú Yên (54).
	 */
	private final List<Unit> units = List.of(
			unit(Level.PROVINCE, "15", "Tỉnh Yên Bái", null, null, REFORM.minusDays(1)),
			unit(Level.PROVINCE, "15", "Tỉnh Lào Cai", null, REFORM, null),
			unit(Level.PROVINCE, "68", "Tỉnh Lâm Đồng", null, REFORM, null),
			unit(Level.COMMUNE, "24820", "Phường Xuân Hương - Đà Lạt", "68", REFORM, null),
			unit(Level.PROVINCE, "54", "Tỉnh Phú Yên", null, null, REFORM.minusDays(1)),
			unit(Level.PROVINCE, "66", "Tỉnh Đắk Lắk", null, null, REFORM.minusDays(1)),
			unit(Level.PROVINCE, "66", "Tỉnh Đắk Lắk", null, REFORM, null));
	private final List<Agency> agencies = new ArrayList<>();

	private final CodeListCheck.Registry registry = new CodeListCheck.Registry() {

		@Override
		public List<Unit> versions(Level level, String code) {
			return units.stream().filter(u -> u.level() == level && u.code().equals(code)).toList();
		}

		@Override
		public List<Agency> byCode(String code) {
			return agencies.stream().filter(a -> a.code() != null && a.code().value().equals(code)).toList();
		}

		@Override
		public Optional<Agency> committee(Level level, String unitCode, LocalDate day) {
			return agencies.stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE
					&& a.unit().equals(new Agency.UnitRef(level, unitCode)) && a.validOn(day)).findFirst();
		}

		@Override
		public List<Unit> predecessors(Level level, String code, LocalDate day) {
			if (level == Level.PROVINCE && code.equals("66") && !day.isBefore(REFORM)) {
				return List.of(units.get(4), units.get(5));
			}
			return versions(level, code).stream().filter(u -> u.validOn(day)).toList();
		}

		/** The old Đắk Lắk and Phú Yên went whole into the new Đắk Lắk. */
		@Override
		public boolean succeeds(Agency older, Level level, String code, LocalDate day) {
			return level == Level.PROVINCE && code.equals("66") && !day.isBefore(REFORM)
					&& List.of("54", "66").contains(older.unit().code()) && !older.validOn(day);
		}
	};

	private static Unit unit(Level level, String code, String fullName, String province, LocalDate from,
			LocalDate to) {
		return new Unit(level, code, "", "", fullName, fullName, null, null, province,
				province == null ? code : province, from, to, false);
	}

	private List<AgencyImportError> errors(String rows) {
		String csv = "code,name,unit_level,unit_code,kind,parent_code,valid_from,valid_to\n" + rows;
		CodeListFile.Parsed parsed = CodeListFile.parse(csv.getBytes(StandardCharsets.UTF_8), 100);
		assertThat(parsed.errors()).isEmpty();
		CodeListCheck check = new CodeListCheck(registry, TODAY);
		check.check(parsed.rows());
		return check.errors();
	}

	@Test
	void aGoodListHasNoErrors() {
		assertThat(errors("""
				H99,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,,
				H99.05,Sở thử,province,68,department,H99,2025-07-01,
				H99.05.01,Phòng thử,PROVINCE,68,OTHER,H99.05,01/07/2025,31/12/2030
				H99.40,UBND phường thử,COMMUNE,24820,PEOPLES_COMMITTEE,,,
				""")).isEmpty();
	}

	@Test
	void namesEachBadFieldOfEachRow() {
		assertThat(errors("""
				,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,,
				h99.05,,TINH,6,COMMITTEE,,2025-13-01,
				H99.06,Sở thử,PROVINCE,68,DEPARTMENT,,2026-01-01,2025-12-31
				"""))
				.extracting(AgencyImportError::row, AgencyImportError::field, AgencyImportError::reason)
				.containsExactly(
						tuple(2, "code", Reason.REQUIRED),
						tuple(3, "code", Reason.INVALID_CODE),
						tuple(3, "name", Reason.REQUIRED),
						tuple(3, "unit_level", Reason.INVALID_LEVEL),
						tuple(3, "kind", Reason.INVALID_KIND),
						tuple(3, "valid_from", Reason.INVALID_DATE),
						tuple(4, "valid_to", Reason.DATES_REVERSED));
	}

	@Test
	void aCodeThatDenotedTwoUnitsNeedsADate() {
		assertThat(errors("H99,UBND thử,PROVINCE,15,PEOPLES_COMMITTEE,,,\n"))
				.extracting(AgencyImportError::field, AgencyImportError::reason)
				.containsExactly(tuple("unit_code", Reason.UNIT_AMBIGUOUS));
		assertThat(errors("H99,UBND thử,PROVINCE,15,PEOPLES_COMMITTEE,,2020-01-01,\n")).isEmpty();
		assertThat(errors("H99,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,2020-01-01,\n"))
				.extracting(AgencyImportError::reason, AgencyImportError::messageCode)
				.containsExactly(tuple(Reason.UNIT_NOT_FOUND, "agencies.import.reason.UNIT_NOT_FOUND.onDay"));
		assertThat(errors("H99,UBND thử,PROVINCE,99,PEOPLES_COMMITTEE,,,\n"))
				.extracting(AgencyImportError::reason).containsExactly(Reason.UNIT_NOT_FOUND);
	}

	@Test
	void theCodeMustFitTheKindOfAgency() {
		assertThat(errors("""
				G99.01,Sở thử,PROVINCE,68,DEPARTMENT,,,
				000.00.05.H99,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,,
				H98,Sở thử,PROVINCE,68,DEPARTMENT,,,
				K99.01,HĐND thử,PROVINCE,68,OTHER,,,
				"""))
				.extracting(AgencyImportError::row, AgencyImportError::reason)
				.containsExactly(tuple(2, Reason.CODE_NOT_PROVINCIAL), tuple(3, Reason.CODE_LEVEL_MISMATCH),
						tuple(4, Reason.CODE_LEVEL_MISMATCH));
	}

	@Test
	void agenciesOfAProvinceCarryItsLevel1Code() {
		assertThat(errors("""
				H99,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,,
				H98.05,Sở thử,PROVINCE,68,DEPARTMENT,,,
				000.40.00.H98,UBND phường thử,COMMUNE,24820,PEOPLES_COMMITTEE,,,
				"""))
				.extracting(AgencyImportError::row, AgencyImportError::reason)
				.containsExactly(tuple(3, Reason.LEVEL_1_MISMATCH), tuple(4, Reason.LEVEL_1_MISMATCH));
	}

	@Test
	void aMergedProvinceKeepsTheLevel1CodeOfItsNamesake() {
		String oldCommittees = """
				H98,UBND Phú Yên thử,PROVINCE,54,PEOPLES_COMMITTEE,,2025-01-01,
				H99,UBND Đắk Lắk thử,PROVINCE,66,PEOPLES_COMMITTEE,,2025-01-01,
				""";
		// The new Đắk Lắk continues the old one: the same code passes on (Decision 09/2025/QĐ-TTg).
		assertThat(errors(oldCommittees + "H99,UBND Đắk Lắk mới thử,PROVINCE,66,PEOPLES_COMMITTEE,,2025-07-01,\n"))
				.isEmpty();
		// Phú Yên's level-1 code is closed, though Phú Yên went whole into the new Đắk Lắk.
		assertThat(errors(oldCommittees + "H98,UBND Đắk Lắk mới thử,PROVINCE,66,PEOPLES_COMMITTEE,,2025-07-01,\n"))
				.extracting(AgencyImportError::row, AgencyImportError::reason)
				.containsExactly(tuple(4, Reason.LEVEL_1_NOT_KEPT));
		agencies.add(new Agency(9, AgencyCode.of("H99"), "UBND Đắk Lắk thử", null,
				new Agency.UnitRef(Level.PROVINCE, "66"), AgencyKind.PEOPLES_COMMITTEE, null, null,
				REFORM.minusDays(1)));
		assertThat(errors("H99,UBND Đắk Lắk mới thử,PROVINCE,66,PEOPLES_COMMITTEE,,2025-07-01,\n")).isEmpty();
		assertThat(errors("H98,UBND Đắk Lắk mới thử,PROVINCE,66,PEOPLES_COMMITTEE,,2025-07-01,\n"))
				.extracting(AgencyImportError::reason, AgencyImportError::arguments)
				.containsExactly(tuple(Reason.LEVEL_1_NOT_KEPT, List.of("H98", "H99", "Tỉnh Đắk Lắk")));
	}

	@Test
	void aCodeOnlyPassesToTheAgencyThatContinuesTheOldOne() {
		agencies.add(new Agency(7, AgencyCode.of("H97.01"), "Sở thử Phú Yên", null,
				new Agency.UnitRef(Level.PROVINCE, "54"), AgencyKind.DEPARTMENT, null, null, REFORM.minusDays(1)));
		assertThat(errors("H97.01,Sở thử Đắk Lắk,PROVINCE,66,DEPARTMENT,,2025-07-01,\n")).isEmpty();
		assertThat(errors("H97.01,Sở thử Lào Cai,PROVINCE,15,DEPARTMENT,,2025-07-01,\n"))
				.extracting(AgencyImportError::reason).containsExactly(Reason.CODE_REUSED);
		assertThat(errors("H97.01,Phòng thử Đắk Lắk,PROVINCE,66,OTHER,,2025-07-01,\n"))
				.extracting(AgencyImportError::reason).containsExactly(Reason.CODE_REUSED);
		assertThat(errors("H97.01,Sở thử Phú Yên khác,PROVINCE,54,DEPARTMENT,,2025-01-01,\n")).isEmpty();
		assertThat(errors("H97.01,Phòng thử Phú Yên,PROVINCE,54,OTHER,,2025-01-01,\n"))
				.extracting(AgencyImportError::reason).containsExactly(Reason.CODE_TAKEN);
	}

	@Test
	void duplicatesParentsAndCycles() {
		assertThat(errors("""
				H99.05,Sở thử,PROVINCE,68,DEPARTMENT,,,
				H99.05,Sở thử lại,PROVINCE,68,DEPARTMENT,,,
				H99.06,Phòng thử,PROVINCE,68,OTHER,H99.07,,
				H99.07,Phòng thử,PROVINCE,68,OTHER,H99.06,,
				H99.08,Phòng thử,PROVINCE,68,OTHER,H99.09,,
				H99.10,Phòng thử,PROVINCE,68,OTHER,H99.10,,
				H99.40,UBND phường thử,COMMUNE,24820,PEOPLES_COMMITTEE,,,
				H99.41,UBND phường thử,COMMUNE,24820,PEOPLES_COMMITTEE,,,
				"""))
				.extracting(AgencyImportError::row, AgencyImportError::field, AgencyImportError::reason)
				.containsExactlyInAnyOrder(
						tuple(3, "code", Reason.DUPLICATE_IN_FILE),
						tuple(4, "parent_code", Reason.PARENT_CYCLE),
						tuple(5, "parent_code", Reason.PARENT_CYCLE),
						tuple(6, "parent_code", Reason.PARENT_NOT_FOUND),
						tuple(7, "parent_code", Reason.PARENT_IS_SELF),
						tuple(9, "unit_code", Reason.DUPLICATE_IN_FILE));
	}

	@Test
	void codesOnRecordAreNeitherReassignedNorReplaced() {
		agencies.add(new Agency(1, AgencyCode.of("H99"), "UBND thử", null, new Agency.UnitRef(Level.PROVINCE, "68"),
				AgencyKind.PEOPLES_COMMITTEE, null, REFORM, null));
		agencies.add(new Agency(2, AgencyCode.of("H99.05"), "Sở thử", null, new Agency.UnitRef(Level.PROVINCE, "68"),
				AgencyKind.DEPARTMENT, 1L, REFORM, null));
		agencies.add(new Agency(3, null, "UBND phường thử", null, new Agency.UnitRef(Level.COMMUNE, "24820"),
				AgencyKind.PEOPLES_COMMITTEE, 1L, REFORM, null));
		assertThat(errors("""
				H99,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,,
				H99.05,Sở thử đổi tên,PROVINCE,68,DEPARTMENT,,,
				H99.06,UBND phường thử,COMMUNE,24820,PEOPLES_COMMITTEE,,,
				""")).isEmpty();
		assertThat(errors("""
				H99.01,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,,
				H99.05,Phòng thử,PROVINCE,68,OTHER,,,
				H99.05,UBND phường thử,COMMUNE,24820,PEOPLES_COMMITTEE,,,
				"""))
				.extracting(AgencyImportError::row, AgencyImportError::reason)
				.containsExactlyInAnyOrder(tuple(2, Reason.CODE_LEVEL_MISMATCH), tuple(3, Reason.CODE_TAKEN),
						tuple(4, Reason.DUPLICATE_IN_FILE));
		assertThat(errors("H98,UBND thử,PROVINCE,68,PEOPLES_COMMITTEE,,,\n"))
				.extracting(AgencyImportError::reason).containsExactly(Reason.CODE_CONFLICT);
	}
}
