package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.Fee;
import org.thongsuot.procedures.OnlineLevel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.TimeUnit;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.AgencyRegistration;
import org.thongsuot.units.Level;
import org.thongsuot.units.Unit;
import org.thongsuot.units.Units;
import org.thongsuot.platform.PrivateFiles;

/**
 * A demonstration of one-stop handling for the new Lâm Đồng (province 68), created at the first start
 * of a demo installation (never in the {@code production} profile, and only while
 * {@code thongsuot.dossiers.demo.enabled}): officials of every role at the People's Committees of the
 * province and of its first three communes (existing registry agencies, no codes given), a citizen, and
 * the province's configuration of one commune procedure ("đăng ký giám hộ", 1.004837) so that dossiers
 * can be received. Then the province's Public Administration Centre (Trung tâm Phục vụ hành chính công, the
 * one-stop department of the provincial level), registered in the agency registry without a code, with
 * officials of each role, as the receiving point of one provincial procedure ("cấp thẻ tư vấn viên pháp
 * luật", 1.000426) whose later steps belong to the province's People's Committee. Every account's display
 * name says "(demo)"; the centre is not demo data. The generated passwords are printed once in the log and
 * written to {@code thongsuot.dossiers.demo.logins-file}, readable by the owner only. Each part is created
 * only if missing, so a restart creates nothing and an older demo gains the centre at its next start.
 */
@Component
@Profile("!production")
@Order(100)
class DemoProvince implements ApplicationRunner {

	static final String PROVINCE = "68";
	static final String PROCEDURE = "1.004837";
	static final String MARKER = "demo.tinh.tiepnhan";
	/** A provincial procedure of the national catalogue: "Cấp thẻ tư vấn viên pháp luật" (Sở Tư pháp, 5 working days). */
	static final String PROVINCIAL_PROCEDURE = "1.000426";
	static final String CENTRE_RECEIVER = "demo.ttphvhcc.tiepnhan";
	/**
	 * The provincial one-stop centre's name in the form provinces use ("Trung tâm Phục vụ hành chính công tỉnh
	 * Thanh Hóa", Decision 128/2025/QĐ-UBND; Kiên Giang's, Decision 2468/QĐ-UBND of 2018). The decision that set
	 * up the new Lâm Đồng's centre was not found from here: see docs/dossiers.md, "Demo setup".
	 */
	static final String CENTRE_NAME = "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng";
	static final String CENTRE_NAME_EN = "Public Administration Service Centre of Lam Dong Province";

	private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

	private final DossiersProperties.Demo settings;
	private final Officials officials;
	private final Agencies agencies;
	private final Units units;
	private final Procedures procedures;

