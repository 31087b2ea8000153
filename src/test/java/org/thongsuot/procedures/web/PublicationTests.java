package org.thongsuot.procedures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thongsuot.IntegrationTest;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.procedures.PublishedList;

/** The province's published list as a page, a CSV file and an Excel workbook, with counts by field and level. */
@IntegrationTest
class PublicationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Procedures procedures;

	@Test
	void theListHoldsTheProvinceAndCommuneProceduresWithCountsThatAddUp() {
		PublishedList list = procedures.publishedList(null);

		assertThat(list.entries()).extracting(PublishedList.Entry::code).contains("1.001193").doesNotContain("1.000178");
		assertThat(list.entries()).allSatisfy(e -> assertThat(e.levels())
				.isNotEmpty().allMatch(l -> l == ProcedureLevel.PROVINCE || l == ProcedureLevel.COMMUNE
						|| l == ProcedureLevel.DISTRICT));
		assertThat(list.byField().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(list.entries().size());
		assertThat(list.byLevel().get(ProcedureLevel.COMMUNE)).isGreaterThan(500);
		assertThat(list.byLevel().get(ProcedureLevel.PROVINCE)).isGreaterThan(1000);
		assertThat(list.byField().get("Hộ tịch")).isPositive();
	}

	@Test
	void theCsvHasAHeaderAndOneLinePerProcedure() throws Exception {
		MvcTestResult result = mvc.get().uri("/catalogue/published.csv").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
				.hasHeader("Content-Disposition", "attachment; filename=\"danh-muc-thu-tuc-" + procedures.today() + ".csv\"");
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFSTT,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết");
		assertThat(csv).contains(",1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,Cấp xã,");
		long lines = csv.lines().count();
		assertThat(lines).isEqualTo(procedures.publishedList(null).entries().size() + 1);
	}

	@Test
	void theExcelWorkbookHasTheListAndTheCounts() throws Exception {
		MvcTestResult result = mvc.get().uri("/catalogue/published.xlsx").exchange();
		assertThat(result).hasStatusOk()
				.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet list = book.getSheet("Danh mục");
			assertThat(list.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Mã thủ tục");
			int rows = procedures.publishedList(null).entries().size();
			assertThat(list.getLastRowNum()).isEqualTo(2 + rows);
			Sheet counts = book.getSheet("Thống kê");
			assertThat(counts.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số thủ tục theo lĩnh vực");
			double total = 0;
			for (int r = 1; r <= counts.getLastRowNum(); r++) {
				if (counts.getRow(r) != null && counts.getRow(r).getCell(0).getStringCellValue().equals("Tổng số thủ tục")) {
					total = counts.getRow(r).getCell(1).getNumericCellValue();
				}
			}
			assertThat(total).isEqualTo(rows);
		}
	}

	@Test
	void thePageShowsTheCountsAndAPageOfTheList() {
		assertThat(mvc.get().uri("/catalogue")).hasStatusOk().bodyText()
				.contains("Số thủ tục theo cấp thực hiện", "Số thủ tục theo lĩnh vực", "Tải về Excel")
				.contains("<caption>Danh mục thủ tục (");
		assertThat(mvc.get().uri("/catalogue").param("field", "Hộ tịch")).hasStatusOk().bodyText()
				.contains("Thủ tục đăng ký khai sinh");
		assertThat(mvc.get().uri("/catalogue").param("page", "999")).hasStatus(400);
	}
}
