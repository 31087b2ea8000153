package org.thongsuot.procedures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.Rejection;
import org.thongsuot.procedures.Rejection.Reason;
import org.thongsuot.procedures.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

class CatalogueReaderTests {

	private final CatalogueReader reader = new CatalogueReader(JsonMapper.builder().build());

	static CatalogueFiles shipped() throws IOException {
		String base = "/reference-data/procedures/";
		return CatalogueFiles.read("classpath:" + base, resource(base + CatalogueFiles.PROCEDURES),
				resource(base + CatalogueFiles.CHANNELS), resource(base + CatalogueFiles.FULL_RECORDS));
	}

	private static InputStream resource(String path) {
		return CatalogueReaderTests.class.getResourceAsStream(path);
	}

	@Test
	void theShippedCatalogueReadsWithoutRejectionAndParsesTheTables() throws IOException {
		CatalogueReader.Result result = reader.read(shipped());

		assertThat(result.rejections()).isEmpty();
		assertThat(result.records()).hasSize(2642);
		NationalRecord birth = result.records().stream().filter(r -> r.code().equals("1.001193")).findFirst().orElseThrow();
		assertThat(birth.name()).isEqualTo("Thủ tục đăng ký khai sinh");
		assertThat(birth.levels()).containsExactly(ProcedureLevel.COMMUNE);
		assertThat(birth.parsed().channels()).hasSize(3);
		assertThat(birth.parsed().components()).anySatisfy(c -> {
			assertThat(c.name()).startsWith("- Giấy chứng sinh");
			assertThat(c.quantity()).isEqualTo("1 bản chính");
			assertThat(c.section()).isEqualTo("Giấy tờ phải nộp");
			assertThat(c.required()).isTrue();
		});
		assertThat(birth.parsed().legalBasis()).anySatisfy(d -> assertThat(d.number()).isEqualTo("123/2015/NĐ-CP"));
		assertThat(birth.parsed().legalBasis()).allSatisfy(d -> assertThat(d.number()).doesNotEndWith("-C"));
		assertThat(birth.parsed().legalBasis()).anySatisfy(d -> assertThat(d.title())
				.startsWith("Nghị định số 123/2015/NĐ-CP ngày 15/11/2015"));
		assertThat(birth.parsed().results()).first().satisfies(r -> {
			assertThat(r.name()).isEqualTo("Giấy khai sinh");
			assertThat(r.code()).isEqualTo("KQ.G15.000031");
		});
		assertThat(birth.raw().components()).startsWith("* Giấy tờ phải nộp:Tên giấy tờ");

		long withComponents = result.records().stream().filter(r -> !r.parsed().components().isEmpty()).count();
		long withLegalNumbers = result.records().stream()
				.filter(r -> r.parsed().legalBasis().stream().anyMatch(d -> !d.number().isEmpty())).count();
		long workingDays = result.records().stream().filter(r -> r.time().unit() == TimeUnit.WORKING_DAYS).count();
		long unparsed = result.records().stream().filter(r -> !r.time().parsed()).count();
		System.out.printf("components parsed: %d, legal basis with numbers: %d, working days: %d, unparsed times: %d%n",
				withComponents, withLegalNumbers, workingDays, unparsed);
		assertThat(withComponents).isGreaterThan(2400);
		assertThat(withLegalNumbers).isGreaterThan(2400);
		assertThat(workingDays).isEqualTo(1465);
	}

	@Test
	void aTemplateFileNameIsSplitFromTheComponentsName() {
		var components = CatalogueTexts.components("--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị theo Mẫu số 08 "
				+ "ban hành kèm theo Nghị định số 121/2021/NĐ-CP;Mus08.docx1 bản chínhQuy chế quản lý;1 bản sao");

		assertThat(components).extracting("name", "template", "quantity").containsExactly(
				org.assertj.core.groups.Tuple.tuple("Đơn đề nghị theo Mẫu số 08 ban hành kèm theo Nghị định số 121/2021/NĐ-CP",
						"Mus08.docx", "1 bản chính"),
				org.assertj.core.groups.Tuple.tuple("Quy chế quản lý", "", "1 bản sao"));
	}