	DemoProvince(DossiersProperties properties, Officials officials, Agencies agencies, Units units,
			Procedures procedures) {
		this.settings = properties.demo();
		this.officials = officials;
		this.agencies = agencies;
		this.units = units;
		this.procedures = procedures;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!settings.enabled()) {
			return;
		}
		boolean firstStart = officials.displayName(MARKER).isEmpty();
		if (firstStart) {
			agencies.createPeoplesCommittees();
		}
		Agency province = agencies.peoplesCommittee(Level.PROVINCE, PROVINCE, null).orElse(null);
		if (province == null) {
			log.warn("Demo setup skipped: no People's Committee of province {} in the registry", PROVINCE);
			return;
		}
		List<String> logins = new ArrayList<>();
		if (firstStart) {
			communesAndProvince(logins, province);
		}
		// The centre has its own check, so an installation whose demo was set up before the centre existed
		// gets it at its next start; once there, nothing is created again.
		centre(logins, province);
		write(logins);
	}

	/** Officials of the province's and three communes' committees, the citizen and the commune procedure. */
	private void communesAndProvince(List<String> logins, Agency province) {
		account(logins, MARKER, "Tiếp nhận, " + province.name(), Grant.of(Role.RECEIVER, province.id()));
		account(logins, "demo.tinh.chuyenvien", "Chuyên viên, " + province.name(), Grant.of(Role.SPECIALIST, province.id()));
		account(logins, "demo.tinh.lanhdao", "Lãnh đạo, " + province.name(), Grant.of(Role.LEADER, province.id()));
		account(logins, "demo.tinh.quantri", "Quản trị, " + province.name(), Grant.of(Role.ADMIN, province.id()));
		List<Unit> communes = units.children(Level.PROVINCE, PROVINCE, null).stream().limit(3).toList();
		int n = 0;
		for (Unit commune : communes) {
			Agency committee = agencies.peoplesCommittee(Level.COMMUNE, commune.code(), null).orElse(null);
			if (committee == null) {
				continue;
			}
			n++;
			String prefix = "demo.xa" + n + ".";
			account(logins, prefix + "tiepnhan", "Tiếp nhận, " + committee.name(), Grant.of(Role.RECEIVER, committee.id()));
			account(logins, prefix + "chuyenvien", "Chuyên viên, " + committee.name(), Grant.of(Role.SPECIALIST, committee.id()));
			account(logins, prefix + "lanhdao", "Lãnh đạo, " + committee.name(), Grant.of(Role.LEADER, committee.id()));
		}
		String password = password();
		if (officials.createCitizen("demo.congdan", password, "Nguyễn Văn Demo (demo)", "068090000001")) {
			logins.add("demo.congdan\t" + password + "\tcông dân / citizen 068090000001");
		}
		configureProcedure();
	}

	/**
	 * The province's Public Administration Centre (registered if the registry has none, without a code:
	 * none is known here, so its dossiers carry the provisional prefix {@code X<id>}), its officials (the
	 * one-stop receiver, and a specialist, a leader and an administrator, so that each role can be tried at
	 * the centre), and the provincial procedure it receives.
	 */
	private void centre(List<String> logins, Agency province) {
		Agency centre = centre().orElse(null);
		if (centre == null) {
			try {
				LocalDate from = units.get(Level.PROVINCE, PROVINCE, null).validFrom();
				centre = agencies.register(new AgencyRegistration(CENTRE_NAME, CENTRE_NAME_EN,
						AgencyKind.PUBLIC_ADMINISTRATION_CENTRE, Level.PROVINCE, PROVINCE, province.id(), null, from,
						null), "demo");
			}
			catch (RuntimeException e) {
				log.warn("Demo setup: the Public Administration Centre of province {} could not be registered: {}",
						PROVINCE, e.getMessage());
				return;
			}
		}
		account(logins, CENTRE_RECEIVER, "Tiếp nhận, " + centre.name(), Grant.of(Role.RECEIVER, centre.id()));
		account(logins, "demo.ttphvhcc.chuyenvien", "Chuyên viên, " + centre.name(), Grant.of(Role.SPECIALIST, centre.id()));
		account(logins, "demo.ttphvhcc.lanhdao", "Lãnh đạo, " + centre.name(), Grant.of(Role.LEADER, centre.id()));
		account(logins, "demo.ttphvhcc.quantri", "Quản trị, " + centre.name(), Grant.of(Role.ADMIN, centre.id()));
		configureProvincialProcedure(province, centre);
	}

	private void account(List<String> logins, String username, String name, Grant grant) {
		String password = password();
		if (officials.createOfficial(username, password, name + " (demo)", List.of(grant))) {
			logins.add(username + "\t" + password + "\t" + grant.role() + " @ " + name);
		}
	}

	/** Gives the demo procedure a configuration if it has none: receiver ½ day, specialist 2, leader ½. */
	private void configureProcedure() {
		ProcedureVersion version = procedures.findInForce(PROCEDURE, null).orElse(null);
		if (version == null || version.configured() || procedures.draft(PROCEDURE).isPresent()) {
			return;
		}
		AgencyRef commune = AgencyRef.COMMUNE_OF_SUBMISSION;
		// The catalogue's parsed list mixes alternatives (online or at the counter) and notes; the demo names
		// the papers a counter receipt needs.
		List<DossierComponent> components = List.of(
				new DossierComponent("", "Tờ khai đăng ký giám hộ", "", "1 bản chính", true),
				new DossierComponent("", "Giấy tờ chứng minh điều kiện giám hộ", "", "1 bản sao", true),
				new DossierComponent("", "Văn bản ủy quyền", "", "1 bản chính", false));
		List<ProcessStep> steps = List.of(new ProcessStep("Tiếp nhận hồ sơ", Role.RECEIVER, commune, new BigDecimal("0.5")),
				new ProcessStep("Thẩm định", Role.SPECIALIST, commune, new BigDecimal("2")),
				new ProcessStep("Phê duyệt", Role.LEADER, commune, new BigDecimal("0.5")));
		try {
			procedures.configure(PROCEDURE, new ProvinceConfiguration(ProcedureLevel.COMMUNE, commune, List.of(commune),
					new BigDecimal("3"), TimeUnit.WORKING_DAYS, List.of(new Fee("Lệ phí", 0, "demo")), components,
					OnlineLevel.FULL, steps), "demo");
			procedures.publish(PROCEDURE, null, "demo");
		}
		catch (RuntimeException e) {
			log.warn("Demo setup: procedure {} could not be configured: {}", PROCEDURE, e.getMessage());
		}
	}

	/** The centre of that name in the province today, if the registry has it (case aside). */
	Optional<Agency> centre() {
		return agencies.list(PROVINCE, Level.PROVINCE, null, CENTRE_NAME, AgencyKind.PUBLIC_ADMINISTRATION_CENTRE, 10)
				.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).equals(CENTRE_NAME.toLowerCase(Locale.ROOT)))
				.findFirst();
	}

	/**
	 * Gives the provincial demo procedure a configuration if it has none: received at the centre (its only
	 * receiving point), examined and decided at the province's People's Committee. The catalogue names the
	 * Department of Justice (Sở Tư pháp) as the agency that carries it out; the demo has no department, so
	 * the committee's demo officials take those steps. Papers and time as the catalogue gives them (5
	 * working days, free).
	 */
	private void configureProvincialProcedure(Agency province, Agency centre) {
		ProcedureVersion version = procedures.findInForce(PROVINCIAL_PROCEDURE, null).orElse(null);
		if (version == null || version.configured() || procedures.draft(PROVINCIAL_PROCEDURE).isPresent()) {
			return;
		}
		AgencyRef atCentre = new AgencyRef(centre.id(), null, centre.name());
		AgencyRef committee = new AgencyRef(province.id(), null, province.name());
		List<DossierComponent> components = List.of(
				new DossierComponent("", "Giấy đề nghị cấp Thẻ tư vấn viên pháp luật", "Mẫu TP-TVPL-05-sđ", "1 bản chính", true),
				new DossierComponent("", "Giấy xác nhận về thời gian công tác pháp luật", "", "1 bản chính", true),
				new DossierComponent("", "Bản sao Bằng cử nhân luật", "", "1 bản sao", true));
		List<ProcessStep> steps = List.of(new ProcessStep("Tiếp nhận hồ sơ", Role.RECEIVER, atCentre, new BigDecimal("0.5")),
				new ProcessStep("Thẩm định", Role.SPECIALIST, committee, new BigDecimal("4")),
				new ProcessStep("Phê duyệt", Role.LEADER, committee, new BigDecimal("0.5")));
		try {
			procedures.configure(PROVINCIAL_PROCEDURE, new ProvinceConfiguration(ProcedureLevel.PROVINCE, committee,
					List.of(atCentre), new BigDecimal("5"), TimeUnit.WORKING_DAYS, List.of(new Fee("Lệ phí", 0, "demo")),
					components, OnlineLevel.FULL, steps), "demo");
			procedures.publish(PROVINCIAL_PROCEDURE, null, "demo");
		}
		catch (RuntimeException e) {
			log.warn("Demo setup: procedure {} could not be configured: {}", PROVINCIAL_PROCEDURE, e.getMessage());
		}
	}

	private void write(List<String> logins) throws IOException {
		if (logins.isEmpty()) {
			return;
		}
		Path file = Path.of(settings.loginsFile()).toAbsolutePath();
		Files.createDirectories(file.getParent());
		String text = String.join("\n", logins) + "\n";
		if (Files.exists(file)) {
			// A later start that adds accounts (the centre's, on an older demo) keeps the logins written before.
			Files.writeString(file, text, StandardOpenOption.APPEND);
		}
		else {
			Files.writeString(file, "# Demo logins (Lâm Đồng, demo data only)\n" + text);
		}
		if (!PrivateFiles.restrictToOwner(file)) {
			log.debug("Could not restrict {} to its owner", file);
		}
		log.warn("Created {} demo accounts (also in {}); demo procedures {} (commune) and {} (province, received at the "
				+ "Public Administration Centre):\n{}", logins.size(), file, PROCEDURE, PROVINCIAL_PROCEDURE, text);
	}

	private static String password() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
