package org.thongsuot.dossiers;

import java.time.Instant;

/**
 * A digital signature found in a result document (a PDF), as checked when the document was attached. Only
 * signatures that verified are ever stored: a document with a broken or tampered signature is refused
 * ({@code RESULT_SIGNATURE_INVALID}), so every signature here is intact, its CMS signature value and message
 * digest right over the bytes it signs.
 *
 * <p>Why it matters: Decree 45/2020/NĐ-CP, Art. 14(3), asks an electronic result of an administrative procedure
 * to bear the digital signature of the competent agency and keep the integrity and authenticity of its data
 * under the Law on Electronic Transactions (now Law No. 20/2023/QH15). See docs/dossiers.md, "Result
 * signatures".
 *
 * @param signerName the signer certificate's common name (CN), or null if it has none
 * @param signerOrganization its organization (O), or null
 * @param subject the signer certificate's full subject (RFC 4514)
 * @param issuer who issued it (RFC 4514)
 * @param serialNumber its serial number, hexadecimal
 * @param certificateNotBefore the start of its validity
 * @param certificateNotAfter the end of its validity
 * @param signedAt when it was signed: the time stamp's time if the signature has one, else the signing time
 *        the signer claimed (the CMS signing-time attribute, else the PDF's /M); null if neither
 * @param signingTimeSource TIMESTAMP, CLAIMED (signing-time attribute or /M) or NONE
 * @param certificateValidAtSigning whether the signing time falls in the certificate's validity (false if
 *        there is no signing time)
 * @param coversWholeDocument whether the signed byte range reaches the end of the file: false means bytes were
 *        added after this signature (an incremental update: a later signature, form filling, or a change)
 * @param trust whether the certificate chains to a configured trusted root
 */
public record ResultSignature(String signerName, String signerOrganization, String subject, String issuer,
		String serialNumber, Instant certificateNotBefore, Instant certificateNotAfter, Instant signedAt,
		String signingTimeSource, boolean certificateValidAtSigning, boolean coversWholeDocument, Trust trust) {

	/** The certificate chain's check against the trusted roots of {@code thongsuot.dossiers.signatures.trusted-roots}. */
	public enum Trust {
		/** No trusted roots are configured, so the chain was not checked. */
		NOT_CHECKED,
		/** The certificate chains to a configured root (validity at the signing time, no revocation check). */
		CHAINED,
		/** Trusted roots are configured and the certificate chains to none of them. */
		NOT_CHAINED
	}
}
