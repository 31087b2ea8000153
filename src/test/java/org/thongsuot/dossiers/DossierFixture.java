package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.Fee;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dossier tests share, set up once per test context: a commune-level procedure received by
 * the commune of submission (receiver 0.5 day, specialist 3.5 days, leader 1 day: 5 working days), two
 * communes' People's Committees with a receiver, a specialist and a leader each, a receiver at the
 * province's People's Committee, and a citizen. Passwords are fixed here, never random.
 */
public final class DossierFixture {

	public static final String PROCEDURE = "9.960001";
	public static final String PROVINCE_PROCEDURE = "9.960002";
	public static final String PASSWORD = "dossier-test-password";
	public static final String CITIZEN_ID = "068090001234";
	public static final String COMPONENT = "Tờ khai";

	public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	public final long communeA;
	public final long communeB;
	public final long province;

	private static DossierFixture instance;

	private DossierFixture(long communeA, long communeB, long province) {
		this.communeA = communeA;
		this.communeB = communeB;
		this.province = province;
	}

	public static synchronized DossierFixture get(Procedures procedures, Agencies agencies, Officials officials) {
		if (instance != null) {
			return instance;
		}
		List<Agency> communes = agencies.list(null, Level.COMMUNE, null, null, AgencyKind.PEOPLES_COMMITTEE, 2);
		Agency provinceCommittee = agencies.peoplesCommittee(Level.PROVINCE, "68", null).orElseThrow();
		long a = communes.get(0).id();
		long b = communes.get(1).id();
		publish(procedures, PROCEDURE, "Cấp xã", ProcedureLevel.COMMUNE, AgencyRef.COMMUNE_OF_SUBMISSION);
		AgencyRef provinceRef = new AgencyRef(provinceCommittee.id(), null, provinceCommittee.name());
		publish(procedures, PROVINCE_PROCEDURE, "Cấp tỉnh", ProcedureLevel.PROVINCE, provinceRef);
		for (String[] who : new String[][] { { "a", String.valueOf(a) }, { "b", String.valueOf(b) } }) {
			long agency = Long.parseLong(who[1]);
			officials.createOfficial("recv-" + who[0], PASSWORD, "Tiếp nhận " + who[0], List.of(Grant.of(Role.RECEIVER, agency)));
			officials.createOfficial("spec-" + who[0], PASSWORD, "Chuyên viên " + who[0], List.of(Grant.of(Role.SPECIALIST, agency)));
			officials.createOfficial("lead-" + who[0], PASSWORD, "Lãnh đạo " + who[0], List.of(Grant.of(Role.LEADER, agency)));
		}
		officials.createOfficial("recv-p", PASSWORD, "Tiếp nhận tỉnh", List.of(Grant.of(Role.RECEIVER, provinceCommittee.id())));
		officials.createCitizen("citizen-1", PASSWORD, "Nguyễn Văn An", CITIZEN_ID);
		instance = new DossierFixture(a, b, provinceCommittee.id());
		return instance;
	}

	private static void publish(Procedures procedures, String code, String levels, ProcedureLevel level, AgencyRef agency) {
		String csv = "code,name,ministry,field,implementing_levels,procedure_type,decision_no,target_subjects,"
				+ "competent_authority,implementing_agency,min_time_value,time_unit,fee_summary,detail_url,submission_raw\n"
				+ code + ",Thủ tục thử một cửa " + code + ",Bộ Tư pháp,Thử nghiệm,\"" + levels
				+ "\",,1/QĐ-BTP,Công dân Việt Nam,,,10,Ngày làm việc,Miễn phí,,\n";
		String channels = "code,channel,time_value,time_unit,fee,description\n" + code
				+ ",Trực tiếp,10,Ngày làm việc,Miễn phí,\n";
		String full = "{\"ma_thu_tuc\":\"" + code + "\"}\n";
		procedures.importCatalogue(new CatalogueFiles("test", utf8(csv), utf8(channels), utf8(full)), null, "test", true);
		AgencyRef receiving = agency;
		List<ProcessStep> steps = List.of(
				new ProcessStep("Tiếp nhận", Role.RECEIVER, receiving, new BigDecimal("0.5")),
				new ProcessStep("Thẩm định", Role.SPECIALIST, agency, new BigDecimal("3.5")),
				new ProcessStep("Phê duyệt", Role.LEADER, agency, BigDecimal.ONE));
		procedures.configure(code, new ProvinceConfiguration(level, agency, List.of(receiving), new BigDecimal("5"),
				TimeUnit.WORKING_DAYS, List.of(new Fee("Lệ phí", 0, "")),
				List.of(new DossierComponent("", COMPONENT, "Mau01.docx", "1 bản chính", true)), OnlineLevel.FULL, steps),
				"test");
		procedures.publish(code, null, "test");
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/** A receipt request body as the API takes it. */
	public static Map<String, Object> receipt(String procedure, Long agencyId, String channel, String idNumber,
			String fileName, byte[] content) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("procedureCode", procedure);
		body.put("agencyId", agencyId);
		body.put("channel", channel);
		body.put("applicant", Map.of("name", "Trần Thị Bình", "idNumber", idNumber, "phone", "0912345678"));
		body.put("files", List.of(Map.of("component", COMPONENT, "fileName", fileName, "contentBase64",
				Base64.getEncoder().encodeToString(content))));
		return body;
	}

	/** An official holding one role at one agency, as the facade takes its caller. */
	public static CurrentUser official(String username, Role role, long agency) {
		return new CurrentUser(username, AccountKind.OFFICIAL, null, Set.of(Grant.of(role, agency)));
	}

	/** The body of an action: the dossier's version the actor read, and the note. */
	public static Map<String, Object> actionBody(int version, String note) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("version", version);
		body.put("note", note);
		return body;
	}

	/** Posts JSON to the API as {@code user} (HTTP Basic, the fixture's password), checks the status, reads the answer. */
	public static JsonNode postJson(MockMvcTester mvc, JsonMapper json, String user, String uri, Object body,
			int status) {
		MvcTestResult result = mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)).with(httpBasic(user, PASSWORD)).exchange();
		assertThat(result).hasStatus(status);
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	/** Receives a dossier of {@link #PROCEDURE} at commune A over the API as {@code user}; the receipt answered. */
	public JsonNode receiveAtCommuneA(MockMvcTester mvc, JsonMapper json, String user, String channel,
			String idNumber) {
		return postJson(mvc, json, user, "/api/dossiers",
				receipt(PROCEDURE, communeA, channel, idNumber, "to-khai.pdf", PDF), 201);
	}

	/**
	 * Runs the deadline-warning job as of {@code at}; while the scheduled run (every few minutes in the
	 * shared test context) holds the job's lock a run does nothing, so this tries again until it ran.
	 */
	public static org.thongsuot.dossiers.internal.DeadlineWarnings.Run runWarnings(
			org.thongsuot.dossiers.internal.DeadlineWarnings warnings, java.time.Instant at) {
		long until = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (true) {
			var run = warnings.run(at);
			if (run.locked() || System.nanoTime() > until) {
				return run;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return run;
			}
		}
	}
}