	@Test
	void legalDocumentsRunTogetherAreSplitIntoTitleAndNumber() {
		var documents = CatalogueTexts.legalBasis("Tên văn bản pháp lýMã văn bảnHướng dẫn xử lý khiếu nại68/2013/TT-BCA"
				+ "Luật Khiếu nại  năm 201102/2011/QH13Nghị định 05/2012/NĐ-CP05/2012/NĐ-CP");

		assertThat(documents).extracting("number").containsExactly("68/2013/TT-BCA", "02/2011/QH13", "05/2012/NĐ-CP");
		assertThat(documents.get(1).title()).isEqualTo("Luật Khiếu nại năm 2011");
	}

	@Test
	void aBrokenRowRejectsTheFileNamingFileLineAndField() throws IOException {
		CatalogueFiles good = shipped();
		String csv = new String(good.procedures(), StandardCharsets.UTF_8);
		String[] lines = csv.split("\n", 4);
		// line 3 (the second procedure) gets a level nobody knows
		String broken = lines[0] + "\n" + lines[1] + "\n" + lines[2].replace("Cấp bộ", "Cấp thôn") + "\n" + lines[3];

		CatalogueReader.Result result = reader.read(new CatalogueFiles("test", broken.getBytes(StandardCharsets.UTF_8),
				good.channels(), good.fullRecords()));

		assertThat(result.rejections()).containsExactly(new Rejection(CatalogueFiles.PROCEDURES, 3, "1.000010",
				"implementing_levels", Reason.UNKNOWN_LEVEL, "Cấp thôn"));
		assertThat(result.rejections().get(0).describe())
				.isEqualTo("procedures.csv line 3 (1.000010), field implementing_levels: implementing_levels names an "
						+ "unknown level 'Cấp thôn'");
	}

	@Test
	void aCorruptGzipIsRejectedWithTheLineWhereReadingStopped() throws IOException {
		CatalogueFiles good = shipped();
		byte[] gz = good.fullRecords();
		byte[] truncated = java.util.Arrays.copyOf(gz, gz.length / 2);

		CatalogueReader.Result result = reader.read(new CatalogueFiles("test", good.procedures(), good.channels(),
				truncated));

		assertThat(result.rejections()).first().satisfies(r -> {
			assertThat(r.file()).isEqualTo(CatalogueFiles.FULL_RECORDS);
			assertThat(r.reason()).isIn(Reason.UNREADABLE_FILE, Reason.INVALID_JSON);
			assertThat(r.line()).isGreaterThan(1000);
		});
	}

	@Test
	void plainJsonLinesAreReadLikeGzippedOnes() throws IOException {
		String csv = "code,name,ministry,field,implementing_levels,procedure_type,decision_no,target_subjects,"
				+ "competent_authority,implementing_agency,min_time_value,time_unit,fee_summary,detail_url,submission_raw\n"
				+ "9.900001,Thủ tục thử,Bộ Tư pháp,Hộ tịch,Cấp huyện,,1/QĐ-BTP,,,,5,Ngày làm việc,Miễn phí,,\n";
		String channels = "code,channel,time_value,time_unit,fee,description\n9.900001,Trực tiếp,5,Ngày làm việc,Miễn phí,\n";
		String json = "{\"ma_thu_tuc\":\"9.900001\",\"ten_thu_tuc\":\"Thủ tục thử\"}\n";

		CatalogueReader.Result plain = reader.read(new CatalogueFiles("t", bytes(csv), bytes(channels), bytes(json)));
		CatalogueReader.Result zipped = reader.read(new CatalogueFiles("t", bytes(csv), bytes(channels), gzip(json)));

		assertThat(plain.rejections()).isEmpty();
		assertThat(plain.records()).singleElement().satisfies(r -> {
			assertThat(r.levels()).containsExactly(ProcedureLevel.DISTRICT);
			assertThat(r.time().unit()).isEqualTo(TimeUnit.WORKING_DAYS);
		});
		assertThat(zipped.records().get(0).hash()).isEqualTo(plain.records().get(0).hash());
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes(text));
		}
		return out.toByteArray();
	}

	List<Rejection> none() {
		return List.of();
	}
}
