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
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thongsuot.IntegrationTest;

/** The calendar page in Chromium: accessible, usable on a phone, and its htmx deadline calculator works. */
@IntegrationTest
class CalendarPageInBrowserTests extends InBrowser {

	@LocalServerPort
	int port;

	@Test
	void theCalendarPageIsAccessibleAndFitsAPhone() throws IOException {
		browser.get("http://localhost:" + port + "/calendar?year=2026");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lịch làm việc năm 2026");
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
		assertThat(results.getViolations()).as(() -> results.getViolations().stream()
				.map(rule -> rule.getId() + ": " + rule.getHelp()).collect(Collectors.joining("\n"))).isEmpty();
		screenshot("calendar-desktop");
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			browser.navigate().refresh();
			Long overflow = (Long) browser.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
			screenshot("calendar-phone");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void theDeadlineCalculatorAnswersInPlace() throws IOException {
		browser.get("http://localhost:" + port + "/calendar?year=2026");
		WebElement start = browser.findElement(By.id("start"));
		browser.executeScript("arguments[0].value = '2026-02-13T10:00';", start);
		WebElement amount = browser.findElement(By.id("amount"));
		amount.clear();
		amount.sendKeys("1");
		new Select(browser.findElement(By.id("unit"))).selectByValue("DAYS");
		String url = browser.getCurrentUrl();
		browser.findElement(By.cssSelector("form[hx-get] button")).click();
		// htmx swaps the result element out: an element found just before the swap goes stale, so look again.
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.until(driver -> driver.findElement(By.id("deadline-result")).getText().contains("23/02/2026"));
		assertThat(browser.getCurrentUrl()).as("answered in place by htmx").isEqualTo(url);
		assertThat(browser.findElement(By.id("deadline-result")).getText()).contains("Tết Âm lịch");
		screenshot("calendar-deadline");
	}

	private void screenshot(String name) throws IOException {
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, PagesInBrowserTests.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
