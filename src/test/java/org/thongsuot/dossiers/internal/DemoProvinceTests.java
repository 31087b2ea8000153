package org.thongsuot.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.ActionRequest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;
import org.thongsuot.units.AgencyKind;
import org.thongsuot.units.Level;
import org.thongsuot.units.Units;

/**
 * The demo setup (switched off for the suite by IntegrationTest) run by hand: officials of each role at
 * the province's and three communes' People's Committees and at the province's Public Administration
 * Centre, their passwords in an owner-only file, a commune procedure and a provincial one (received at the
 * centre) configured so that demo receivers can receive dossiers, and nothing created twice. The first
 * test runs the setup on the empty database and counts what it wrote; the others run it again (a restart).
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoProvinceTests {

	@Autowired
	Officials officials;

	@Autowired
	Agencies agencies;

	@Autowired
	Units units;

	@Autowired
	Procedures procedures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void theProductionProfileCreatesNoDemoData() throws Exception {
		// The suite runs without the production profile: the demo runner is a bean (switched off by a property).
		assertThat(context.getBeansOfType(DemoProvince.class)).hasSize(1);
		// Under the production profile it is no bean at all, even if the property asked for the demo: nothing
		// of its dependencies is needed, so this small context (no database) starts without them.
		new org.springframework.boot.test.context.runner.ApplicationContextRunner()
				.withPropertyValues("spring.profiles.active=production", "thongsuot.dossiers.demo.enabled=true")
				.withUserConfiguration(DemoProvince.class)
				.run(production -> assertThat(production).hasNotFailed().doesNotHaveBean(DemoProvince.class));
		// The same small context without the profile fails for the missing dependencies: the profile is what
		// removes the runner.
		new org.springframework.boot.test.context.runner.ApplicationContextRunner()
				.withUserConfiguration(DemoProvince.class)
				.run(demo -> assertThat(demo).hasFailed());
		// The profile's own settings switch the demo setup and the demonstration banner off.
		var production = new org.springframework.boot.env.YamlPropertySourceLoader().load("production",
				new org.springframework.core.io.ClassPathResource("application-production.yml")).get(0);
		assertThat(String.valueOf(production.getProperty("thongsuot.dossiers.demo.enabled"))).isEqualTo("false");
		assertThat(String.valueOf(production.getProperty("thongsuot.platform.demo"))).isEqualTo("false");
	}

	@Test
	@Order(1)
	void theDemoProvinceHasOfficialsOfEveryRoleAndAProcedureToReceive() throws Exception {
		Path logins = Path.of("target", "demo-test", "demo-logins.txt");
		Files.deleteIfExists(logins);
		DossiersProperties properties = new DossiersProperties("target/test-blobs", DataSize.ofMegabytes(10),
				new DossiersProperties.Demo(true, logins.toString()), null);
		DemoProvince demo = new DemoProvince(properties, officials, agencies, units, procedures);

		demo.run(null);

		List<String> lines = Files.readAllLines(logins).stream().filter(l -> !l.startsWith("#")).toList();
		// Province (4), three communes (3 each), the centre (4), the citizen.
		assertThat(lines).hasSize(4 + 3 * 3 + 4 + 1);
		assertThat(Files.getPosixFilePermissions(logins)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(officials.displayName("demo.xa1.tiepnhan")).get().asString().endsWith("(demo)");
		List<Grant> grants = officials.grants("demo.xa1.tiepnhan");
		assertThat(grants).singleElement().satisfies(g -> assertThat(g.role()).isEqualTo(Role.RECEIVER));
		assertThat(procedures.inForce(DemoProvince.PROCEDURE, null, "code").configured()).isTrue();
		assertThat(procedures.inForce(DemoProvince.PROCEDURE, null, "code").effectiveComponents())
				.filteredOn(c -> c.required()).hasSize(2);

		long commune = grants.get(0).agencyId();
		CurrentUser receiver = new CurrentUser("demo.xa1.tiepnhan", AccountKind.OFFICIAL, null, Set.copyOf(grants));
		List<ComponentFile> files = procedures.inForce(DemoProvince.PROCEDURE, null, "code").effectiveComponents()
				.stream().filter(c -> c.required()).distinct()
				.map(c -> new ComponentFile(c.name(), "giay-to.pdf", DossierFixture.PDF)).toList();
		var receipt = dossiers.receive(new ReceiptRequest(DemoProvince.PROCEDURE, null, SubmissionChannel.COUNTER,
				new Applicant("Nguyễn Văn Demo", "068090000001", null),
				files), receiver, null);
		assertThat(receipt.dossier().status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(receipt.dossier().agencyId()).isEqualTo(commune);

		Files.delete(logins);
		demo.run(null);
		assertThat(logins).doesNotExist();
	}

	@Test
	@Order(2)
	void theProvincialCentreIsARealAgencyWithoutACodeAndHasDemoOfficialsOfEachRole() throws Exception {
		DemoProvince demo = demo();
		demo.run(null);

		Agency centre = demo.centre().orElseThrow();
		Agency province = agencies.peoplesCommittee(Level.PROVINCE, DemoProvince.PROVINCE, null).orElseThrow();
		assertThat(centre.kind()).isEqualTo(AgencyKind.PUBLIC_ADMINISTRATION_CENTRE);
		assertThat(centre.name()).isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng").doesNotContain("demo");
		assertThat(centre.unit()).isEqualTo(new Agency.UnitRef(Level.PROVINCE, "68"));
		assertThat(centre.parentId()).isEqualTo(province.id());
		assertThat(centre.validFrom()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
		// No code is known here: none is made up, and its dossiers carry the provisional X<id> prefix.
		assertThat(centre.code()).isNull();
		for (String user : List.of("tiepnhan", "chuyenvien", "lanhdao", "quantri")) {
			assertThat(officials.displayName("demo.ttphvhcc." + user)).get().asString().endsWith("(demo)");
		}
		assertThat(List.of("tiepnhan", "chuyenvien", "lanhdao", "quantri").stream()
				.flatMap(user -> officials.grants("demo.ttphvhcc." + user).stream()).toList())
				.extracting(Grant::role, Grant::agencyId)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Role.RECEIVER, centre.id()),
						org.assertj.core.groups.Tuple.tuple(Role.SPECIALIST, centre.id()),
						org.assertj.core.groups.Tuple.tuple(Role.LEADER, centre.id()),
						org.assertj.core.groups.Tuple.tuple(Role.ADMIN, centre.id()));
		// A restart finds the centre and registers no second one.
		demo.run(null);
		assertThat(agencies.list("68", Level.PROVINCE, null, "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng",
				AgencyKind.PUBLIC_ADMINISTRATION_CENTRE, 50)).filteredOn(a -> a.name().equals(centre.name())).hasSize(1);
	}

	@Test
	@Order(3)
	void aProvincialDossierIsReceivedAtTheCentreAndGoesOnToTheProvincesCommittee() throws Exception {
		DemoProvince demo = demo();
		demo.run(null);
		Agency centre = demo.centre().orElseThrow();
		Agency province = agencies.peoplesCommittee(Level.PROVINCE, DemoProvince.PROVINCE, null).orElseThrow();
		assertThat(procedures.inForce(DemoProvince.PROVINCIAL_PROCEDURE, null, "code").configured()).isTrue();

		var receipt = dossiers.receive(provincialDossier(), user(DemoProvince.CENTRE_RECEIVER), null);

		assertThat(receipt.dossier().status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(receipt.dossier().agencyId()).isEqualTo(centre.id());
		assertThat(receipt.dossier().code()).startsWith("X" + centre.id() + "-");
		assertThat(receipt.dossier().steps()).extracting(s -> s.role(), s -> s.agencyId()).containsExactly(
				org.assertj.core.groups.Tuple.tuple("RECEIVER", centre.id()),
				org.assertj.core.groups.Tuple.tuple("SPECIALIST", province.id()),
				org.assertj.core.groups.Tuple.tuple("LEADER", province.id()));
		String code = receipt.dossier().code();
		dossiers.act(code, DossierAction.FORWARD, new ActionRequest(0, null, null), user(DemoProvince.CENTRE_RECEIVER));
		dossiers.act(code, DossierAction.FORWARD, new ActionRequest(1, null, null), user("demo.tinh.chuyenvien"));
		var approved = dossiers.act(code, DossierAction.APPROVE, new ActionRequest(2, null, null), user("demo.tinh.lanhdao"));
		assertThat(approved.history()).extracting(e -> e.actor())
				.containsSubsequence(DemoProvince.CENTRE_RECEIVER, "demo.tinh.chuyenvien", "demo.tinh.lanhdao");
	}

	@Test
	@Order(4)
	void eachLevelIsReceivedOnlyWhereItBelongsAndARefusalNamesTheRightPlace() throws Exception {
		DemoProvince demo = demo();
		demo.run(null);
		Agency centre = demo.centre().orElseThrow();

		// A commune procedure at the provincial centre: refused, naming the commune's People's Committee.
		List<ComponentFile> communeFiles = procedures.inForce(DemoProvince.PROCEDURE, null, "code").effectiveComponents()
				.stream().filter(c -> c.required()).distinct()
				.map(c -> new ComponentFile(c.name(), "giay-to.pdf", DossierFixture.PDF)).toList();
		ReceiptRequest commune = new ReceiptRequest(DemoProvince.PROCEDURE, null, SubmissionChannel.COUNTER,
				new Applicant("Nguyễn Văn Demo", "068090000001", null), communeFiles);
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
				() -> dossiers.receive(commune, user(DemoProvince.CENTRE_RECEIVER), null)))
				.satisfies(e -> {
					assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_WRONG_AGENCY);
					assertThat(e.parameter()).isEqualTo("agencyId");
					// agency refused, level, receiving points named, "the commune of submission"
					assertThat(e.getDetailMessageArguments()).contains(centre.name(), "Cấp xã", 1);
				});
		// A provincial procedure at a commune: refused, naming the centre.
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
				() -> dossiers.receive(provincialDossier(), user("demo.xa1.tiepnhan"), null)))
				.satisfies(e -> {
					assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_WRONG_AGENCY);
					assertThat(e.getDetailMessageArguments()).contains("Cấp tỉnh", centre.name(), 0);
				});
	}

	private DemoProvince demo() {
		Path logins = Path.of("target", "demo-test", "demo-logins-again.txt");
		DossiersProperties properties = new DossiersProperties("target/test-blobs", DataSize.ofMegabytes(10),
				new DossiersProperties.Demo(true, logins.toString()), null);
		return new DemoProvince(properties, officials, agencies, units, procedures);
	}

	private CurrentUser user(String username) {
		return new CurrentUser(username, AccountKind.OFFICIAL, null, Set.copyOf(officials.grants(username)));
	}

	private ReceiptRequest provincialDossier() {
		List<ComponentFile> files = procedures.inForce(DemoProvince.PROVINCIAL_PROCEDURE, null, "code")
				.effectiveComponents().stream().filter(c -> c.required()).distinct()
				.map(c -> new ComponentFile(c.name(), "giay-to.pdf", DossierFixture.PDF)).toList();
		return new ReceiptRequest(DemoProvince.PROVINCIAL_PROCEDURE, null, SubmissionChannel.COUNTER,
				new Applicant("Trần Thị Demo", "068190000002", null), files);
	}
}
