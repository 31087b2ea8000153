package org.thongsuot.dossiers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Test PDFs with digital signatures, made in the test: keys and certificates from BouncyCastle (EC P-256, fast
 * to generate), a one-page PDF from PDFBox, signed through PDFBox's SignatureInterface with a detached CMS
 * (adbe.pkcs7.detached, as signing tools in use in Vietnam produce). Nothing here is a real certificate.
 */
public final class SignedPdfs {

	private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

	private SignedPdfs() {
	}

	/** A key and its certificate, with the chain above it (issuer first, root last). */
	public record Signer(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
	}

	/** A root certification authority (self-signed, a CA). */
	public static Signer root(String commonName) {
		return issue(null, commonName, "Tổ chức thử nghiệm", true, Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(365)));
	}

	/** A signer certificate issued by the CA. */
	public static Signer issuedBy(Signer ca, String commonName, String organization) {
		return issue(ca, commonName, organization, false, Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(365)));
	}

	/** A self-signed signer certificate, valid between the instants. */
	public static Signer selfSigned(String commonName, String organization, Instant notBefore, Instant notAfter) {
		return issue(null, commonName, organization, false, notBefore, notAfter);
	}

	/** A self-signed signer certificate valid from yesterday for a year. */
	public static Signer selfSigned(String commonName, String organization) {
		return selfSigned(commonName, organization, Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(365)));
	}

	private static Signer issue(Signer ca, String commonName, String organization, boolean isCa, Instant notBefore,
			Instant notAfter) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
					.addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, commonName).build();
			X500Name issuer = ca == null ? subject
					: X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
					BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
					pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(isCa
					? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			PrivateKey signingKey = ca == null ? pair.getPrivate() : ca.key();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
					builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signingKey)));
			List<X509Certificate> chain = new ArrayList<>();
			if (ca != null) {
				chain.add(ca.certificate());
				chain.addAll(ca.chain());
			}
			return new Signer(pair.getPrivate(), certificate, List.copyOf(chain));
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A one-page PDF without a signature. */
	public static byte[] unsigned(String title) {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle(title);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The one-page PDF signed by the signer (its certificate and chain embedded in the CMS). */
	public static byte[] signed(String title, Signer signer) {
		return sign(unsigned(title), signer);
	}

	/** The PDF with one more signature, as an incremental update. */
	public static byte[] sign(byte[] pdf, Signer signer) {
		return sign(pdf, signer, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
	}

	/** The PDF with one more signature (a detached CMS whatever the sub-filter says), as an incremental update. */
	public static byte[] sign(byte[] pdf, Signer signer, COSName subFilter) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(subFilter);
			signature.setSignDate(Calendar.getInstance());
			signature.setReason("Kết quả giải quyết thủ tục hành chính (thử nghiệm)");
			document.addSignature(signature, content -> {
				try {
					CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
					generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
							new JcaDigestCalculatorProviderBuilder().build())
							.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.key()),
									signer.certificate()));
					List<X509Certificate> certificates = new ArrayList<>();
					certificates.add(signer.certificate());
					certificates.addAll(signer.chain());
					generator.addCertificates(new JcaCertStore(certificates));
					return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
				}
				catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
					throw new IOException(e);
				}
			});
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The signed PDF with one byte inside the signed range changed: the first byte of the binary comment after
	 * the header ({@code %PDF-1.x} then {@code %} and four bytes over 127), which PDF readers skip, so the file
	 * still opens and only the signature tells.
	 */
	public static byte[] tampered(byte[] signed) {
		byte[] copy = signed.clone();
		int at = 0;
		while (copy[at] != '\n' && copy[at] != '\r') {
			at++;
		}
		while (copy[at] != '%') {
			at++;
		}
		copy[at + 1] ^= 0x01;
		return copy;
	}
}
