package org.thongsuot.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages; Selenium never
 * downloads a driver ({@code SE_OFFLINE=true}). Without the packages the browser tests are skipped on a
 * developer's machine, and fail in CI, where {@code .ci/run} installs them and sets
 * {@code THONGSUOT_REQUIRE_BROWSER}.
 */
final class Browser {

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private Browser() {
	}

	static ChromeDriver start() throws IOException {
		boolean installed = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
		if (!installed && "true".equalsIgnoreCase(System.getenv("THONGSUOT_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages");
		}
		Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed: browser tests skipped");
		Path profile = Files.createTempDirectory("thongsuot-chromium-");
		ChromeOptions options = new ChromeOptions()
				.setBinary(CHROMIUM)
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--lang=vi",
						"--user-data-dir=" + profile, "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}
}
