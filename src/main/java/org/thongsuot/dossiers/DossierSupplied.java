package org.thongsuot.dossiers;

/** The applicant supplied papers; the clock runs again and the appointment moved. */
public record DossierSupplied(String code, java.time.LocalDateTime dueAt, String actor, java.time.Instant at) implements DossierEvents {
}
