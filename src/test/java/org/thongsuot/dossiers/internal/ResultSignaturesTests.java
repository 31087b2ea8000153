package org.thongsuot.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.ResultSignature;
import org.thongsuot.dossiers.SignedPdfs;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * The check of result documents' digital signatures, on PDFs signed in the test (no Spring: the trusted roots
 * are given to the verifier directly, so trying them needs no other application context).
 */
class ResultSignaturesTests {

	static final ResultSignatures NO_ROOTS = new ResultSignatures(List.of());

	static List<ResultSignature> verify(ResultSignatures verifier, byte[] pdf) {
		return verifier.verify(pdf, "application/pdf", "files[0]", "ket-qua.pdf");
	}

	@Test
	void aValidSignatureIsVerifiedWithItsSignerCertificateAndSigningTime() {
		SignedPdfs.Signer signer = SignedPdfs.selfSigned("Nguyễn Văn Ký (thử nghiệm)", "UBND xã A (thử nghiệm)");
		Instant before = Instant.now().minusSeconds(2);

		List<ResultSignature> signatures = verify(NO_ROOTS, SignedPdfs.signed("Quyết định", signer));

		assertThat(signatures).hasSize(1);
		ResultSignature s = signatures.get(0);
		assertThat(s.signerName()).isEqualTo("Nguyễn Văn Ký (thử nghiệm)");
		assertThat(s.signerOrganization()).isEqualTo("UBND xã A (thử nghiệm)");
		assertThat(s.subject()).contains("CN=", "O=");
		assertThat(s.issuer()).isEqualTo(s.subject());
		assertThat(s.serialNumber()).isEqualTo(signer.certificate().getSerialNumber().toString(16));
		assertThat(s.certificateNotAfter()).isEqualTo(signer.certificate().getNotAfter().toInstant());
		assertThat(s.signedAt()).isBetween(before, Instant.now().plusSeconds(2));
		assertThat(s.signingTimeSource()).isEqualTo("CLAIMED");
		assertThat(s.certificateValidAtSigning()).isTrue();
		assertThat(s.coversWholeDocument()).isTrue();
		assertThat(s.trust()).isEqualTo(ResultSignature.Trust.NOT_CHECKED);
	}

	@Test
	void bytesChangedAfterSigningAreRefusedAsTampered() {
		byte[] signed = SignedPdfs.signed("Quyết định", SignedPdfs.selfSigned("Người ký", "UBND xã A"));

		assertThatThrownBy(() -> verify(NO_ROOTS, SignedPdfs.tampered(signed))).isInstanceOfSatisfying(
				ApiException.class, e -> {
					assertThat(e.code()).isEqualTo(ErrorCode.RESULT_SIGNATURE_INVALID);
					assertThat(e.parameter()).isEqualTo("files[0]");
					assertThat(e.getDetailMessageCode()).isEqualTo("problem.RESULT_SIGNATURE_INVALID.tampered");
				});
	}

	@Test
	void aSignatureFormatThatIsNotReadIsRefusedAsUnsupported() {
		byte[] pdf = SignedPdfs.sign(SignedPdfs.unsigned("Quyết định"), SignedPdfs.selfSigned("Người ký", "UBND xã A"),
				COSName.getPDFName("adbe.x509.rsa_sha1"));

		assertThatThrownBy(() -> verify(NO_ROOTS, pdf)).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.getDetailMessageCode()).isEqualTo("problem.RESULT_SIGNATURE_INVALID.unsupported"));
	}

	@Test
	void anUnsignedPdfAFakePdfAndAnImageHaveNoSignature() {
		assertThat(verify(NO_ROOTS, SignedPdfs.unsigned("Bản scan"))).isEmpty();
		assertThat(verify(NO_ROOTS, DossierFixture.PDF)).isEmpty();
		assertThat(NO_ROOTS.verify(DossierFixture.PNG, "image/png", "files[0]", "scan.png")).isEmpty();
	}

	@Test
	void bytesAppendedAfterTheSignatureAreSaidNotToBeCoveredAndALaterSignatureCoversThem() {
		SignedPdfs.Signer first = SignedPdfs.selfSigned("Chuyên viên", "UBND xã A");
		SignedPdfs.Signer second = SignedPdfs.selfSigned("Chủ tịch", "UBND xã A");
		byte[] twice = SignedPdfs.sign(SignedPdfs.signed("Quyết định", first), second);

		List<ResultSignature> signatures = verify(NO_ROOTS, twice);

		assertThat(signatures).extracting(ResultSignature::signerName).containsExactly("Chuyên viên", "Chủ tịch");
		assertThat(signatures).extracting(ResultSignature::coversWholeDocument).containsExactly(false, true);
	}

	@Test
	void aCertificateNotValidAtTheSigningTimeIsShownNotRefused() {
		SignedPdfs.Signer expired = SignedPdfs.selfSigned("Hết hạn", "UBND xã A",
				Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(35)));

		List<ResultSignature> signatures = verify(NO_ROOTS, SignedPdfs.signed("Quyết định", expired));

		assertThat(signatures).singleElement().extracting(ResultSignature::certificateValidAtSigning).isEqualTo(false);
	}

	@Test
	void theSignerIsChainedOnlyToAConfiguredRoot() {
		SignedPdfs.Signer root = SignedPdfs.root("Root CA thử nghiệm");
		SignedPdfs.Signer other = SignedPdfs.root("Root CA khác");
		byte[] pdf = SignedPdfs.signed("Quyết định", SignedPdfs.issuedBy(root, "Người ký", "UBND xã A"));

		assertThat(verify(NO_ROOTS, pdf).get(0).trust()).isEqualTo(ResultSignature.Trust.NOT_CHECKED);
		assertThat(verify(new ResultSignatures(List.of(root.certificate())), pdf).get(0).trust())
				.isEqualTo(ResultSignature.Trust.CHAINED);
		assertThat(verify(new ResultSignatures(List.of(other.certificate())), pdf).get(0).trust())
				.isEqualTo(ResultSignature.Trust.NOT_CHAINED);
	}

	@Test
	void trustedRootsAreReadFromAPemFileAndNoneByDefault(@TempDir Path dir)
			throws IOException, CertificateEncodingException {
		SignedPdfs.Signer a = SignedPdfs.root("Root A");
		SignedPdfs.Signer b = SignedPdfs.root("Root B");
		Path pem = dir.resolve("roots.pem");
		Files.writeString(pem, pem(a) + pem(b), StandardCharsets.US_ASCII);

		assertThat(new ResultSignatures(new SignatureProperties(pem.toString())).trustedRoots()).isEqualTo(2);
		assertThat(new ResultSignatures(new SignatureProperties(null)).trustedRoots()).isZero();
		assertThat(new ResultSignatures(new SignatureProperties("")).trustedRoots()).isZero();
	}

	static String pem(SignedPdfs.Signer ca) throws CertificateEncodingException {
		return "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(ca.certificate().getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
	}
}
