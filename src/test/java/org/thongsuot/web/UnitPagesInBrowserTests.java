package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thongsuot.IntegrationTest;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Level;

/**
 * The units pages in Chromium: accessible (axe-core, WCAG 2.1 A/AA), one h1, no sideways scrolling on a
 * phone, and the cascading selects of "Địa chỉ mới" working with htmx. Screenshots go to
 * {@code target/screenshots}.
 */
@IntegrationTest
class UnitPagesInBrowserTests extends InBrowser {

	@LocalServerPort
	int port;

	@Autowired
	Agencies agencies;

	List<String> pages() {
		long committee = agencies.peoplesCommittee(Level.COMMUNE, "00001", java.time.LocalDate.of(2025, 6, 30))
				.orElseThrow().id();
		return List.of("/units", "/units?at=2025-06-30&q=phuc+xa", "/units/commune/00001?at=2025-06-30",
				"/units/province/68", "/units/district/001", "/new-address",
				"/new-address?province=01&district=001&commune=00025", "/new-address?province=01&district=001",
				"/new-address?q=phuc+xa", "/agencies/" + committee,
				"/new-address?province=01&district=001&commune=00001&lang=en");
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pageIsAccessibleAndFitsAPhone(String path) throws IOException {
		open(path);
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze(browser);
		assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
		screenshot(path, "desktop");
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open(path);
			Long overflow = (Long) browser.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
			screenshot(path, "phone");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void eachChoiceOpensTheNextListAndTheAnswerAppears() {
		open("/new-address");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		new Select(browser.findElement(By.id("province"))).selectByValue("01");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("district")));
		new Select(browser.findElement(By.id("district"))).selectByValue("001");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commune")));
		new Select(browser.findElement(By.id("commune"))).selectByValue("00001");
		// The district's answer already names Phường Hồng Hà; the commune's has the address to write.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answer .address")));
		assertThat(browser.findElement(By.cssSelector("#answer .address")).getText())
				.isEqualTo("Số nhà, tên đường (hoặc thôn, ấp, tổ dân phố), Phường Hồng Hà, Thành phố Hà Nội");
		assertThat(browser.getCurrentUrl()).endsWith("/new-address?province=01&district=001&commune=00001");
		// The swap keeps the form in the page once, not nested.
		assertThat(browser.findElements(By.id("finder"))).hasSize(1);
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void screenshot(String path, String device) throws IOException {
		String name = path.substring(1).replaceAll("[^a-zA-Z0-9-]+", "_");
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, PagesInBrowserTests.SCREENSHOTS.resolve(name + "-" + device + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}
}
