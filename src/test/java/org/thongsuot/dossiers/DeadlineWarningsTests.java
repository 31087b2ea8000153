package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.internal.DeadlineWarnings;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.units.Units;

/**
 * The deadline job flags a dossier's step and appointment before and after they run out, once each,
 * and tells the officials holding the current step in the application and by email. The job is run
 * here at chosen instants rather than waiting for the clock.
 */
@IntegrationTest
class DeadlineWarningsTests {

	@Autowired
	DeadlineWarnings warnings;

	@Autowired
	Notices notices;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Officials officials;

	@Autowired
	GreenMail mail;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;
	CurrentUser receiver;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
		officials.setEmail("recv-a", "recv-a@xa-a.example.vn");
		receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
	}

	DossierView received() {
		return dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA, SubmissionChannel.COUNTER,
				new Applicant("Phan Văn Cảnh", "068075004321", null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))), receiver, null)
				.dossier();
	}

	static Instant at(LocalDateTime local, long plusMinutes) {
		return local.plusMinutes(plusMinutes).atZone(Units.ZONE).toInstant();
	}

	List<Notice> noticesAbout(String username, String code) {
		CurrentUser user = new CurrentUser(username, AccountKind.OFFICIAL, null, Set.of());
		return notices.list(user, false, 500).stream().filter(n -> n.dossierCode().equals(code)).toList();
	}

	List<String> subjectsAbout(String code) throws Exception {
		List<String> subjects = new java.util.ArrayList<>();
		for (MimeMessage m : mail.getReceivedMessages()) {
			if (m.getSubject().contains(code)) {
				subjects.add(m.getSubject());
			}
		}
		return subjects;
	}

	@Test
	void aStepIsFlaggedDueSoonThenOverdueOnceEachAndItsHoldersAreToldInTheAppAndByEmail() throws Exception {
		DossierView d = received();

		// At receipt nothing is near: the receiving step has half a day (threshold: a quarter of a day).
		DossierFixture.runWarnings(warnings, at(d.stepDueAt(), -200));
		assertThat(noticesAbout("recv-a", d.code())).isEmpty();

		DossierFixture.runWarnings(warnings, at(d.stepDueAt(), -1));
		DossierFixture.runWarnings(warnings, at(d.stepDueAt(), -1));
		assertThat(noticesAbout("recv-a", d.code())).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo("DUE_SOON");
			assertThat(n.stepName()).isEqualTo("Tiếp nhận");
			assertThat(n.dueAt()).isEqualTo(d.stepDueAt());
			assertThat(n.read()).isFalse();
			assertThat(n.emailStatus()).isEqualTo("SENT");
		});

		DossierFixture.runWarnings(warnings, at(d.stepDueAt(), 1));
		DossierFixture.runWarnings(warnings, at(d.stepDueAt(), 1));
		assertThat(noticesAbout("recv-a", d.code())).extracting(Notice::kind, Notice::stepName)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("DUE_SOON", "Tiếp nhận"),
						org.assertj.core.groups.Tuple.tuple("OVERDUE", "Tiếp nhận"));
		assertThat(noticesAbout("spec-a", d.code())).as("not the specialist's step yet").isEmpty();
		assertThat(noticesAbout("recv-b", d.code())).as("another commune").isEmpty();
		assertThat(subjectsAbout(d.code())).hasSize(2).allMatch(s -> s.contains("Tiếp nhận"));
	}

	@Test
	void theAppointmentIsFlaggedOnceOverdueAndAnOfficialWithoutEmailStillGetsTheNotice() throws Exception {
		DossierView d = received();
		CurrentUser receiverAgain = receiver;
		dossiers.act(d.code(), DossierAction.FORWARD, new ActionRequest(0, null, List.of()), receiverAgain);
		DossierView atSpecialist = dossiers.get(d.code(), null, receiver);

		DossierFixture.runWarnings(warnings, at(d.dueAt(), 5));
		DossierFixture.runWarnings(warnings, at(d.dueAt(), 5));

		List<Notice> specialist = noticesAbout("spec-a", d.code());
		assertThat(specialist).extracting(Notice::kind, Notice::wholeDossier).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("OVERDUE", true), org.assertj.core.groups.Tuple.tuple("OVERDUE", false));
		assertThat(specialist).allMatch(n -> n.emailStatus().equals("NO_ADDRESS"));
		assertThat(specialist).filteredOn(Notice::wholeDossier).singleElement()
				.satisfies(n -> assertThat(n.dueAt()).isEqualTo(d.dueAt()));
		assertThat(specialist).filteredOn(n -> !n.wholeDossier()).singleElement()
				.satisfies(n -> assertThat(n.dueAt()).isEqualTo(atSpecialist.stepDueAt()));
		assertThat(noticesAbout("recv-a", d.code())).as("the receiver's step is over").isEmpty();
		assertThat(subjectsAbout(d.code())).isEmpty();
	}

	@Test
	void aDossierWaitingForASupplementIsNotFlagged() {
		DossierView d = received();
		dossiers.act(d.code(), DossierAction.REQUEST_SUPPLEMENT, new ActionRequest(0, "Thiếu bản sao giấy khai sinh",
				List.of()), receiver);

		DossierFixture.runWarnings(warnings, at(d.dueAt(), 60));

		assertThat(noticesAbout("recv-a", d.code())).isEmpty();
	}

	@Test
	void whileAnotherNodeHoldsTheJobsLockARunDoesNothing() {
		DossierView d = received();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('dossiers.deadline-warnings'))").query().singleValue();
			DeadlineWarnings.Run run = CompletableFuture.supplyAsync(() -> warnings.run(at(d.dueAt(), 60))).join();
			assertThat(run.locked()).isFalse();
			assertThat(run.alerts()).isZero();
		});
		assertThat(noticesAbout("recv-a", d.code())).isEmpty();
		assertThat(DossierFixture.runWarnings(warnings, at(d.dueAt(), 60)).locked()).isTrue();
		assertThat(noticesAbout("recv-a", d.code())).hasSize(2);
	}
}
