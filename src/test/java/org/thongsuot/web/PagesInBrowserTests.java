package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thongsuot.IntegrationTest;

/**
 * The main pages as a person sees them in Chromium: in Vietnamese, accessible (axe-core's WCAG 2 A/AA
 * rules: labels, contrast, landmarks, names), usable from the keyboard and on a phone. Screenshots of
 * each page, desktop and phone, are saved in {@code target/screenshots}.
 */
@IntegrationTest
class PagesInBrowserTests extends InBrowser {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	static List<String> mainPages() {
		return List.of("/", "/login", "/about/data", "/procedures", "/procedures?q=dang+ky+khai+sinh",
				"/procedures/1.001193", "/catalogue", "/centres", "/tracking");
	}

	@ParameterizedTest
	@MethodSource("mainPages")
	void pageIsVietnameseAndAccessible(String path) throws IOException {
		open(path);

		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
		assertThat(browser.getTitle()).isNotBlank();
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
	void firstTabReachesTheSkipLinkToTheContent() {
		open("/");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
		assertThat(focused.isDisplayed()).isTrue();
	}

	@Test
	void languageSwitchTurnsThePageToEnglishAndBack() {
		open("/");
		browser.findElement(By.cssSelector("nav.lang a")).click();
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Two-level local government");

		browser.findElement(By.cssSelector("nav.lang a")).click();
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void screenshot(String path, String device) throws IOException {
		String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[^a-zA-Z0-9-]+", "_");
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + "-" + device + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
