package org.thongsuot.dossiers.internal;

import java.time.Year;
import java.util.Optional;
import java.util.Set;

/**
 * The form of a personal identification number (số định danh cá nhân, the number of the căn cước card):
 * 12 digits = the 3-digit code of the province where the birth was registered + 1 digit for century and
 * gender (0/1: 20th century male/female, 2/3: 21st, 4/5: 22nd, 6/7: 23rd, 8/9: 24th) + the last 2 digits
 * of the birth year + 6 random digits (Decree 137/2015/NĐ-CP, Article 13, kept by Decree 70/2024/NĐ-CP
 * under the Law on Identification 2023; province codes: Circular 59/2021/TT-BCA, Appendix, which
 * replaced Circular 07/2016/TT-BCA with the same 63 codes). Only the form is checked: whether the number
 * was issued is for the national population database.
 */
final class PersonalIdNumbers {

	/** The 63 province codes of the birth-registration places (Circular 59/2021/TT-BCA). */
	static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
			"017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
			"064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
			"087", "089", "091", "092", "093", "094", "095", "096");

	enum Violation { FORMAT, PROVINCE, BIRTH_YEAR }

	private PersonalIdNumbers() {
	}

	static Optional<Violation> check(String number, Year thisYear) {
		if (number == null || !number.matches("[0-9]{12}")) {
			return Optional.of(Violation.FORMAT);
		}
		if (!PROVINCES.contains(number.substring(0, 3))) {
			return Optional.of(Violation.PROVINCE);
		}
		int century = 1900 + (number.charAt(3) - '0') / 2 * 100;
		int year = century + Integer.parseInt(number.substring(4, 6));
		if (year > thisYear.getValue()) {
			return Optional.of(Violation.BIRTH_YEAR);
		}
		return Optional.empty();
	}
}
