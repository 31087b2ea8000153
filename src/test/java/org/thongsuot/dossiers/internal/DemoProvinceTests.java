package org.thongsuot.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
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
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Units;

/**
 * The demo setup (switched off for the suite by IntegrationTest) run by hand: officials of each role at
 * the province's and three communes' People's Committees, their passwords in an owner-only file, the demo
 * procedure configured so that a demo receiver can receive a dossier, and nothing created twice.
 */
@IntegrationTest
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
	void theDemoProvinceHasOfficialsOfEveryRoleAndAProcedureToReceive() throws Exception {
		Path logins = Path.of("target", "demo-test", "demo-logins.txt");
		Files.deleteIfExists(logins);
		DossiersProperties properties = new DossiersProperties("target/test-blobs", DataSize.ofMegabytes(10),
				new DossiersProperties.Demo(true, logins.toString()), null);
		DemoProvince demo = new DemoProvince(properties, officials, agencies, units, procedures);

		demo.run(null);

		List<String> lines = Files.readAllLines(logins).stream().filter(l -> !l.startsWith("#")).toList();
		assertThat(lines).hasSize(4 + 3 * 3 + 1);
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
}
