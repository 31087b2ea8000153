package org.thongsuot.dossiers;

/** A dossier was received (or an online submission accepted); its appointment runs. */
public record DossierReceived(String code, String procedureCode, long agencyId, SubmissionChannel channel, java.time.Instant receivedAt, java.time.LocalDateTime dueAt, String actor) implements DossierEvents {
}
