package org.thongsuot.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.thongsuot.dossiers.DossierFixture;

/** The formats of a receipt: dossier codes, personal identification numbers, file types. */
class ReceiptFormatsTests {

	@Test
	void aDossierCodeIsTheAgencyCodeTheDayAndTheFourDigitNumber() {
		assertThat(DossierCodes.format("000.00.12.H42", LocalDate.of(2026, 11, 23), 7)).isEqualTo("000.00.12.H42-261123-0007");
		assertThat(DossierCodes.format(DossierCodes.prefix(1234, null), LocalDate.of(2025, 7, 1), 9999))
				.isEqualTo("X1234-250701-9999");
	}

	@Test
	void personalIdNumbersAreCheckedForForm() {
		Year y = Year.of(2026);
		assertThat(PersonalIdNumbers.check("068190001234", y)).isEmpty(); // Lâm Đồng, female, 1990
		assertThat(PersonalIdNumbers.check("001205001234", y)).isEmpty(); // Hà Nội, male, 2005
		assertThat(PersonalIdNumbers.check("06819000123", y)).contains(PersonalIdNumbers.Violation.FORMAT);
		assertThat(PersonalIdNumbers.check("06819000123A", y)).contains(PersonalIdNumbers.Violation.FORMAT);
		assertThat(PersonalIdNumbers.check("003190001234", y)).contains(PersonalIdNumbers.Violation.PROVINCE);
		assertThat(PersonalIdNumbers.check("068230001234", y)).contains(PersonalIdNumbers.Violation.BIRTH_YEAR); // 2030
		assertThat(PersonalIdNumbers.check("068400001234", y)).contains(PersonalIdNumbers.Violation.BIRTH_YEAR); // 2100
		assertThat(PersonalIdNumbers.PROVINCES).hasSize(63);
	}

	@Test
	void fileTypesComeFromTheBytesAndANameMustNotDisguiseThem() {
		assertThat(FileTypes.sniff(DossierFixture.PDF)).contains("application/pdf");
		assertThat(FileTypes.sniff(DossierFixture.PNG)).contains("image/png");
		assertThat(FileTypes.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains("image/jpeg");
		assertThat(FileTypes.sniff("MZ executable".getBytes())).isEmpty();
		assertThat(FileTypes.sniff(new byte[0])).isEmpty();
		assertThat(FileTypes.nameAgrees("scan.JPEG", "image/jpeg")).isTrue();
		assertThat(FileTypes.nameAgrees("scan", "image/png")).isTrue();
		assertThat(FileTypes.nameAgrees("scan.pdf", "image/png")).isFalse();
		assertThat(FileTypes.nameAgrees("virus.exe", "application/pdf")).isFalse();
	}
}
