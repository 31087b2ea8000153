package org.thongsuot.dossiers;

/**
 * Who applies.
 *
 * @param name the full name
 * @param idNumber the 12-digit personal identification number (the number of the căn cước card)
 * @param phone a phone number for notices, or null
 */
public record Applicant(String name, String idNumber, String phone) {
}
