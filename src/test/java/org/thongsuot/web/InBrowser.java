package org.thongsuot.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class shares: one headless Chromium for the class (see {@link Browser}, which
 * skips or fails the class when Debian's packages are missing), a wait for pages that change by
 * themselves, and the directory the screenshots go to.
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
}
