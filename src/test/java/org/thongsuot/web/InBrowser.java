package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class shares: one headless Chromium for the class (see {@link Browser}, which
 * skips or fails the class when Debian's packages are missing), a wait for pages that change by
 * themselves, the directory the screenshots go to, and the accessibility check of a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InBrowser {

	ChromeDriver browser;
	WebDriverWait wait;

	@BeforeAll
	void startBrowser() throws IOException {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		Files.createDirectories(PagesInBrowserTests.SCREENSHOTS);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/**
	 * The page as it stands: one heading, no message key without its text, no axe-core WCAG 2.1 A/AA
	 * violation, and no sideways scrolling at a phone's width; screenshots at both widths.
	 */
	void accessible(String name) throws IOException {
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(browser.findElement(By.tagName("main")).getText()).as("a message key without text").doesNotContain("??");
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
		assertThat(results.getViolations()).as(() -> name + ": " + describe(results.getViolations())).isEmpty();
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, PagesInBrowserTests.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		// On a phone the page does not scroll sideways (wide tables scroll inside their frame).
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			Long overflow = (Long) browser.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("%s: horizontal scrolling on a phone", name).isLessThanOrEqualTo(0L);
			Path phone = browser.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(phone, PagesInBrowserTests.SCREENSHOTS.resolve(name + "-phone.png"), StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	static String describe(List<Rule> violations) {
		return violations.stream()
				.map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
						.map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
				.collect(Collectors.joining("\n"));
	}
}

