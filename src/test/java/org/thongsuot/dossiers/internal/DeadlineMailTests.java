package org.thongsuot.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.IntegrationTest;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.Notice;
import org.thongsuot.dossiers.Notices;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.units.Units;

/**
 * Mail never fails the job: without a mail server the notice records it, and a server that refuses
 * marks the notice FAILED with its reason. The job is assembled here with those mail senders (the
 * shared test context's sender is GreenMail, which accepts everything).
 */
@IntegrationTest
class DeadlineMailTests {

	@Autowired
	NoticeRepository repository;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Officials officials;

	@Autowired
	WarningProperties properties;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Notices notices;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;
	CurrentUser receiver;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
		officials.setEmail("recv-b", "recv-b@xa-b.example.vn");
		receiver = DossierFixture.official("recv-b", Role.RECEIVER, fixture.communeB);
	}

	DeadlineWarnings job(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				sender == null ? Map.of() : Map.of("mailSender", sender));
		return new DeadlineWarnings(repository, calendar, officials, properties,
				beans.getBeanProvider(JavaMailSender.class), messages, events, transactions);
	}

	DossierView received() {
		return dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeB, SubmissionChannel.COUNTER,
				new Applicant("Đinh Văn Phúc", "068079005555", null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))), receiver, null)
				.dossier();
	}

	List<Notice> about(String code) {
		return notices.list(receiver, false, 500).stream().filter(n -> n.dossierCode().equals(code)).toList();
	}

	static Instant after(java.time.LocalDateTime due) {
		return due.plusMinutes(1).atZone(Units.ZONE).toInstant();
	}

	@Test
	void withoutAMailServerTheNoticeSaysNoMailServerIsConfigured() {
		DossierView d = received();

		DeadlineWarnings.Run run = DossierFixture.runWarnings(job(null), after(d.stepDueAt()));

		assertThat(run.locked()).isTrue();
		assertThat(about(d.code())).singleElement()
				.satisfies(n -> assertThat(n.emailStatus()).isEqualTo("NOT_CONFIGURED"));
	}

	@Test
	void aMailServerThatRefusesMarksTheNoticeFailedAndTheRunCompletes() {
		DossierView d = received();
		JavaMailSenderImpl refusing = new JavaMailSenderImpl() {
			@Override
			public void send(org.springframework.mail.SimpleMailMessage... messages) {
				throw new MailSendException("550 mailbox unavailable");
			}
		};

		DeadlineWarnings.Run run = DossierFixture.runWarnings(job(refusing), after(d.stepDueAt()));

		assertThat(run.alerts()).isPositive();
		assertThat(about(d.code())).singleElement().satisfies(n -> assertThat(n.emailStatus()).isEqualTo("FAILED"));
	}
}
