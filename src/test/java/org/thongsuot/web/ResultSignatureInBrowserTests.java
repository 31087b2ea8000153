package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.SignedPdfs;
import tools.jackson.databind.json.JsonMapper;

/**
 * An official attaches the result on the dossier page in Chromium: a copy changed after signing is refused
 * with the reason on the page, the signed one is taken and its signature shown, on an accessible page
 * (axe-core, WCAG 2.1 AA). Screenshot in {@code target/screenshots}.
 */
@IntegrationTest
class ResultSignatureInBrowserTests extends InBrowser {

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	DossierFixtures fixtures;

	@Test
	void anOfficialAttachesTheSignedResultOnThePageAfterATamperedCopyIsRefused() throws IOException {
		DossierFixture fixture = fixtures.get();
		String code = fixture.receiveAtCommuneA(mvc, json, "recv-a", "COUNTER", "068190001234").get("dossier")
				.get("code").asString();
		act("recv-a", code, "forward", 0);
		act("spec-a", code, "forward", 1);
		act("lead-a", code, "approve", 2);
		byte[] signed = SignedPdfs.signed("Trích lục",
				SignedPdfs.selfSigned("Lê Văn Chủ Tịch (thử nghiệm)", "UBND xã A (thử nghiệm)"));
		Path tampered = Files.createTempFile("ket-qua-", ".pdf");
		Files.write(tampered, SignedPdfs.tampered(signed));
		Path original = Files.createTempFile("ket-qua-", ".pdf");
		Files.write(original, signed);

		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("lead-a");
		browser.findElement(By.id("password")).sendKeys(DossierFixture.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
		browser.get("http://localhost:" + port + "/dossiers/" + code);

		attach(tampered);
		wait.until(driver -> !driver.findElements(By.cssSelector(".alert-error")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".alert-error")).getText()).contains("đã bị thay đổi sau khi ký");
		assertThat(browser.findElements(By.cssSelector("#results"))).isEmpty();

		attach(original);
		wait.until(driver -> !driver.findElements(By.cssSelector("#results .signature")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#results .signature")).getText())
				.contains("Có chữ ký số: Lê Văn Chủ Tịch (thử nghiệm), ký lúc", "toàn vẹn",
						"Chưa kiểm tra chuỗi chứng thực");
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze(browser);
		assertThat(results.getViolations()).as(() -> results.getViolations().stream()
				.map(rule -> rule.getId() + ": " + rule.getHelp()).collect(Collectors.joining("\n"))).isEmpty();
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("results")));
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
				PagesInBrowserTests.SCREENSHOTS.resolve("dossier-signed-result-desktop.png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	private void attach(Path file) {
		browser.findElement(By.id("file-attach-result")).sendKeys(file.toString());
		browser.findElement(By.xpath("//input[@id='file-attach-result']/ancestor::form//button[@type='submit']"))
				.click();
	}

	private void act(String user, String code, String action, int version) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		DossierFixture.postJson(mvc, json, user, "/api/dossiers/" + code + "/actions/" + action, body, 200);
	}
}
