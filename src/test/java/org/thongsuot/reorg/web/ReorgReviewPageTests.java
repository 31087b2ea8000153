package org.thongsuot.reorg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.audit.AuditEntry;
import org.thongsuot.audit.AuditTrail;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.Reorganizations;
import org.thongsuot.reorg.RunView;
import org.thongsuot.reorg.SplitPlanFixture;
import org.thongsuot.reorg.Undecided;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Level;
import org.thongsuot.units.Units;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue on the plan's page, over a real split commune of 2025 (Phường Cống Vị, Hà Nội, split
 * between Phường Ngọc Hà and Phường Giảng Võ by the statistics office's conversion table): a valid plan
 * file uploaded through the page, applied once; the dossiers no rule places wait for a person, who
 * chooses among the split unit's successors and nothing else.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReorgReviewPageTests {

	/** Phường Cống Vị (Ba Đình, Hà Nội) before 2025-07-01: split in two. */
	private static final String SPLIT_COMMUNE = "00007";
	/** The CutoverData day of this class's dossiers. */
	private static final int DAY = 24;

	@Autowired
	MockMvcTester mvc;
	@Autowired
	Reorganizations reorg;
	@Autowired
	Units units;
	@Autowired
	Agencies agencies;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;
	@Autowired
	AuditTrail audit;

	SplitPlanFixture.Split split;
	List<String> codes;
	long planId;

	@BeforeAll
	void aSplitPlanUploadedThroughThePageAndAppliedOnce() {
		split = SplitPlanFixture.split(units, agencies, json, SPLIT_COMMUNE);
		codes = SplitPlanFixture.dossiers(jdbc, split, 8, DAY);
		MvcTestResult uploaded = mvc.post().uri("/reorg/plans/upload").multipart()
				.file(new MockMultipartFile("file", "chia-tach-cong-vi.json", "application/json", split.planFile()))
				.with(user("admin").roles("ADMIN")).with(csrf()).exchange();
		assertThat(uploaded).hasStatus3xxRedirection();
		String page = uploaded.getMvcResult().getResponse().getRedirectedUrl();
		planId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		RunView run = reorg.await(reorg.apply(planId, "admin").id(), Duration.ofSeconds(60));
		assertThat(run.status()).isEqualTo("DONE");
	}

	@Test
	void aValidPlanFileUploadedThroughThePageIsSavedWithItsSplitAndItsRule() {
		Plan plan = reorg.plan(planId);
		assertThat(plan.name()).isEqualTo(split.planName());
		assertThat(plan.source()).isEqualTo("UPLOAD");
		AgencyMove move = reorg.agencyMoves(planId).stream().filter(m -> m.oldAgencyId() == split.oldAgencyId())
				.findFirst().orElseThrow();
		assertThat(move.oldAgencyId()).isEqualTo(split.oldAgencyId());
		assertThat(move.candidates()).extracting(AgencyMove.Candidate::unitCode)
				.containsExactlyElementsOf(split.successorCodes());
		assertThat(reorg.splitRules(planId)).singleElement()
				.satisfies(r -> assertThat(r.locality()).isEqualTo(SplitPlanFixture.RULED_VILLAGE));
		assertThat(admin(mvc.get().uri("/reorg/plans/" + planId))).hasStatusOk().bodyText()
				.contains(split.planName(), "Tải tệp lên", "01/07/2025");
	}

	@Test
	void theReviewListsEachItemNoRulePlacesWithTheSplitUnitsSuccessorsToChooseFrom() {
		Document page = planPage();
		List<String> successors = candidates().stream().map(AgencyMove.Candidate::name)
				.toList();
		// The odd dossiers have no address: they wait. The even ones went by the split rule.
		for (String waiting : List.of(codes.get(2), codes.get(4))) {
			assertThat(page.select("#waiting tr[data-item='" + waiting + "'] option:not([value=''])").eachText())
					.as("choices for %s", waiting).containsExactlyElementsOf(successors);
			assertThat(page.select("#waiting tr[data-item='" + waiting + "'] td").first().text()).isEqualTo(
					agencies.get(split.oldAgencyId()).name());
		}
		// What a person needs to decide, in Vietnamese: status, step, deadline (CutoverData: 2025-07-08 17:00 + n % 7 days).
		assertThat(page.select("#waiting tr[data-item='" + codes.get(4) + "'] td").get(1).text())
				.isEqualTo("Được tiếp nhận · bước 1 · hạn 13/07/2025 17:00");
		assertThat(page.select("#waiting tr[data-item='" + codes.get(1) + "']")).as("placed by the rule").isEmpty();
		assertThat(page.select("#decided tr[data-item='" + codes.get(1) + "']")).isEmpty();
		assertThat(agencyOf(codes.get(1))).isEqualTo(candidates().get(0).agencyId());
	}

	@Test
	void aDecisionIsSavedAuditedAndTheItemLeavesTheWaitingList() {
		String code = codes.get(0);
		long chosen = candidates().get(1).agencyId();
		int auditedBefore = audit.about("reorg-plan", String.valueOf(planId), 1000).size();

		MvcTestResult saved = admin(mvc.post().uri("/reorg/plans/" + planId + "/decisions").param("subject", "dossier")
				.param("itemKey", code).param("agencyId", String.valueOf(chosen)).with(csrf()));

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/reorg/plans/" + planId + "#undecided")
				.flash().containsEntry("saved", code);
		assertThat(item(code).decidedAgencyId()).isEqualTo(chosen);
		List<AuditEntry> entries = audit.about("reorg-plan", String.valueOf(planId), 1000);
		assertThat(entries).hasSize(auditedBefore + 1);
		AuditEntry entry = entries.get(entries.size() - 1);
		assertThat(entry.action()).isEqualTo("ReorgPlanChanged");
		assertThat(entry.actor()).isEqualTo("admin");
		assertThat(entry.detail()).contains("DECIDED", code, String.valueOf(chosen));
		Document page = planPage();
		assertThat(page.select("#waiting tr[data-item='" + code + "']")).isEmpty();
		assertThat(page.select("#decided tr[data-item='" + code + "'] option[selected]").attr("value"))
				.isEqualTo(String.valueOf(chosen));
		// Decided, not moved yet: it moves at the next application.
		assertThat(agencyOf(code)).isEqualTo(split.oldAgencyId());
		assertThat(page.select("#apply-decided")).hasSize(1);
	}

	@Test
	void aDecisionForAnAgencyThatIsNotASuccessorOfTheSplitUnitIsRefusedSayingWhyAndSavesNothing() {
		String code = codes.get(2);
		// Phường Ba Đình's committee: a real successor agency, but of other communes, not of Phường Cống Vị.
		long elsewhere = agencies.peoplesCommittee(Level.COMMUNE, "00004", SplitPlanFixture.EFFECTIVE).orElseThrow().id();
		assertThat(item(code).candidates()).noneMatch(c -> c.agencyId() == elsewhere);
		long decisions = decisions();
		int audited = audit.about("reorg-plan", String.valueOf(planId), 1000).size();

		MvcTestResult refused = admin(mvc.post().uri("/reorg/plans/" + planId + "/decisions").param("subject", "dossier")
				.param("itemKey", code).param("agencyId", String.valueOf(elsewhere)).with(csrf()));

		assertThat(refused).hasStatusOk();
		Document page = html(refused);
		assertThat(page.select("#decision-refused").text()).startsWith("Chưa lưu quyết định cho " + code
				+ ": cơ quan đã chọn không phải là cơ quan kế thừa của " + agencies.get(split.oldAgencyId()).name())
				.contains(item(code).candidates().get(0).name(), item(code).candidates().get(1).name());
		assertThat(page.select("#waiting tr[data-item='" + code + "']")).as("still waiting").hasSize(1);
		assertThat(item(code).decidedAgencyId()).isNull();
		assertThat(decisions()).isEqualTo(decisions);
		assertThat(audit.about("reorg-plan", String.valueOf(planId), 1000)).hasSize(audited);
	}

	@Test
	void aDecisionForAnItemNoLongerWaitingIsRefusedAndSavesNothing() {
		String placedByTheRule = codes.get(3);
		long candidate = candidates().get(1).agencyId();
		long decisions = decisions();

		assertThat(admin(mvc.post().uri("/reorg/plans/" + planId + "/decisions").param("subject", "dossier")
				.param("itemKey", placedByTheRule).param("agencyId", String.valueOf(candidate)).with(csrf())))
				.hasStatusOk().bodyText().contains("Chưa lưu quyết định: " + placedByTheRule + " không còn chờ quyết định");
		assertThat(decisions()).isEqualTo(decisions);
	}

	@Test
	void aDecidedItemMovesAtTheNextApplicationAndLeavesTheQueue() {
		String code = codes.get(6);
		long chosen = candidates().get(0).agencyId();
		assertThat(admin(mvc.post().uri("/reorg/plans/" + planId + "/decisions").param("subject", "dossier")
				.param("itemKey", code).param("agencyId", String.valueOf(chosen)).with(csrf()))).hasStatus3xxRedirection();

		MvcTestResult applied = admin(mvc.post().uri("/reorg/plans/" + planId + "/apply").with(csrf()));
		assertThat(applied).hasStatus3xxRedirection();
		String runPage = applied.getMvcResult().getResponse().getRedirectedUrl();
		RunView run = reorg.await(Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1)), Duration.ofSeconds(60));

		assertThat(run.status()).isEqualTo("DONE");
		assertThat(agencyOf(code)).isEqualTo(chosen);
		assertThat(reorg.undecided(planId)).noneMatch(u -> u.itemKey().equals(code))
				.anyMatch(u -> u.itemKey().equals(codes.get(4)));
		Document page = planPage();
		assertThat(page.select("tr[data-item='" + code + "']")).isEmpty();
		assertThat(page.select("#waiting tr[data-item='" + codes.get(4) + "']")).hasSize(1);
	}

	private Document planPage() {
		MvcTestResult result = admin(mvc.get().uri("/reorg/plans/" + planId));
		assertThat(result).hasStatusOk();
		return html(result);
	}

	private static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The successors to choose from for the old commune's committee, in the plan's order. */
	private List<AgencyMove.Candidate> candidates() {
		return reorg.agencyMoves(planId).stream().filter(m -> m.oldAgencyId() == split.oldAgencyId()).findFirst()
				.orElseThrow().candidates();
	}

	private Undecided item(String code) {
		return reorg.undecided(planId).stream().filter(u -> u.itemKey().equals(code)).findFirst().orElseThrow();
	}

	private long agencyOf(String code) {
		return jdbc.sql("SELECT agency_id FROM dossier WHERE code = :code").param("code", code).query(Long.class).single();
	}

	private long decisions() {
		return jdbc.sql("SELECT count(*) FROM reorg_decision WHERE plan_id = :plan").param("plan", planId)
				.query(Long.class).single();
	}

	private MvcTestResult admin(MockMvcTester.MockMvcRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).exchange();
	}
}
