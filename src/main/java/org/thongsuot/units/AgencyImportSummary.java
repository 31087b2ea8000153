package org.thongsuot.units;

/**
 * What an accepted code list import did.
 *
 * @param importId the import's number in the import log
 * @param rows data rows in the file
 * @param assigned codes set on existing agencies that had none (People's Committees)
 * @param created agencies created (departments, centres...)
 * @param updated existing agencies whose name, parent or dates the list changed
 * @param unchanged rows that matched the registry exactly (importing the same file twice changes nothing)
 */
public record AgencyImportSummary(long importId, int rows, int assigned, int created, int updated, int unchanged) {
}
