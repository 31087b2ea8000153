package org.thongsuot.dossiers;

import java.time.Instant;

import org.thongsuot.platform.AuditedEvent;

/**
 * The applicant's account was told about their dossier (an in-app notice, and an email when the account
 * has an address): a supplement is needed, it was refused or not accepted, it runs late (the apology with
 * a new appointment) or its result is ready.
 *
 * @param kind {@code SUPPLEMENT_REQUESTED}, {@code REFUSED}, {@code NOT_ACCEPTED}, {@code APOLOGIZED} or {@code RESULT_READY}
 * @param recipient the citizen account notified
 * @param emailStatus PENDING (sent after the commit), NO_ADDRESS or NOT_CONFIGURED
 * @param actor the official whose action caused the notice
 */
public record DossierApplicantNotified(String code, String kind, String recipient, String emailStatus, String actor,
		Instant at) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "dossier";
	}

	@Override
	public String auditSubjectId() {
		return code;
	}

	@Override
	public String auditActor() {
		return actor;
	}
}
