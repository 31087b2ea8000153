package bench.flowable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.thongsuot.ThongSuotApplication;
import org.thongsuot.dossiers.ActionRequest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
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

/**
 * Our platform's side: the packaged application started in this JVM (Spring context, its connection pool,
 * its outbox and audit trail, web server idle on a free port) and the dossier life driven through the
 * {@code dossiers} module's public facade, as the REST controllers drive it, minus HTTP: receipt at the
 * counter with the applicant and one small PDF (stored durably in the blob store), the receiver forwards,
 * the specialist forwards, the leader approves, the receiver returns the result. Five transactions, each
 * with its history row, its domain event in the outbox and its audit entry. The application's settings
 * (database, blob directory) come as system properties from {@code bench/flowable.sh}.
 */
public final class OurPlatform {

	static final String PROCEDURE = OurPlatformCodes.PROCEDURE;
	static final String COMPONENT = "Tờ khai";

	private OurPlatform() {
	}

	public static void main(String[] args) throws Exception {
		Lives.Settings settings = null;
		try {
			settings = Lives.Settings.parse(args);
		}
		catch (RuntimeException e) {
			Lives.failUsage("ours", e);
		}
		ConfigurableApplicationContext context = SpringApplication.run(ThongSuotApplication.class);
		try {
			Procedures procedures = context.getBean(Procedures.class);
			publish(procedures);
			List<Agency> communes = context.getBean(Agencies.class)
					.list(null, Level.COMMUNE, null, null, AgencyKind.PEOPLES_COMMITTEE, 64);
			if (communes.isEmpty()) {
				throw new IllegalStateException("no commune People's Committees in the registry");
			}
			Dossiers dossiers = context.getBean(Dossiers.class);
			Officers[] officers = communes.stream().map(a -> new Officers(a.id())).toArray(Officers[]::new);
			Lives.run("ours", settings, (thread, sequence) -> life(dossiers, officers[(int) (sequence % officers.length)],
					sequence), context.getBean(DataSource.class));
		}
		finally {
			context.close();
		}
	}

	/** The three officials of one commune's People's Committee, as login would describe them. */
	record Officers(long agency, CurrentUser receiver, CurrentUser specialist, CurrentUser leader) {
		Officers(long agency) {
			this(agency, official("bench.tiepnhan." + agency, Role.RECEIVER, agency),
					official("bench.chuyenvien." + agency, Role.SPECIALIST, agency),
					official("bench.lanhdao." + agency, Role.LEADER, agency));
		}

		private static CurrentUser official(String name, Role role, long agency) {
			return new CurrentUser(name, AccountKind.OFFICIAL, null, Set.of(Grant.of(role, agency)));
		}
	}

	static void life(Dossiers dossiers, Officers at, long sequence) {
		ReceiptRequest request = new ReceiptRequest(PROCEDURE, at.agency(), SubmissionChannel.COUNTER,
				new Applicant("Nguyễn Thị Thử " + sequence, Lives.idNumber(sequence), "0912345678"),
				List.of(new ComponentFile(COMPONENT, "to-khai.pdf", Lives.pdf(sequence))));
		DossierView dossier = dossiers.receive(request, at.receiver(), null).dossier();
		String code = dossier.code();
		dossier = dossiers.act(code, DossierAction.FORWARD, new ActionRequest(dossier.version(), null, null), at.receiver());
		dossier = dossiers.act(code, DossierAction.FORWARD, new ActionRequest(dossier.version(), null, null), at.specialist());
		dossier = dossiers.act(code, DossierAction.APPROVE, new ActionRequest(dossier.version(), null, null), at.leader());
		dossier = dossiers.act(code, DossierAction.RETURN_RESULT, new ActionRequest(dossier.version(), null, null),
				at.receiver());
		if (dossier.status() != DossierStatus.RESULT_RETURNED) {
			throw new IllegalStateException(code + " ended as " + dossier.status());
		}
	}

	/**
	 * A commune procedure received by the commune of submission, three steps (receiver ½ day, specialist 2
	 * days, leader ½ day), one required paper: the shape of the demo procedure, under a benchmark code.
	 */
	private static void publish(Procedures procedures) {
		String csv = "code,name,ministry,field,implementing_levels,procedure_type,decision_no,target_subjects,"
				+ "competent_authority,implementing_agency,min_time_value,time_unit,fee_summary,detail_url,submission_raw\n"
				+ PROCEDURE + ",Thủ tục đo hiệu năng (benchmark),Bộ Tư pháp,Đo hiệu năng,\"Cấp xã\",,1/QĐ-BENCH,"
				+ "Công dân Việt Nam,,,3,Ngày làm việc,Miễn phí,,\n";
		String channels = "code,channel,time_value,time_unit,fee,description\n" + PROCEDURE
				+ ",Trực tiếp,3,Ngày làm việc,Miễn phí,\n";
		String full = "{\"ma_thu_tuc\":\"" + PROCEDURE + "\"}\n";
		procedures.importCatalogue(new CatalogueFiles("bench", utf8(csv), utf8(channels), utf8(full)), null, "bench", true);
		AgencyRef commune = AgencyRef.COMMUNE_OF_SUBMISSION;
		List<ProcessStep> steps = List.of(new ProcessStep("Tiếp nhận hồ sơ", Role.RECEIVER, commune, new BigDecimal("0.5")),
				new ProcessStep("Thẩm định", Role.SPECIALIST, commune, new BigDecimal("2")),
				new ProcessStep("Phê duyệt", Role.LEADER, commune, new BigDecimal("0.5")));
		procedures.configure(PROCEDURE, new ProvinceConfiguration(ProcedureLevel.COMMUNE, commune, List.of(commune),
				new BigDecimal("3"), TimeUnit.WORKING_DAYS, List.of(new Fee("Lệ phí", 0, "bench")),
				List.of(new DossierComponent("", COMPONENT, "", "1 bản chính", true)), OnlineLevel.FULL, steps), "bench");
		procedures.publish(PROCEDURE, null, "bench");
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
