package org.thongsuot.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.portal.ProcedureSearch;
import org.thongsuot.portal.SearchPage;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.Level;

/** A procedure's life in the province: configure, publish, withdraw, decentralize; each step recorded and announced. */
@IntegrationTest
@RecordApplicationEvents
class CatalogueLifecycleTests {

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	Procedures procedures;

	@Autowired
	ProcedureSearch search;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	static final AgencyRef COMMUNE = AgencyRef.COMMUNE_OF_SUBMISSION;

	static ProvinceConfiguration configuration(String days, BigDecimal... shares) {
		List<ProcessStep> steps = new java.util.ArrayList<>();
		Role[] roles = { Role.RECEIVER, Role.SPECIALIST, Role.LEADER, Role.RECEIVER };
		for (int i = 0; i < shares.length; i++) {
			steps.add(new ProcessStep("Bước " + (i + 1), roles[i % roles.length], COMMUNE, shares[i]));
		}
		return new ProvinceConfiguration(ProcedureLevel.COMMUNE, COMMUNE, List.of(COMMUNE), new BigDecimal(days),
				TimeUnit.WORKING_DAYS, List.of(new Fee("Lệ phí", 8000, "")),
				List.of(new DossierComponent("", "Tờ khai", "Mau01.docx", "1 bản chính", true)), OnlineLevel.FULL, steps);
	}

	private String imported(String code, String days) {
		procedures.importCatalogue(CatalogueImportTests.files(code, "Thủ tục thử vòng đời " + code, days), null, "test",
				true);
		return code;
	}

	@Test
	void stepSharesThatDoNotAddUpAreRefusedWithTheReasonAndNothingIsSaved() {
		String code = imported("9.900401", "10");

		assertThatThrownBy(() -> procedures.configure(code, configuration("5", BigDecimal.ONE, new BigDecimal("2.5")),
				"admin")).isInstanceOfSatisfying(ApiException.class, e -> {
					assertThat(e.code()).isEqualTo(ErrorCode.PROCESS_TIME_MISMATCH);
					assertThat(e.parameter()).isEqualTo("steps");
					assertThat(e.getDetailMessageArguments()).contains("3.5", "5", "1.5");
				});
		assertThat(procedures.check(code, configuration("5", BigDecimal.ONE, new BigDecimal("2.5"))))
				.extracting(Violation::rule).containsExactly(Violation.Rule.SHARES_MISMATCH);
		assertThat(procedures.draft(code)).isEmpty();
		assertThat(procedures.versions(code)).hasSize(1);
	}

