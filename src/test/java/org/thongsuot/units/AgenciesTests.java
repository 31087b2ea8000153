package org.thongsuot.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.AgencySuccessor.Via;

/** The agency registry on the real reference data: People's Committees dated like their units, and succession. */
@IntegrationTest
class AgenciesTests {

	private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
	private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	private int committeesOn(LocalDate day, Level level) {
		return jdbc.sql("""
				SELECT count(*) FROM units_agency
				 WHERE kind = 'PEOPLES_COMMITTEE' AND unit_level = :level AND validity @> :day""")
				.param("level", level.name())
				.param("day", day)
				.query(Integer.class)
				.single();
	}

	@Test
	void everyUnitHasItsPeoplesCommitteeBeforeAndAfterTheReform() {
		assertThat(committeesOn(BEFORE, Level.PROVINCE)).isEqualTo(63);
		assertThat(committeesOn(BEFORE, Level.DISTRICT)).isEqualTo(696);
		assertThat(committeesOn(BEFORE, Level.COMMUNE)).isEqualTo(10_035);
		assertThat(committeesOn(AFTER, Level.PROVINCE)).isEqualTo(34);
		assertThat(committeesOn(AFTER, Level.DISTRICT)).isZero();
		assertThat(committeesOn(AFTER, Level.COMMUNE)).isEqualTo(3_321);
	}

	@Test
	void aCommitteeIsNamedAfterItsUnitAndHasNoCodeUntilAnImport() {
		Agency phucXa = agencies.peoplesCommittee(Level.COMMUNE, "00001", BEFORE).orElseThrow();
		assertThat(phucXa.name()).isEqualTo("Ủy ban nhân dân Phường Phúc Xá");
		assertThat(phucXa.nameEn()).isEqualTo("People's Committee of Phuc Xa Ward");
		assertThat(phucXa.code()).isNull();
		assertThat(phucXa.validTo()).isEqualTo(BEFORE);
		assertThat(phucXa.kind()).isEqualTo(AgencyKind.PEOPLES_COMMITTEE);
		Agency baDinh = agencies.get(phucXa.parentId());
		assertThat(baDinh.name()).isEqualTo("Ủy ban nhân dân Quận Ba Đình");
		assertThat(agencies.get(baDinh.parentId()).name()).isEqualTo("Ủy ban nhân dân Thành phố Hà Nội");

		Agency hongHa = agencies.peoplesCommittee(Level.COMMUNE, "00097", AFTER).orElseThrow();
		assertThat(hongHa.validFrom()).isEqualTo(AFTER);
		assertThat(agencies.get(hongHa.parentId()).unit()).isEqualTo(new Agency.UnitRef(Level.PROVINCE, "01"));
	}

	@Test
	void creatingTheCommitteesAgainChangesNothing() {
		int before = jdbc.sql("SELECT count(*) FROM units_agency").query(Integer.class).single();
		assertThat(agencies.createPeoplesCommittees()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM units_agency").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void aMergedCommunesCommitteeIsSucceededByTheNewCommunesCommittee() {
		Agency phucXa = agencies.peoplesCommittee(Level.COMMUNE, "00001", BEFORE).orElseThrow();
		List<AgencySuccessor> successors = agencies.successors(phucXa.id(), AFTER);
		assertThat(successors).singleElement().satisfies(s -> {
			assertThat(s.agency().name()).isEqualTo("Ủy ban nhân dân Phường Hồng Hà");
			assertThat(s.relation()).isEqualTo(Relation.FULL);
			assertThat(s.effectiveDates()).containsExactly(AFTER);
			assertThat(s.via()).isEqualTo(Via.SUCCESSOR_UNIT_COMMITTEE);
		});
	}

	@Test
	void aSplitCommunesCommitteeHasEverySuccessor() {
		Agency ngocKhanh = agencies.peoplesCommittee(Level.COMMUNE, "00025", BEFORE).orElseThrow();
		List<AgencySuccessor> successors = agencies.successors(ngocKhanh.id(), AFTER);
		assertThat(successors).extracting(s -> s.agency().name()).containsExactlyInAnyOrder(
				"Ủy ban nhân dân Phường Ngọc Hà", "Ủy ban nhân dân Phường Giảng Võ", "Ủy ban nhân dân Phường Láng");
		assertThat(successors).extracting(AgencySuccessor::relation).containsOnly(Relation.PARTIAL);
	}

	@Test
	void anAgencyInExistenceIsItsOwnSuccessorAndTheDayMustNotPrecedeIt() {
		Agency hongHa = agencies.peoplesCommittee(Level.COMMUNE, "00097", AFTER).orElseThrow();
		assertThat(agencies.successors(hongHa.id(), null)).singleElement()
				.satisfies(s -> assertThat(s.via()).isEqualTo(Via.SELF));
		assertThatThrownBy(() -> agencies.successors(hongHa.id(), BEFORE))
				.isInstanceOfSatisfying(ApiException.class, e -> {
					assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
					assertThat(e.parameter()).isEqualTo("at");
				});
	}

	@Test
	void searchIgnoresDiacriticsAndRanksTheUnitsOwnNameFirst() {
		List<Agency> found = agencies.list(null, null, BEFORE, "phuc xa", null, 5);
		assertThat(found).first().extracting(Agency::name).isEqualTo("Ủy ban nhân dân Phường Phúc Xá");
		assertThat(agencies.list("001", null, BEFORE, null, null, null)).first()
				.extracting(Agency::name).isEqualTo("Ủy ban nhân dân Quận Ba Đình");
	}
}
