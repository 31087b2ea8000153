package org.thongsuot.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** The import of the national catalogue on the real database: the shipped files, re-imports, changes, refusals. */
@IntegrationTest
class CatalogueImportTests {

	@Autowired
	Procedures procedures;

	@Autowired
	JdbcClient jdbc;

	static CatalogueFiles shipped() throws IOException {
		String base = "/reference-data/procedures/";
		return CatalogueFiles.read("test:" + base, resource(base + CatalogueFiles.PROCEDURES),
				resource(base + CatalogueFiles.CHANNELS), resource(base + CatalogueFiles.FULL_RECORDS));
	}

	private static InputStream resource(String path) {
		return CatalogueImportTests.class.getResourceAsStream(path);
	}

	@Test
	void theShippedCatalogueIsLoadedAtFirstStartWithAll2642Procedures() {
		ImportReport first = procedures.imports().stream().filter(r -> r.added().size() == 2642).findFirst().orElseThrow();

		assertThat(first.saved()).isTrue();
		assertThat(first.procedures()).isEqualTo(2642);
		assertThat(first.rejected()).isEmpty();
		assertThat(first.source()).isEqualTo("classpath:reference-data/procedures/");
		ProcedureVersion birth = procedures.inForce("1.001193", null, "code");
		assertThat(birth.name()).isEqualTo("Thủ tục đăng ký khai sinh");
		assertThat(birth.version()).isEqualTo(1);
		assertThat(birth.state()).isEqualTo(VersionState.PUBLISHED);
		assertThat(birth.validFrom()).isEqualTo(procedures.today());
		assertThat(birth.raw().components()).contains("Giấy chứng sinh");
		assertThat(procedures.history("1.001193")).extracting(HistoryEntry::action)
				.startsWith(HistoryEntry.Action.IMPORTED, HistoryEntry.Action.PUBLISHED);
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() throws IOException {
		ImportReport again = procedures.importCatalogue(shipped(), null, "test", true);

		assertThat(again.rejected()).isEmpty();
		assertThat(again.added()).isEmpty();
		assertThat(again.changed()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(2642);
		assertThat(procedures.versions("1.001193")).hasSize(1);
	}

	@Test
	void aChangedRecordGetsANewVersionAndTheOldOneIsKept() {
		LocalDate today = procedures.today();
		ImportReport added = procedures.importCatalogue(files("9.900101", "Thủ tục thử thay đổi", "10"), today.plusDays(10),
				"test", true);
		ImportReport changed = procedures.importCatalogue(files("9.900101", "Thủ tục thử thay đổi", "7"),
				today.plusDays(20), "test", true);

		assertThat(added.added()).containsExactly("9.900101");
		assertThat(changed.added()).isEmpty();
		assertThat(changed.changed()).containsExactly("9.900101");
		assertThat(procedures.versions("9.900101")).extracting(VersionSummary::version, VersionSummary::validFrom,
				VersionSummary::validTo).containsExactly(
						org.assertj.core.groups.Tuple.tuple(1, today.plusDays(10), today.plusDays(20)),
						org.assertj.core.groups.Tuple.tuple(2, today.plusDays(20), null));
		assertThat(procedures.inForce("9.900101", today.plusDays(15), "at").nationalTime().value()).isEqualByComparingTo("10");
		assertThat(procedures.inForce("9.900101", today.plusDays(25), "at").nationalTime().value()).isEqualByComparingTo("7");
		assertThatThrownBy(() -> procedures.inForce("9.900101", today, "at")).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.PROCEDURE_NOT_IN_FORCE));
	}

	@Test
	void aBrokenRowRefusesTheWholeFileNamingRowAndFieldAndSavesNothing() {
		String csv = header() + row("9.900201", "Thủ tục thử một", "Cấp tỉnh", "5") + row("9.900202", "Thủ tục thử hai",
				"Cấp tỉnh", "năm");
		CatalogueFiles files = new CatalogueFiles("test", bytes(csv), bytes(channelsHeader()),
				bytes(json("9.900201") + json("9.900202")));
		long importsBefore = jdbc.sql("SELECT count(*) FROM procedures_import").query(Long.class).single();

		ImportReport report = procedures.importCatalogue(files, null, "test", true);

		assertThat(report.saved()).isFalse();
		assertThat(report.rejected()).containsExactly(new Rejection(CatalogueFiles.PROCEDURES, 3, "9.900202",
				"min_time_value", Rejection.Reason.INVALID_NUMBER, "năm"));
		assertThat(procedures.exists("9.900201")).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM procedures_import").query(Long.class).single()).isEqualTo(importsBefore);
	}

	@Test
	void anImportMayNotTakeEffectInThePast() {
		assertThatThrownBy(() -> procedures.importCatalogue(files("9.900301", "Thủ tục thử", "5"),
				procedures.today().minusDays(1), "test", true))
				.isInstanceOfSatisfying(ApiException.class, e -> {
					assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
					assertThat(e.parameter()).isEqualTo("effectiveFrom");
				});
	}

	@Test
	void theHistoryIsAppendOnly() {
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM procedures_history WHERE code = '1.001193'").update())
				.hasMessageContaining("append-only");
	}

	static CatalogueFiles files(String code, String name, String days) {
		return new CatalogueFiles("test", bytes(header() + row(code, name, "Cấp tỉnh", days)),
				bytes(channelsHeader() + code + ",Trực tiếp," + days + ",Ngày làm việc,Miễn phí,\n"), bytes(json(code)));
	}

	static String header() {
		return "code,name,ministry,field,implementing_levels,procedure_type,decision_no,target_subjects,"
				+ "competent_authority,implementing_agency,min_time_value,time_unit,fee_summary,detail_url,submission_raw\n";
	}

	static String row(String code, String name, String levels, String days) {
		return code + "," + name + ",Bộ Tư pháp,Thử nghiệm," + "\"" + levels + "\"" + ",,1/QĐ-BTP,Công dân Việt Nam,,,"
				+ days + ",Ngày làm việc,Miễn phí,,\n";
	}

	static String channelsHeader() {
		return "code,channel,time_value,time_unit,fee,description\n";
	}

	static String json(String code) {
		return "{\"ma_thu_tuc\":\"" + code + "\",\"thanh_phan_ho_so\":\"--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai"
				+ "Mau01.docx1 bản chính\",\"trinh_tu_thuc_hien\":\"Bước 1: Nộp hồ sơ\\nBước 2: Nhận kết quả\"}\n";
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	List<String> none() {
		return List.of();
	}
}
