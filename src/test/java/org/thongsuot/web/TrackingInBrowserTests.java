package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.Receipt;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.Role;

/**
 * The QR code printed on the receipt (form 01) opens the tracking page in a real browser, which looks the
 * dossier up by itself and forgets the secret from the address bar; a citizen logs in, submits a dossier
 * with the e-form and finds it in their list, on accessible pages.
 */
@IntegrationTest
class TrackingInBrowserTests extends InBrowser {

	@LocalServerPort
	int port;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierFixtures fixtures;

	@Test
	void theReceiptsQrCodeOpensTheTrackingPageWhichShowsTheDossier() throws Exception {
		DossierFixture fixture = fixtures.get();
		Receipt receipt = dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA,
				SubmissionChannel.COUNTER, new Applicant("Trần Thị Bình", "068190001234", null),
				List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF))),
				DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA), null);
		String code = receipt.dossier().code();

		// The receipt as the counter officer prints it from the running server, and the address in its QR code.
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers/" + code + "/forms/01.pdf"))
				.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString(("recv-a:" + DossierFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		String address = qrCode(pdf.body());
		assertThat(address).startsWith("http://localhost:" + port + "/tracking#");

		browser.get(address);

		new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(driver -> !driver.findElements(By.id("tracked")).isEmpty());
		assertThat(browser.findElement(By.id("tracked")).getText()).contains(code);
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Được tiếp nhận");
		assertThat(browser.getCurrentUrl()).as("the secret is not left in the address bar")
				.doesNotContain(receipt.secret());
	}

	@Test
	void aCitizenSubmitsWithTheEFormAndFindsTheDossierInTheirListOnAccessiblePages() throws Exception {
		fixtures.get();
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("citizen-1");
		browser.findElement(By.id("password")).sendKeys(DossierFixture.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.getCurrentUrl().contains("/login"));

		browser.get("http://localhost:" + port + "/my-dossiers/new?procedure=" + DossierFixture.PROCEDURE);
		accessible();
		java.nio.file.Path paper = java.nio.file.Files.createTempFile("to-khai-", ".pdf");
		java.nio.file.Files.write(paper, DossierFixture.PDF);
		browser.findElement(By.id("file-0")).sendKeys(paper.toString());
		browser.findElement(By.cssSelector("#submit form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.findElements(By.id("code")).isEmpty());
		String code = browser.findElement(By.id("code")).getText();
		assertThat(code).startsWith("X" + fixtures.get().communeA + "-");
		assertThat(browser.findElement(By.id("secret")).getText()).hasSize(10);
		accessible();

		browser.get("http://localhost:" + port + "/my-dossiers");
		assertThat(browser.findElement(By.cssSelector("tr[data-code='" + code + "']")).getText()).contains("Mới đăng ký");
		accessible();
		java.nio.file.Files.deleteIfExists(paper);
	}

	/** No WCAG 2.1 A/AA violation on the page as axe-core sees it. */
	void accessible() {
		com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
				.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
		assertThat(results.getViolations()).as(() -> browser.getCurrentUrl() + ": " + results.getViolations().stream()
				.map(rule -> rule.getId() + ": " + rule.getHelp()).collect(java.util.stream.Collectors.joining("\n")))
				.isEmpty();
	}

	static String qrCode(byte[] pdf) throws Exception {
		BufferedImage page;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			page = new PDFRenderer(document).renderImageWithDPI(0, 150);
		}
		int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
	}
}
