package org.thongsuot.dossiers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.ResultSignature;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * Reads and verifies the digital signatures of a result document (a PDF), with Apache PDFBox for the PDF's
 * signature dictionaries and BouncyCastle for the CMS (PKCS #7) signatures inside them.
 *
 * <p>For each signature: the CMS signature is verified over the bytes its /ByteRange names (the message digest
 * attribute against those bytes, and the signature value against the signer certificate's public key), a
 * signature time stamp if it has one (its imprint over the signature value and its own signature), whether the
 * byte range reaches the end of the file, the signer certificate's subject, issuer, serial and validity at the
 * signing time, and, when trusted roots are configured, its chain to one of them. A signature that does not
 * verify refuses the document ({@code RESULT_SIGNATURE_INVALID}): a result whose signed bytes changed is not the
 * result that was signed. A PDF without signatures, or a scan, has none and is taken as it is.
 *
 * <p>Legal basis: Decree 45/2020/NĐ-CP, Art. 14(3) (an electronic result bears the digital signature of the
 * competent agency and keeps the integrity and authenticity of its data under the Law on Electronic
 * Transactions); Law on Electronic Transactions No. 20/2023/QH15 (in force 1 July 2024: a digital signature
 * ensures authenticity, integrity and non-repudiation). Revocation (OCSP, CRL) is not checked: this machine
 * reaches no certification authority.
 */
@Component
class ResultSignatures {

	/** Detached CMS over the byte range: PAdES (ETSI EN 319 142-1) and ISO 32000-1 §12.8.3.3. */
	private static final Set<String> DETACHED = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");
	/** ISO 32000-1: the CMS encapsulates the SHA-1 digest of the byte range (old, still met). */
	private static final String PKCS7_SHA1 = "adbe.pkcs7.sha1";
	/** ISO 32000-2: a document time stamp (RFC 3161 token over the byte range). */
	private static final String DOC_TIMESTAMP = "ETSI.RFC3161";

	private final Provider bc = new BouncyCastleProvider();
	private final Set<TrustAnchor> anchors;

	@Autowired
	ResultSignatures(SignatureProperties properties) {
		this(roots(properties.trustedRoots()));
	}

	/** With these trusted roots (none: the chain is not checked). */
	ResultSignatures(List<X509Certificate> trustedRoots) {
		Set<TrustAnchor> set = new HashSet<>();
		for (X509Certificate root : trustedRoots) {
			set.add(new TrustAnchor(root, null));
		}
		this.anchors = Set.copyOf(set);
	}

	/** The number of trusted roots configured. */
	public int trustedRoots() {
		return anchors.size();
	}

	/**
	 * The verified signatures of the document, in the order of the PDF's signature fields; empty for an image
	 * or a PDF without signatures.
	 *
	 * @param parameter the request field that carried the file, named in a refusal
	 * @param fileName its name, for the refusal's detail
	 * @throws ApiException {@code RESULT_SIGNATURE_INVALID} if a signature does not verify
	 */
	public List<ResultSignature> verify(byte[] content, String contentType, String parameter, String fileName) {
		if (!"application/pdf".equals(contentType)) {
			return List.of();
		}
		PDDocument document;
		try {
			document = Loader.loadPDF(content);
		}
		catch (IOException | RuntimeException e) {
			return unreadable(content, parameter, fileName);
		}
		try (document) {
			List<PDSignature> signatures;
			try {
				signatures = document.getSignatureDictionaries();
			}
			catch (RuntimeException e) {
				return unreadable(content, parameter, fileName);
			}
			List<ResultSignature> verified = new ArrayList<>(signatures.size());
			for (int i = 0; i < signatures.size(); i++) {
				try {
					verified.add(verify(content, signatures.get(i), parameter, fileName, i + 1));
				}
				catch (ApiException e) {
					throw e;
				}
				catch (RuntimeException e) {
					// a malformed signature dictionary (a /ByteRange of the wrong kind, ...)
					throw refused(parameter, fileName, "unreadable", i + 1, "");
				}
			}
			return List.copyOf(verified);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A PDF that PDFBox cannot read was taken before signatures were checked; it still is, unless it claims a
	 * signature, which then cannot be verified.
	 */
	private static List<ResultSignature> unreadable(byte[] content, String parameter, String fileName) {
		if (contains(content, "/ByteRange")) {
			throw refused(parameter, fileName, "unreadable", 1, "");
		}
		return List.of();
	}

	private ResultSignature verify(byte[] pdf, PDSignature signature, String parameter, String fileName, int n) {
		String subFilter = signature.getSubFilter() == null ? "" : signature.getSubFilter();
		int[] range = signature.getByteRange();
		if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] < range[1]
				|| range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
			throw refused(parameter, fileName, "unreadable", n, subFilter);
		}
		byte[] signed = new byte[range[1] + range[3]];
		System.arraycopy(pdf, 0, signed, 0, range[1]);
		System.arraycopy(pdf, range[2], signed, range[1], range[3]);
		boolean wholeDocument = (long) range[2] + range[3] == pdf.length;
		byte[] contents = signature.getContents();
		if (contents == null || contents.length == 0) {
			throw refused(parameter, fileName, "unreadable", n, subFilter);
		}
		try {
			if (DOC_TIMESTAMP.equals(subFilter)) {
				return documentTimeStamp(signed, contents, wholeDocument, parameter, fileName, n);
			}
			CMSSignedData cms;
			if (DETACHED.contains(subFilter)) {
				cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
			}
			else if (PKCS7_SHA1.equals(subFilter)) {
				cms = new CMSSignedData(contents);
				byte[] digest = MessageDigest.getInstance("SHA-1").digest(signed);
				if (cms.getSignedContent() == null
						|| !Arrays.equals(digest, (byte[]) cms.getSignedContent().getContent())) {
					throw refused(parameter, fileName, "tampered", n, subFilter);
				}
			}
			else {
				throw refused(parameter, fileName, "unsupported", n, subFilter);
			}
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				throw refused(parameter, fileName, "unreadable", n, subFilter);
			}
			SignerInformation signer = signers.iterator().next();
			X509Certificate certificate = certificate(cms, signer, parameter, fileName, n, subFilter);
			// A verifier from the public key alone: BouncyCastle would otherwise refuse a certificate not valid
			// at the claimed signing time, which is a fact to show, not a broken signature.
			SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().setProvider(bc)
					.build(certificate.getPublicKey());
			if (!signer.verify(verifier)) {
				throw refused(parameter, fileName, "mismatch", n, commonName(certificate));
			}
			Instant stamped = signatureTimeStamp(signer, parameter, fileName, n);
			Instant claimed = claimedSigningTime(signer, signature);
			Instant signedAt = stamped != null ? stamped : claimed;
			String source = stamped != null ? "TIMESTAMP" : claimed != null ? "CLAIMED" : "NONE";
			return facts(certificate, cms, signedAt, source, wholeDocument);
		}
		catch (CMSSignerDigestMismatchException e) {
			throw refused(parameter, fileName, "tampered", n, subFilter);
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
			if (e instanceof ApiException api) {
				throw api;
			}
			throw refused(parameter, fileName, "unreadable", n, subFilter);
		}
	}

	/** A document time stamp: the token's imprint must be the digest of the byte range, and its signature hold. */
	private ResultSignature documentTimeStamp(byte[] signed, byte[] contents, boolean wholeDocument, String parameter,
			String fileName, int n) throws CMSException, GeneralSecurityException, OperatorCreationException {
		CMSSignedData cms = new CMSSignedData(contents);
		TimeStampToken token;
		try {
			token = new TimeStampToken(cms);
		}
		catch (TSPException | IOException e) {
			throw refused(parameter, fileName, "unreadable", n, DOC_TIMESTAMP);
		}
		SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
		X509Certificate certificate = certificate(cms, signer, parameter, fileName, n, DOC_TIMESTAMP);
		checkToken(token, signed, certificate, parameter, fileName, n);
		return facts(certificate, cms, token.getTimeStampInfo().getGenTime().toInstant(), "TIMESTAMP", wholeDocument);
	}

	/** The time of a signature time stamp (RFC 3161 token over the signature value), verified; null if none. */
	private Instant signatureTimeStamp(SignerInformation signer, String parameter, String fileName, int n)
			throws CMSException, GeneralSecurityException, OperatorCreationException {
		AttributeTable unsigned = signer.getUnsignedAttributes();
		Attribute attribute = unsigned == null ? null
				: unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
		if (attribute == null || attribute.getAttrValues().size() == 0) {
			return null;
		}
		TimeStampToken token;
		try {
			token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive()
					.getEncoded()));
		}
		catch (TSPException | IOException e) {
			throw refused(parameter, fileName, "timestamp", n, "");
		}
		SignerInformation tsa = token.toCMSSignedData().getSignerInfos().getSigners().iterator().next();
		X509Certificate certificate = certificate(token.toCMSSignedData(), tsa, parameter, fileName, n, "");
		checkToken(token, signer.getSignature(), certificate, parameter, fileName, n);
		return token.getTimeStampInfo().getGenTime().toInstant();
	}

	private void checkToken(TimeStampToken token, byte[] stamped, X509Certificate tsa, String parameter,
			String fileName, int n) throws GeneralSecurityException, OperatorCreationException {
		String algorithm = new DefaultAlgorithmNameFinder()
				.getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID());
		byte[] digest = MessageDigest.getInstance(algorithm, bc).digest(stamped);
		if (!MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest())) {
			throw refused(parameter, fileName, "timestamp", n, "");
		}
		try {
			if (!token.toCMSSignedData().getSignerInfos().getSigners().iterator().next()
					.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(bc).build(tsa.getPublicKey()))) {
				throw refused(parameter, fileName, "timestamp", n, "");
			}
		}
		catch (CMSException e) {
			throw refused(parameter, fileName, "timestamp", n, "");
		}
	}

	private X509Certificate certificate(CMSSignedData cms, SignerInformation signer, String parameter,
			String fileName, int n, String subFilter) throws GeneralSecurityException {
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
		if (matches.isEmpty()) {
			throw refused(parameter, fileName, "unreadable", n, subFilter);
		}
		return new JcaX509CertificateConverter().setProvider(bc).getCertificate(matches.iterator().next());
	}

	/** The signing-time attribute (signed, so covered by the signature), else the PDF's /M; null if neither. */
	private static Instant claimedSigningTime(SignerInformation signer, PDSignature signature) {
		AttributeTable signedAttributes = signer.getSignedAttributes();
		Attribute attribute = signedAttributes == null ? null : signedAttributes.get(CMSAttributes.signingTime);
		if (attribute != null && attribute.getAttrValues().size() > 0) {
			return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
		}
		Calendar m = signature.getSignDate();
		return m == null ? null : m.toInstant();
	}

	private ResultSignature facts(X509Certificate certificate, CMSSignedData cms, Instant signedAt, String source,
			boolean wholeDocument) {
		boolean validAtSigning = signedAt != null && !signedAt.isBefore(certificate.getNotBefore().toInstant())
				&& !signedAt.isAfter(certificate.getNotAfter().toInstant());
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		return new ResultSignature(attribute(subject, BCStyle.CN), attribute(subject, BCStyle.O),
				certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
				certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
				certificate.getSerialNumber().toString(16), certificate.getNotBefore().toInstant(),
				certificate.getNotAfter().toInstant(), signedAt, source, validAtSigning, wholeDocument,
				trust(certificate, cms, signedAt));
	}

	/** The chain to a configured root, at the signing time (no revocation check: no CA is reachable from here). */
	private ResultSignature.Trust trust(X509Certificate certificate, CMSSignedData cms, Instant signedAt) {
		if (anchors.isEmpty()) {
			return ResultSignature.Trust.NOT_CHECKED;
		}
		for (TrustAnchor anchor : anchors) {
			if (anchor.getTrustedCert().equals(certificate)) {
				return ResultSignature.Trust.CHAINED;
			}
		}
		try {
			List<Certificate> pool = new ArrayList<>();
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(bc);
			for (Object holder : cms.getCertificates().getMatches(null)) {
				pool.add(converter.getCertificate((X509CertificateHolder) holder));
			}
			X509CertSelector target = new X509CertSelector();
			target.setCertificate(certificate);
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(signedAt != null ? signedAt : Instant.now()));
			parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
			CertPathBuilder.getInstance("PKIX").build(parameters);
			return ResultSignature.Trust.CHAINED;
		}
		catch (CertPathBuilderException e) {
			return ResultSignature.Trust.NOT_CHAINED;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the certificate path could not be checked", e);
		}
	}

	private static String attribute(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
		RDN[] rdns = name.getRDNs(type);
		if (rdns.length == 0) {
			return null;
		}
		ASN1Encodable value = rdns[0].getFirst().getValue();
		return IETFUtils.valueToString(value);
	}

	private static String commonName(X509Certificate certificate) {
		String cn = attribute(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), BCStyle.CN);
		return cn == null ? certificate.getSubjectX500Principal().getName(X500Principal.RFC2253) : cn;
	}

	/**
	 * A refusal naming the file, the signature's number and why: {@code tampered} (the signed bytes changed),
	 * {@code mismatch} (the signature value does not match the certificate's key), {@code timestamp} (its time
	 * stamp does not verify), {@code unsupported} (a signature format this check does not read) or
	 * {@code unreadable}.
	 */
	private static ApiException refused(String parameter, String fileName, String reason, int n, String about) {
		return ApiException.ofParameter(ErrorCode.RESULT_SIGNATURE_INVALID, parameter, fileName, n)
				.withDetail("problem.RESULT_SIGNATURE_INVALID." + reason, fileName, n, about);
	}

	private static boolean contains(byte[] content, String token) {
		// ISO-8859-1 maps every byte to one char, so indexes and matches are byte-exact
		return new String(content, StandardCharsets.ISO_8859_1).contains(token);
	}

	/** The trusted roots in the file, or none if no file is configured. */
	static List<X509Certificate> roots(String file) {
		if (file == null || file.isBlank()) {
			return List.of();
		}
		try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(Path.of(file.strip())))) {
			List<X509Certificate> roots = new ArrayList<>();
			for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				roots.add((X509Certificate) c);
			}
			if (roots.isEmpty()) {
				throw new IllegalStateException("thongsuot.dossiers.signatures.trusted-roots: no certificate in " + file);
			}
			return List.copyOf(roots);
		}
		catch (IOException e) {
			throw new UncheckedIOException("thongsuot.dossiers.signatures.trusted-roots: cannot read " + file, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("thongsuot.dossiers.signatures.trusted-roots: not certificates: " + file, e);
		}
	}
}
