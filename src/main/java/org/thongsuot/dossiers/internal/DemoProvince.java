package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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
 * can be received. Every account's display name says "(demo)"; the generated passwords are printed once
 * in the log and written to {@code thongsuot.dossiers.demo.logins-file}, readable by the owner only.
 */
@Component
@Profile("!production")
@Order(100)
class DemoProvince implements ApplicationRunner {

	static final String PROVINCE = "68";
	static final String PROCEDURE = "1.004837";
	static final String MARKER = "demo.tinh.tiepnhan";

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
		if (!settings.enabled() || officials.displayName(MARKER).isPresent()) {
			return;
		}
		agencies.createPeoplesCommittees();
		List<String> logins = new ArrayList<>();
		Agency province = agencies.peoplesCommittee(Level.PROVINCE, PROVINCE, null).orElse(null);
		if (province == null) {
			log.warn("Demo setup skipped: no People's Committee of province {} in the registry", PROVINCE);
			return;
		}
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
		write(logins);
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

	private void write(List<String> logins) throws IOException {
		if (logins.isEmpty()) {
			return;
		}
		Path file = Path.of(settings.loginsFile()).toAbsolutePath();
		Files.createDirectories(file.getParent());
		String text = "# Demo logins (Lâm Đồng, demo data only)\n" + String.join("\n", logins) + "\n";
		Files.writeString(file, text);
		if (!PrivateFiles.restrictToOwner(file)) {
			log.debug("Could not restrict {} to its owner", file);
		}
		log.warn("Created {} demo accounts (also in {}); demo procedure {}:\n{}", logins.size(), file, PROCEDURE, text);
	}

	private static String password() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
