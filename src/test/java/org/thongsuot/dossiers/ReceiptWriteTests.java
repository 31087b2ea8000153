package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * A receipt is written by one statement (counter, dossier, steps, files, history) and answered from
 * what it wrote, without reading it back: the answer must be exactly what a read after the commit shows.
 */
@IntegrationTest
class ReceiptWriteTests {

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	static byte[] pdf(String text) {
		return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void theReceiptsAnswerIsWhatAReadAfterTheCommitShows() {
		DossierFixture fixture = fixtures.get();
		CurrentUser receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		Receipt receipt = dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA,
				SubmissionChannel.COUNTER, new Applicant("Trần Thị Bình", "068185001234", "0912000111"),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", pdf("one statement a")),
						new ComponentFile("Giấy tờ khác", "khac.pdf", pdf("one statement b")))),
				receiver, null);

		DossierView read = dossiers.get(receipt.dossier().code(), null, receiver);

		assertThat(receipt.dossier()).isEqualTo(read);
		assertThat(read.files()).extracting(DossierView.FileInfo::fileName).containsExactly("to-khai.pdf", "khac.pdf");
		assertThat(read.steps()).hasSize(3);
		assertThat(read.history()).singleElement().satisfies(e -> assertThat(e.toStatus()).isEqualTo(DossierStatus.RECEIVED));
	}

	@Test
	void theFilesBytesAreCommittedInTheDatabaseWithTheDossierThatRecordsThem() {
		DossierFixture fixture = fixtures.get();
		CurrentUser receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		byte[] content = pdf("bytes in the database " + System.nanoTime());

		Receipt receipt = dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA,
				SubmissionChannel.COUNTER, new Applicant("Trần Thị Bình", "068185001234", null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", content))), receiver, null);

		String hash = receipt.dossier().files().get(0).sha256();
		assertThat(hash).isEqualTo(sha256(content));
		byte[] stored = jdbc.sql("SELECT content FROM dossier_blob WHERE sha256 = :h").param("h", hash)
				.query((rs, n) -> rs.getBytes(1)).single();
		assertThat(stored).isEqualTo(content);
	}

	static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void anAgencyWhoseDayHasUsedAllNumbersIsRefusedAndNothingIsWritten() {
		DossierFixture fixture = fixtures.get();
		CurrentUser receiver = DossierFixture.official("recv-b", Role.RECEIVER, fixture.communeB);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		Integer before = jdbc.sql("SELECT last FROM dossier_counter WHERE agency_id = :a AND day = :d")
				.param("a", fixture.communeB).param("d", today).query(Integer.class).optional().orElse(null);
		long dossiersBefore = jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO dossier_counter (agency_id, day, last) VALUES (:a, :d, 9999)
				ON CONFLICT (agency_id, day) DO UPDATE SET last = 9999""")
				.param("a", fixture.communeB).param("d", today).update();
		try {
			assertThatThrownBy(() -> dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeB,
					SubmissionChannel.COUNTER, new Applicant("Lê Văn Cường", "068085001234", null),
					List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", pdf("exhausted")))), receiver, null))
					.isInstanceOfSatisfying(ApiException.class,
							e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_NUMBERS_EXHAUSTED));
			assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isEqualTo(dossiersBefore);
			assertThat(jdbc.sql("SELECT count(*) FROM dossier_blob WHERE sha256 = :h")
					.param("h", sha256(pdf("exhausted"))).query(Long.class).single())
					.as("the refused receipt's file rolled back with it").isZero();
		}
		finally {
			// give the other tests their numbers back
			if (before == null) {
				jdbc.sql("DELETE FROM dossier_counter WHERE agency_id = :a AND day = :d").param("a", fixture.communeB)
						.param("d", today).update();
			}
			else {
				jdbc.sql("UPDATE dossier_counter SET last = :l WHERE agency_id = :a AND day = :d").param("l", before)
						.param("a", fixture.communeB).param("d", today).update();
			}
		}
	}
}
