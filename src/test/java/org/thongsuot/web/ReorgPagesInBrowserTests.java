package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.reorg.Reorganizations;
import org.thongsuot.reorg.SplitPlanFixture;
import org.thongsuot.reorg.internal.CutoverRunner;
import org.thongsuot.reorg.internal.RunRepository;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Units;

import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator walks through a cut-over in Chromium: logs in, uploads a plan file (the split of one
 * real 2025 commune, Phường Đội Cấn of Hà Nội, with four test dossiers), reads the dry run's counts,
 * applies it and watches the progress bar reach 100 % and the verification report, decides one of the
 * items no rule placed, applies again and downloads the report as CSV. Each page passes axe-core's WCAG
 * 2.1 A/AA rules. And the run page follows a run that is still going by itself (htmx), until its report.
 * Small data: it takes seconds. Screenshots go to {@code target/screenshots}.
 */
@IntegrationTest
class ReorgPagesInBrowserTests extends InBrowser {

	/** Phường Đội Cấn (Ba Đình, Hà Nội) before 2025-07-01: split between Phường Ba Đình and Phường Ngọc Hà. */
	private static final String SPLIT_COMMUNE = "00022";
	/** The CutoverData day of this class's dossiers. */
	private static final int DAY = 25;
	/** Phường Kim Mã (Ba Đình, Hà Nội) before 2025-07-01, split in three: the run followed while it runs. */
	private static final String RUNNING_COMMUNE = "00028";
	private static final int RUNNING_DAY = 26;

	@LocalServerPort
	int port;
	@Autowired
	Units units;
	@Autowired
	Agencies agencies;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;
	@Autowired
	Reorganizations reorg;
	@Autowired
	RunRepository runs;
	@Autowired
	CutoverRunner runner;
	@Autowired
	DataSource dataSource;

