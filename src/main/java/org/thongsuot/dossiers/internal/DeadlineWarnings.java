package org.thongsuot.dossiers.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.dossiers.DossierDeadlineWarned;
import org.thongsuot.identity.OfficialContact;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;

/**
 * Flags dossiers before they run late and once they are late, and tells the officials who hold the
 * current step (its role at its agency): an in-app notice each, and an email when a mail server is
 * configured. Each alert is raised once per dossier, step, kind and deadline (a unique key in
 * {@code dossier_alert}), so reruns, restarts and several nodes never notify twice. Emails are an
 * outbox: notices are written as PENDING with the alert, and sent after the commit.
 */
@Service
public class DeadlineWarnings {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWarnings.class);
	static final String DUE_SOON = "DUE_SOON";
	static final String OVERDUE = "OVERDUE";
	private static final int BATCH = 500;

	private final NoticeRepository notices;
	private final WorkingCalendar calendar;
	private final Officials officials;
	private final WarningProperties properties;
	private final ObjectProvider<JavaMailSender> mail;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	DeadlineWarnings(NoticeRepository notices, WorkingCalendar calendar, Officials officials,
			WarningProperties properties, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.notices = notices;
		this.calendar = calendar;
		this.officials = officials;
		this.properties = properties;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * What one run did.
	 *
	 * @param locked false when another node was running the job (this run did nothing)
	 * @param alerts alerts raised
	 * @param notices notices written
	 * @param emailsSent emails the mail server accepted
	 */
	public record Run(boolean locked, int alerts, int notices, int emailsSent) {
	}

	/** One run at {@code now}: raise the alerts due, then send the emails waiting. */
	public Run run(Instant now) {
		Run raised = transactions.execute(status -> raise(now));
		int sent = sendPendingEmails(now);
		return new Run(raised.locked(), raised.alerts(), raised.notices(), sent);
	}

	/** The threshold of a step: {@link WarningProperties#before()}, at most half the step's share. */
	Duration stepThreshold(long shareMinutes) {
		Duration half = Duration.ofMinutes(shareMinutes / 2);
		return half.compareTo(properties.before()) < 0 ? half : properties.before();
	}

	/** Whether a deadline is overdue, due soon (within {@code threshold} of working time) or neither at {@code now}. */
	Optional<String> kind(LocalDateTime now, LocalDateTime due, Duration threshold) {
		if (due == null) {
			return Optional.empty();
		}
		if (due.isBefore(now)) {
			return Optional.of(OVERDUE);
		}
		return calendar.workingTimeBetween(now, due).compareTo(threshold) <= 0 ? Optional.of(DUE_SOON)
				: Optional.empty();
	}

	private Run raise(Instant now) {
		if (!notices.tryJobLock()) {
			return new Run(false, 0, 0, 0);
		}
		LocalDateTime local = LocalDateTime.ofInstant(now, calendar.zone());
		LocalDateTime horizon = calendar.addWorkingTime(local, properties.before());
		boolean mailConfigured = mail.getIfAvailable() != null;
		int alerts = 0;
		int written = 0;
		// Every candidate, page by page (a fixed first page would starve the dossiers after it).
		long after = 0;
		List<NoticeRepository.Candidate> page;
		do {
			page = notices.candidates(horizon, after, BATCH);
			for (NoticeRepository.Candidate c : page) {
				after = c.id();
				List<OfficialContact> holders = null;
				for (int step : new int[] { -1, c.step() }) {
					LocalDateTime due = step < 0 ? c.dueAt() : c.stepDueAt();
					Duration threshold = step < 0 ? properties.before() : stepThreshold(c.stepShareMinutes());
					Optional<String> kind = kind(local, due, threshold);
					if (kind.isEmpty()) {
						continue;
					}
					Optional<Long> alert = notices.raise(c.id(), step, kind.get(), due, now);
					if (alert.isEmpty()) {
						continue;
					}
					alerts++;
					if (holders == null) {
						holders = officials.holders(Role.valueOf(c.stepRole()), c.stepAgencyId());
					}
					List<String> recipients = new ArrayList<>();
					for (OfficialContact official : holders) {
						String emailStatus = official.email() == null ? "NO_ADDRESS" : mailConfigured ? "PENDING" : "NOT_CONFIGURED";
						notices.insertNotice(alert.get(), official.username(), kind.get(), c.code(),
								step < 0 ? null : c.stepName(), due, now, official.email(), emailStatus);
						recipients.add(official.username());
						written++;
					}
					events.publishEvent(new DossierDeadlineWarned(c.code(), step, kind.get(), due, recipients, now));
				}
			}
		}
		while (page.size() == BATCH);
		return new Run(true, alerts, written, 0);
	}

	/**
	 * Sends the pending emails (deadline warnings and notices to applicants) in batches, each batch in its
	 * own transaction; the number sent.
	 */
	public int sendPendingEmails(Instant now) {
		int sent = 0;
		for (int round = 0; round < 20; round++) {
			Integer batch = transactions.execute(status -> sendBatch(now));
			if (batch == null || batch < 0) {
				break;
			}
			sent += batch;
		}
		return sent;
	}

	/** One batch: the number sent, or -1 when nothing was pending. */
	private int sendBatch(Instant now) {
		List<NoticeRepository.PendingEmail> pending = notices.lockPendingEmails(50);
		if (pending.isEmpty()) {
			return -1;
		}
		JavaMailSender sender = mail.getIfAvailable();
		int sent = 0;
		for (NoticeRepository.PendingEmail e : pending) {
			if (sender == null) {
				notices.emailed(e.id(), "NOT_CONFIGURED", null, now);
				continue;
			}
			try {
				sender.send(message(e));
				notices.emailed(e.id(), "SENT", null, now);
				sent++;
			}
			catch (MailException ex) {
				// Never fail the job: the notice is in the application anyway; the note says why mail failed.
				log.warn("Notice email ({}) to {} failed: {}", e.kind(), e.email(), ex.getMessage());
				String note = String.valueOf(ex.getMessage());
				notices.emailed(e.id(), "FAILED", note.length() > 500 ? note.substring(0, 500) : note, now);
			}
		}
		return sent;
	}

	private SimpleMailMessage message(NoticeRepository.PendingEmail e) {
		SimpleMailMessage m = new SimpleMailMessage();
		m.setFrom(properties.from());
		m.setTo(e.email());
		String due = e.dueAt() == null ? "" : String.format("%1$tH:%1$tM %1$td/%1$tm/%1$tY", e.dueAt());
		// {3}: the official's note to an applicant (what to supply, the reasons); deadline warnings have none
		Object[] args = { e.dossierCode(), e.stepName() == null ? "" : e.stepName(), due,
				e.note() == null ? "" : e.note() };
		String scope = e.stepName() == null ? "dossier" : "step";
		Locale vi = Locale.forLanguageTag("vi");
		m.setSubject(messages.getMessage("notices.email.subject." + e.kind() + "." + scope, args, vi));
		// Vietnamese first, English below, as on the site.
		m.setText(messages.getMessage("notices.email.body." + e.kind() + "." + scope, args, vi) + "\n\n---\n"
				+ messages.getMessage("notices.email.body." + e.kind() + "." + scope, args, Locale.ENGLISH));
		return m;
	}
}
