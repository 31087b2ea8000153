package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thongsuot.IntegrationTest;

/**
 * An administrator registers an agency in Chromium: the form, a refusal that names the field to correct
 * and keeps what was typed, then the agency's page. Each page passes axe-core's WCAG 2.1 A/AA rules and
 * does not scroll sideways on a phone. The office belongs to Điện Biên (11), like the other registration
 * tests'; screenshots go to {@code target/screenshots}.
 */
@IntegrationTest
class AgencyRegistrationInBrowserTests extends InBrowser {

	@LocalServerPort
	int port;

	@Test
	void anAdministratorCorrectsTheFieldNamedAndRegistersTheAgency() throws IOException {
		open("/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(d -> !d.getCurrentUrl().contains("/login"));

		open("/agencies/new");
		accessible("agency-new");
		String name = "Văn phòng đăng ký trong trình duyệt tỉnh Điện Biên (thử)";
		browser.findElement(By.id("name")).sendKeys(name);
		new Select(browser.findElement(By.id("kind"))).selectByValue("OTHER");
		browser.findElement(By.id("unitCode")).sendKeys("1");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

		wait.until(d -> !d.findElements(By.id("register-error")).isEmpty());
		assertThat(browser.findElement(By.id("register-error")).getText()).contains("Mã đơn vị hành chính");
		assertThat(browser.findElement(By.id("unitCode")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
		accessible("agency-new-refused");

		browser.findElement(By.id("unitCode")).clear();
		browser.findElement(By.id("unitCode")).sendKeys("11");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		wait.until(d -> d.getCurrentUrl().matches(".*/agencies/\\d+$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		accessible("agency-registered");
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}
}
