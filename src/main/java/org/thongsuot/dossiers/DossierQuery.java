package org.thongsuot.dossiers;

import java.time.LocalDate;

/**
 * A search among the dossiers of the caller's agencies; every filter may be null.
 *
 * @param code the code, or its beginning
 * @param applicant part of the applicant's name, or the exact id number
 * @param procedureCode the procedure
 * @param status the status
 * @param from first day of receipt (inclusive)
 * @param to last day of receipt (inclusive)
 * @param limit at most this many (default 50, at most 500)
 */
public record DossierQuery(String code, String applicant, String procedureCode, DossierStatus status,
		LocalDate from, LocalDate to, Integer limit) {
}