	@Test
	void anAdministratorLoadsDryRunsAppliesDecidesAndDownloadsTheReport() throws IOException {
		SplitPlanFixture.Split split = SplitPlanFixture.split(units, agencies, json, SPLIT_COMMUNE);
		List<String> codes = SplitPlanFixture.dossiers(jdbc, split, 4, DAY);
		Path file = Files.createTempFile("phuong-an-", ".json");
		Files.write(file, split.planFile());

		logIn();

		// Load the plan file.
		open("/reorg");
		accessible("reorg-plans");
		browser.findElement(By.id("file")).sendKeys(file.toString());
		browser.findElement(By.id("upload")).click();
		wait.until(d -> d.getCurrentUrl().matches(".*/reorg/plans/\\d+$"));
		String planUrl = browser.getCurrentUrl();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(split.planName());
		assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("Bản nháp");
		assertThat(browser.findElement(By.id("next-step")).getText()).contains("xem báo cáo chạy thử");
		accessible("reorg-plan-draft");

		// The dry run: four dossiers, two placed by the village rule, two waiting for a person.
		browser.findElement(By.id("dry-run")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/dry-run"));
		assertThat(browser.findElements(By.tagName("h2")).stream().map(WebElement::getText))
				.contains("Hồ sơ đang giải quyết: 4 mục, 2 đã xác định nơi nhận, 2 chờ quyết định",
						"Chưa xác định được nơi nhận: 2 mục");
		assertThat(browser.findElements(By.cssSelector("#dry-summary tr[data-subject=dossier] td")).stream()
				.map(WebElement::getText)).containsExactly("4", "2", "2");
		accessible("reorg-dry-run");
		browser.findElement(By.cssSelector("#dry-next a")).click();

		// Apply: the run page's progress bar reaches 100 % and the verification report appears.
		wait.until(d -> d.getCurrentUrl().startsWith(planUrl));
		browser.findElement(By.id("apply-confirm")).click();
		browser.findElement(By.id("apply")).click();
		finished();
		assertThat(browser.findElement(By.id("report-verdict")).getText())
				.isEqualTo("Đối soát khớp: đã chuyển 2, chờ quyết định 2, không mất, không trùng.");
		accessible("reorg-run");

		// The review: two dossiers wait; deciding one takes it out of the waiting list.
		browser.findElement(By.id("review-link")).click();
		wait.until(d -> d.getCurrentUrl().contains("#undecided"));
		assertThat(rows("#waiting")).containsExactly(codes.get(0), codes.get(2));
		accessible("reorg-plan-review");
		WebElement row = browser.findElement(By.cssSelector("#waiting tr[data-item='" + codes.get(0) + "']"));
		Select choice = new Select(row.findElement(By.tagName("select")));
		choice.selectByIndex(2);
		String chosen = choice.getFirstSelectedOption().getText();
		row.findElement(By.tagName("button")).click();
		wait.until(d -> !d.findElements(By.id("decision-saved")).isEmpty());
		assertThat(rows("#waiting")).containsExactly(codes.get(2));
		assertThat(rows("#decided")).containsExactly(codes.get(0));
		assertThat(browser.findElement(By.id("next-step")).getText()).contains("1 mục đã được quyết định");

		// Apply again: the decided dossier moves, the other one still waits.
		browser.findElement(By.id("apply-decided")).click();
		finished();
		assertThat(browser.findElement(By.id("report-verdict")).getText())
				.isEqualTo("Đối soát khớp: đã chuyển 1, chờ quyết định 1, không mất, không trùng.");
		assertThat(browser.findElement(By.id("report")).getText()).contains(chosen);

		// The report as a file.
		String csvUrl = browser.findElement(By.id("report-csv")).getDomProperty("href");
		@SuppressWarnings("unchecked")
		List<Object> download = (List<Object>) browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(function (r) {
				  return r.text().then(function (t) { done([r.status, r.headers.get('content-disposition'), t]); });
				}).catch(function (e) { done([0, String(e), '']); });""", csvUrl);
		assertThat(download.get(0)).isEqualTo(200L);
		assertThat((String) download.get(1)).startsWith("attachment; filename=\"doi-soat-luot-");
		assertThat((String) download.get(2)).contains("section,subject,agency_id", codes.get(2), "consistent");
	}

	@Test
	void theRunPageFollowsARunningApplicationByItselfUntilItsReport() throws SQLException {
		SplitPlanFixture.Split split = SplitPlanFixture.split(units, agencies, json, RUNNING_COMMUNE);
		SplitPlanFixture.dossiers(jdbc, split, 4, RUNNING_DAY);
		long planId = reorg.upload(split.planFile(), "admin").id();
		// A run stopped after its batch of dossiers, before its last one: RUNNING at 99 %, as a node leaves it
		// mid-run. Holding the cut-over lock keeps the scheduled check of this node from resuming it meanwhile.
		long runId = runs.start(planId, "APPLY", "admin", Instant.now());
		runner.execute(runId, runner.participants().size());
		try (Connection lock = dataSource.getConnection()) {
			advisory(lock, "SELECT pg_advisory_lock(?)");
			logIn();
			open("/reorg/runs/" + runId);
			assertThat(browser.findElement(By.id("run")).getDomAttribute("data-status")).isEqualTo("RUNNING");
			assertThat(browser.findElement(By.id("progress")).getDomProperty("value")).isEqualTo("99");
			assertThat(browser.findElement(By.id("run")).getText()).contains("Trang tự cập nhật mỗi giây");
			assertThat(browser.findElements(By.id("report"))).isEmpty();
			browser.executeScript("window.notReloaded = true;");
			advisory(lock, "SELECT pg_advisory_unlock(?)");
		}
		runner.execute(runId);

		// htmx polls the page and swaps the run in place: no reload, the bar at 100 %, the report.
		wait.until(d -> "100".equals(d.findElement(By.id("progress")).getDomProperty("value"))
				&& !d.findElements(By.id("report")).isEmpty());
		assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(browser.findElement(By.id("run")).getDomAttribute("data-status")).isEqualTo("DONE");
		assertThat(browser.findElement(By.id("report-verdict")).getText())
				.isEqualTo("Đối soát khớp: đã chuyển 2, chờ quyết định 2, không mất, không trùng.");
		assertThat(browser.findElement(By.id("run")).getText()).doesNotContain("Trang tự cập nhật mỗi giây");
	}

	private void logIn() {
		open("/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(d -> !d.getCurrentUrl().contains("/login"));
	}

	private static void advisory(Connection connection, String sql) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement(sql)) {
			s.setLong(1, CutoverRunner.LOCK_KEY);
			s.execute();
		}
	}

	/** Waits on the run page until the run is done: the bar at 100 % and the report shown. */
	private void finished() {
		wait.until(d -> d.getCurrentUrl().matches(".*/reorg/runs/\\d+$"));
		wait.until(d -> "100".equals(d.findElement(By.id("progress")).getDomProperty("value"))
				&& !d.findElements(By.id("report")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("label[for=progress]")).getText()).isEqualTo("Tiến độ: 100 %");
		assertThat(browser.findElement(By.id("run")).getDomAttribute("data-status")).isEqualTo("DONE");
		assertThat(browser.findElement(By.id("run-state")).getText()).startsWith("Trạng thái: đã xong lúc ");
	}

	private List<String> rows(String table) {
		return browser.findElements(By.cssSelector(table + " tbody tr")).stream().map(r -> r.getDomAttribute("data-item"))
				.toList();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}
}
