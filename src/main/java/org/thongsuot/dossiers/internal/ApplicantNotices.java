package org.thongsuot.dossiers.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.DossierApologized;
import org.thongsuot.dossiers.DossierApplicantNotified;
import org.thongsuot.dossiers.DossierProcessed;
import org.thongsuot.dossiers.DossierResultReady;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierSupplementRequested;
import org.thongsuot.identity.Officials;

/**
 * Tells the applicant what they must know about their dossier: a supplement is needed (form 02), it was
 * refused (form 03) or not accepted, it runs late (the apology of form 04 with the new appointment), its
 * result is ready. The applicant is the citizen account that submitted the dossier online; a dossier
 * received at the counter or by post has no account to tell (the paper forms are handed over there).
 *
 * <p>Plain (synchronous) listeners of the actions' events: the notice, its email in the outbox and the
 * audited {@link DossierApplicantNotified} are written in the action's own transaction, so an action
 * that rolls back tells nobody, and one that commits cannot lose its notice. The email is sent after the
 * commit by the notice sender ({@link DeadlineWarnings#sendPendingEmails}, every run of the deadline job),
 * never inside the action, so no mail server slows an official's click.
 */
@Component
class ApplicantNotices {

	private final NoticeRepository notices;
	private final Officials officials;
	private final ObjectProvider<JavaMailSender> mail;
	private final ApplicationEventPublisher events;

	ApplicantNotices(NoticeRepository notices, Officials officials, ObjectProvider<JavaMailSender> mail,
			ApplicationEventPublisher events) {
		this.notices = notices;
		this.officials = officials;
		this.mail = mail;
		this.events = events;
	}

	@EventListener
	void supplementRequested(DossierSupplementRequested e) {
		tell(e.code(), "SUPPLEMENT_REQUESTED", null, Optional.ofNullable(e.note()), e.actor(), e.at());
	}

	@EventListener
	void processed(DossierProcessed e) {
		String kind = e.status() == DossierStatus.STOPPED ? "REFUSED"
				: e.status() == DossierStatus.NOT_ACCEPTED ? "NOT_ACCEPTED" : null;
		if (kind != null) {
			// the reasons are the note of the refusal, the history line just written
			tell(e.code(), kind, null, Optional.empty(), e.actor(), e.at());
		}
	}

	@EventListener
	void apologized(DossierApologized e) {
		tell(e.code(), "APOLOGIZED", e.newDueAt(), Optional.ofNullable(e.reason()), e.actor(), e.at());
	}

	@EventListener
	void resultReady(DossierResultReady e) {
		tell(e.code(), "RESULT_READY", null, Optional.empty(), e.actor(), e.at());
	}

	private void tell(String code, String kind, LocalDateTime dueAt, Optional<String> note, String actor,
			Instant now) {
		Optional<NoticeRepository.Applicant> applicant = notices.applicant(code);
		if (applicant.isEmpty() || applicant.get().owner() == null) {
			return;
		}
		String recipient = applicant.get().owner();
		String text = kind.equals("RESULT_READY") ? null : note.orElse(applicant.get().lastNote());
		Optional<String> email = officials.email(recipient);
		String emailStatus = email.isEmpty() ? "NO_ADDRESS" : mail.getIfAvailable() != null ? "PENDING" : "NOT_CONFIGURED";
		notices.insertApplicantNotice(recipient, kind, code, dueAt, text, now, email.orElse(null), emailStatus);
		events.publishEvent(new DossierApplicantNotified(code, kind, recipient, emailStatus, actor, now));
	}
}