	@Test
	void aConfigurationBreakingRulesNamesEachField() {
		String code = imported("9.900402", "10");
		ProvinceConfiguration bad = new ProvinceConfiguration(ProcedureLevel.PROVINCE, new AgencyRef(987654321L, null, null),
				List.of(), new BigDecimal("12"), TimeUnit.WORKING_DAYS, List.of(), List.of(),
				null, List.of(new ProcessStep("", Role.ADMIN, COMMUNE, new BigDecimal("12"))));

		assertThat(procedures.check(code, bad)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("competentAgency", Violation.Rule.UNKNOWN_AGENCY),
				org.assertj.core.groups.Tuple.tuple("receivingPoints", Violation.Rule.RECEIVING_POINT_REQUIRED),
				org.assertj.core.groups.Tuple.tuple("timeValue", Violation.Rule.TIME_EXCEEDS_LEGAL),
				org.assertj.core.groups.Tuple.tuple("components", Violation.Rule.COMPONENTS_REQUIRED),
				org.assertj.core.groups.Tuple.tuple("steps[0].name", Violation.Rule.STEP_NAME_REQUIRED),
				org.assertj.core.groups.Tuple.tuple("steps[0].role", Violation.Rule.STEP_ROLE_NOT_PROCESSING));
		assertThatThrownBy(() -> procedures.configure(code, bad, "admin")).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.PROCEDURE_CONFIGURATION_INVALID));
	}

	@Test
	void aProvinceLevelConfigurationNamesAnAgencyOfTheProvinceFromTheRegistry() {
		String code = imported("9.900405", "10");
		Agency committee = agencies.peoplesCommittee(Level.PROVINCE, "68", null).orElseThrow();
		Agency elsewhere = agencies.peoplesCommittee(Level.PROVINCE, "01", null).orElseThrow();
		AgencyRef province = new AgencyRef(committee.id(), null, null);
		ProvinceConfiguration configuration = new ProvinceConfiguration(ProcedureLevel.PROVINCE, province,
				List.of(province), new BigDecimal("8"), TimeUnit.WORKING_DAYS, List.of(),
				List.of(new DossierComponent("", "Đơn đề nghị", "", "1 bản chính", true)), OnlineLevel.PARTIAL,
				List.of(new ProcessStep("Tiếp nhận", Role.RECEIVER, province, BigDecimal.ONE),
						new ProcessStep("Thẩm định", Role.SPECIALIST, new AgencyRef(elsewhere.id(), null, null),
								new BigDecimal("6")),
						new ProcessStep("Phê duyệt", Role.LEADER, new AgencyRef(null, "H99.99", null), BigDecimal.ONE)));

		assertThat(procedures.check(code, configuration)).extracting(Violation::field, Violation::rule).containsExactly(
				org.assertj.core.groups.Tuple.tuple("steps[1].agency", Violation.Rule.AGENCY_OUTSIDE_PROVINCE),
				org.assertj.core.groups.Tuple.tuple("steps[2].agency", Violation.Rule.UNKNOWN_AGENCY));

		ProvinceConfiguration fixed = new ProvinceConfiguration(ProcedureLevel.PROVINCE, province, List.of(province),
				new BigDecimal("8"), TimeUnit.WORKING_DAYS, List.of(), configuration.components(), OnlineLevel.PARTIAL,
				List.of(configuration.steps().get(0), new ProcessStep("Thẩm định", Role.SPECIALIST, province,
						new BigDecimal("7"))));
		ProcedureVersion draft = procedures.configure(code, fixed, "admin");

		assertThat(draft.configuration().competentAgency().name()).isEqualTo(committee.name());
		assertThat(draft.levels()).containsExactly(ProcedureLevel.PROVINCE);
	}

	@Test
	void aPublishedConfigurationIsANewVersionFromItsDayAndTheOldOneStaysForEarlierDays() {
		String code = imported("9.900403", "10");
		LocalDate today = procedures.today();

		ProcedureVersion draft = procedures.configure(code, configuration("5", BigDecimal.ONE, new BigDecimal("3"),
				BigDecimal.ONE), "admin");
		assertThat(draft.state()).isEqualTo(VersionState.DRAFT);
		assertThat(procedures.inForce(code, null, "code").configured()).isFalse();
		assertThatThrownBy(() -> procedures.publish(code, today.minusDays(1), "admin"))
				.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.parameter()).isEqualTo("effectiveFrom"));

		ProcedureVersion published = procedures.publish(code, today.plusDays(3), "admin");

		assertThat(published.version()).isEqualTo(2);
		assertThat(procedures.inForce(code, today, "at").version()).isEqualTo(1);
		assertThat(procedures.inForce(code, today.plusDays(3), "at").configuration().processingTime().value())
				.isEqualByComparingTo("5");
		assertThat(procedures.history(code)).extracting(HistoryEntry::action).containsSubsequence(
				HistoryEntry.Action.IMPORTED, HistoryEntry.Action.CONFIGURED, HistoryEntry.Action.SUPERSEDED,
				HistoryEntry.Action.PUBLISHED);
		assertThat(procedures.history(code)).filteredOn(h -> h.action() == HistoryEntry.Action.PUBLISHED)
				.last().satisfies(h -> assertThat(h.actor()).isEqualTo("admin"));
		assertThat(events("ProcedurePublished", code)).isEqualTo(2);
		assertThat(recorded.stream(ProcedureConfigured.class)).singleElement()
				.satisfies(e -> assertThat(e.code()).isEqualTo(code));
		assertThat(recorded.stream(ProcedurePublished.class).filter(e -> e.code().equals(code)))
				.extracting(ProcedurePublished::version, ProcedurePublished::validFrom, ProcedurePublished::actor)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, today, "test"),
						org.assertj.core.groups.Tuple.tuple(2, today.plusDays(3), "admin"));
		assertThatThrownBy(() -> procedures.publish(code, today.plusDays(3), "admin"))
				.isInstanceOfSatisfying(ApiException.class,
						e -> assertThat(e.code()).isEqualTo(ErrorCode.PROCEDURE_STATE_CONFLICT));
	}

	@Test
	void theVersionInForceIsReadFreshAfterAnyChangeToItsRowEvenByAnotherNode() {
		String code = imported("9.900405", "10");
		LocalDate today = procedures.today();
		assertThat(procedures.inForce(code, today, "at").name()).isEqualTo("Thủ tục thử vòng đời " + code);

		// as another application node, or an operator, would change it: not through this node's code
		jdbc.sql("UPDATE procedures_version SET name = 'Tên đã sửa' WHERE code = :c AND state <> 'DRAFT'")
				.param("c", code).update();

		assertThat(procedures.inForce(code, today, "at").name()).isEqualTo("Tên đã sửa");
	}

	@Test
	void thePortalFollowsPublicationAndWithdrawal() {
		String code = imported("9.900404", "10");
		procedures.configure(code, configuration("4", new BigDecimal("0.5"), new BigDecimal("3"), new BigDecimal("0.5")),
				"admin");
		procedures.publish(code, null, "admin");

		Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			SearchPage page = search.search(code, null, null, OnlineLevel.FULL, null, null, null);
			assertThat(page.items()).singleElement().satisfies(hit -> assertThat(hit.version()).isEqualTo(2));
		});

		procedures.withdraw(code, null, "Bãi bỏ theo Quyết định thử", "admin");

		Awaitility.await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(search.search(code, null, null, null, null, null, null).items()).isEmpty());
		assertThatThrownBy(() -> procedures.inForce(code, null, "code")).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.PROCEDURE_NOT_IN_FORCE));
		assertThat(events("ProcedureWithdrawn", code)).isEqualTo(1);
		assertThatThrownBy(() -> procedures.withdraw(code, null, "again", "admin"))
				.isInstanceOfSatisfying(ApiException.class,
						e -> assertThat(e.code()).isEqualTo(ErrorCode.PROCEDURE_STATE_CONFLICT));
	}

	@Test
	void decentralizationMovesDistrictProceduresAsNewVersionsAndReportsWhatMoved() {
		String header = CatalogueImportTests.header();
		String csv = header + CatalogueImportTests.row("9.900501", "Thủ tục cấp huyện thử một", "Cấp huyện", "5")
				+ CatalogueImportTests.row("9.900502", "Thủ tục cấp huyện thử hai", "Cấp tỉnh, Cấp huyện", "5");
		procedures.importCatalogue(new CatalogueFiles("test", CatalogueImportTests.bytes(csv),
				CatalogueImportTests.bytes(CatalogueImportTests.channelsHeader()),
				CatalogueImportTests.bytes(CatalogueImportTests.json("9.900501") + CatalogueImportTests.json("9.900502"))),
				null, "test", true);
		byte[] mapping = CatalogueImportTests.bytes("code,to_level\n9.900501,COMMUNE\n9.900502,PROVINCE\n1.001193,COMMUNE\n");
		LocalDate from = procedures.today().plusDays(1);

		DecentralizationReport report = procedures.decentralize(mapping, from, "Nghị định 120/2025/NĐ-CP", "admin", true);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.moved()).extracting(DecentralizationReport.Moved::code, DecentralizationReport.Moved::after)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("9.900501", List.of(ProcedureLevel.COMMUNE)),
						org.assertj.core.groups.Tuple.tuple("9.900502", List.of(ProcedureLevel.PROVINCE)));
		assertThat(report.skipped()).singleElement().satisfies(s -> {
			assertThat(s.code()).isEqualTo("1.001193");
			assertThat(s.reason()).isEqualTo(Rejection.Reason.NOT_AT_DISTRICT_LEVEL);
		});
		ProcedureVersion moved = procedures.inForce("9.900501", from, "at");
		assertThat(moved.origin()).isEqualTo(VersionOrigin.DECENTRALIZATION);
		assertThat(moved.levels()).containsExactly(ProcedureLevel.COMMUNE);
		assertThat(moved.note()).isEqualTo("Nghị định 120/2025/NĐ-CP");
		assertThat(procedures.inForce("9.900501", null, "at").levels()).containsExactly(ProcedureLevel.DISTRICT);
		assertThat(procedures.decentralizations()).first()
				.satisfies(d -> assertThat(d.moved()).hasSize(2));

		DecentralizationReport again = procedures.decentralize(mapping, from, "Nghị định 120/2025/NĐ-CP", "admin", true);
		assertThat(again.moved()).isEmpty();
		assertThat(again.skipped()).extracting(Rejection::reason).contains(Rejection.Reason.ALREADY_MOVED);
		assertThat(recorded.stream(ProceduresDecentralized.class)).singleElement()
				.satisfies(e -> assertThat(e.moved()).isEqualTo(2));
	}

	@Test
	void aBadMappingRowRefusesTheWholeMappingNamingTheLine() {
		byte[] mapping = CatalogueImportTests.bytes("code,to_level\n1.001193,COMMUNE\n9.999997,COMMUNE\n1.000005,VILLAGE\n");

		DecentralizationReport report = procedures.decentralize(mapping, null, "Thử", "admin", true);

		assertThat(report.saved()).isFalse();
		assertThat(report.rejected()).extracting(Rejection::line, Rejection::field, Rejection::reason).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3L, "code", Rejection.Reason.UNKNOWN_CODE),
				org.assertj.core.groups.Tuple.tuple(4L, "to_level", Rejection.Reason.INVALID_TARGET_LEVEL));
		assertThat(procedures.inForce("1.001193", null, "code").version()).isEqualTo(1);
	}

	private long events(String type, String code) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE :type AND serialized_event LIKE :code")
				.param("type", "%." + type).param("code", "%\"" + code + "\"%").query(Long.class).single();
	}
}
