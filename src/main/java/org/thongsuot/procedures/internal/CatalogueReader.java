package org.thongsuot.procedures.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.Channel;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.ProcedureVersion.RawText;
import org.thongsuot.procedures.ProcessingTime;
import org.thongsuot.procedures.Rejection;
import org.thongsuot.procedures.Rejection.Reason;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the three files of the national catalogue. Pure: no database. Every broken row is
 * reported with its file, line and field; the caller refuses the whole file if there is any.
 */
final class CatalogueReader {

	static final Pattern CODE = Pattern.compile("[0-9]{1,2}\\.[0-9]{6}");
	static final List<String> PROCEDURE_COLUMNS = List.of("code", "name", "ministry", "field", "implementing_levels",
			"procedure_type", "decision_no", "target_subjects", "competent_authority", "implementing_agency",
			"min_time_value", "time_unit", "fee_summary", "detail_url", "submission_raw");
	static final List<String> CHANNEL_COLUMNS = List.of("code", "channel", "time_value", "time_unit", "fee",
			"description");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(false).get();

	/** What the files hold: the records in file order, and every rejection. */
	record Result(List<NationalRecord> records, List<Rejection> rejections, String checksum) {
	}

	private final JsonMapper json;

	CatalogueReader(JsonMapper json) {
		this.json = json;
	}

	Result read(CatalogueFiles files) {
		List<Rejection> rejections = new ArrayList<>();
		Set<String> allCodes = new java.util.HashSet<>();
		Map<String, Row> procedures = readProcedures(files.procedures(), rejections, allCodes);
		// procedures.csv could not be read to its end: its codes are incomplete, so do not also report every
		// other file's row as unknown
		boolean complete = rejections.stream().noneMatch(r -> r.reason() == Reason.MALFORMED_ROW
				|| r.reason() == Reason.UNREADABLE_FILE || r.reason() == Reason.MISSING_COLUMN);
		Map<String, List<Row>> channels = readChannels(files.channels(), allCodes, rejections);
		int before = rejections.size();
		Map<String, Row> full = readFullRecords(files.fullRecords(), allCodes, rejections);
		boolean fullReadable = rejections.subList(before, rejections.size()).stream()
				.noneMatch(r -> r.reason() == Reason.UNREADABLE_FILE);
		List<NationalRecord> records = new ArrayList<>();
		for (Row row : procedures.values()) {
			Row record = full.get(row.code());
			if (record == null) {
				if (!fullReadable) {
					continue;
				}
				rejections.add(new Rejection(CatalogueFiles.PROCEDURES, row.line(), row.code(), "code",
						Reason.MISSING_FULL_RECORD, row.code()));
				continue;
			}
			records.add(build(row, channels.getOrDefault(row.code(), List.of()), record));
		}
		if (!complete) {
			rejections.removeIf(r -> r.reason() == Reason.UNKNOWN_CODE || r.reason() == Reason.MISSING_FULL_RECORD);
		}
		List<String> order = List.of(CatalogueFiles.PROCEDURES, CatalogueFiles.CHANNELS, CatalogueFiles.FULL_RECORDS);
		rejections.sort(java.util.Comparator.comparingInt((Rejection r) -> order.indexOf(r.file()))
				.thenComparingLong(Rejection::line));
		return new Result(records, rejections, checksum(files));
	}

	/** A row: its line, its code and its values by column. */
	private record Row(long line, String code, Map<String, String> values) {
		String get(String column) {
			String value = values.get(column);
			return value == null ? "" : value;
		}
	}

	private Map<String, Row> readProcedures(byte[] bytes, List<Rejection> rejections, Set<String> allCodes) {
		Map<String, Row> rows = new LinkedHashMap<>();
		String file = CatalogueFiles.PROCEDURES;
		forEachCsvRow(file, bytes, PROCEDURE_COLUMNS, rejections, row -> {
			String code = row.get("code").strip();
			if (!checkCode(file, row, code, rejections)) {
				return;
			}
			if (!allCodes.add(code)) {
				rejections.add(new Rejection(file, row.line(), code, "code", Reason.DUPLICATE_CODE, code));
				return;
			}
			boolean ok = true;
			for (String column : List.of("name", "ministry", "field", "implementing_levels")) {
				if (row.get(column).isBlank()) {
					rejections.add(new Rejection(file, row.line(), code, column, Reason.MISSING_VALUE, ""));
					ok = false;
				}
			}
			for (String label : CatalogueTexts.levelLabels(row.get("implementing_levels"))) {
				if (ProcedureLevel.ofLabel(label).isEmpty()) {
					rejections.add(new Rejection(file, row.line(), code, "implementing_levels", Reason.UNKNOWN_LEVEL,
							label));
					ok = false;
				}
			}
			String time = row.get("min_time_value").strip();
			if (!time.isEmpty() && CatalogueTexts.number(time) == null) {
				rejections.add(new Rejection(file, row.line(), code, "min_time_value", Reason.INVALID_NUMBER, time));
				ok = false;
			}
			if (ok) {
				rows.put(code, new Row(row.line(), code, row.values()));
			}
		});
		return rows;
	}

	private Map<String, List<Row>> readChannels(byte[] bytes, Set<String> codes, List<Rejection> rejections) {
		Map<String, List<Row>> rows = new HashMap<>();
		String file = CatalogueFiles.CHANNELS;
		forEachCsvRow(file, bytes, CHANNEL_COLUMNS, rejections, row -> {
			String code = row.get("code").strip();
			if (!checkCode(file, row, code, rejections)) {
				return;
			}
			if (!codes.contains(code)) {
				rejections.add(new Rejection(file, row.line(), code, "code", Reason.UNKNOWN_CODE, code));
				return;
			}
			if (row.get("channel").isBlank()) {
				rejections.add(new Rejection(file, row.line(), code, "channel", Reason.MISSING_VALUE, ""));
				return;
			}
			String time = row.get("time_value").strip();
			if (!time.isEmpty() && CatalogueTexts.number(time) == null) {
				rejections.add(new Rejection(file, row.line(), code, "time_value", Reason.INVALID_NUMBER, time));
				return;
			}
			rows.computeIfAbsent(code, c -> new ArrayList<>()).add(new Row(row.line(), code, row.values()));
		});
		return rows;
	}

	private boolean checkCode(String file, Row row, String code, List<Rejection> rejections) {
		if (code.isEmpty()) {
			rejections.add(new Rejection(file, row.line(), null, "code", Reason.MISSING_VALUE, ""));
			return false;
		}
		if (!CODE.matcher(code).matches()) {
			rejections.add(new Rejection(file, row.line(), null, "code", Reason.INVALID_CODE, code));
			return false;
		}
		return true;
	}

	private void forEachCsvRow(String file, byte[] bytes, List<String> columns, List<Rejection> rejections,
			java.util.function.Consumer<Row> action) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			List<String> header = parser.getHeaderNames();
			boolean complete = true;
			for (String column : columns) {
				if (!header.contains(column)) {
					rejections.add(new Rejection(file, 1, null, column, Reason.MISSING_COLUMN, column));
					complete = false;
				}
			}
			if (!complete) {
				return;
			}
			long lineBefore = parser.getCurrentLineNumber();
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (RuntimeException e) {
					// the record that could not be read starts on the line after the last one read
					rejections.add(new Rejection(file, lineBefore + 1, null, "-", Reason.MALFORMED_ROW, rootMessage(e)));
					return;
				}
				long line = lineBefore + 1;
				lineBefore = parser.getCurrentLineNumber();
				if (record.size() != header.size()) {
					rejections.add(new Rejection(file, line, null, "-", Reason.MALFORMED_ROW,
							record.size() + " cells, the header has " + header.size()));
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (String column : columns) {
					values.put(column, record.get(column));
				}
				action.accept(new Row(line, values.get("code"), values));
			}
		}
		catch (IOException | RuntimeException e) {
			rejections.add(new Rejection(file, 1, null, "-", Reason.UNREADABLE_FILE, rootMessage(e)));
		}
	}

	private Map<String, Row> readFullRecords(byte[] bytes, Set<String> codes, List<Rejection> rejections) {
		Map<String, Row> records = new HashMap<>();
		String file = CatalogueFiles.FULL_RECORDS;
		long line = 0;
		try (BufferedReader reader = new BufferedReader(open(bytes))) {
			String text;
			while ((text = reader.readLine()) != null) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				Map<String, Object> object;
				try {
					object = json.readValue(text, Map.class);
				}
				catch (RuntimeException e) {
					rejections.add(new Rejection(file, line, null, "-", Reason.INVALID_JSON, rootMessage(e)));
					continue;
				}
				Map<String, String> values = new TreeMap<>();
				object.forEach((key, value) -> values.put(key, value == null ? "" : String.valueOf(value)));
				String code = values.getOrDefault("ma_thu_tuc", "").strip();
				Row row = new Row(line, code, values);
				if (code.isEmpty()) {
					rejections.add(new Rejection(file, line, null, "ma_thu_tuc", Reason.MISSING_VALUE, ""));
				}
				else if (!CODE.matcher(code).matches()) {
					rejections.add(new Rejection(file, line, null, "ma_thu_tuc", Reason.INVALID_CODE, code));
				}
				else if (records.containsKey(code)) {
					rejections.add(new Rejection(file, line, code, "ma_thu_tuc", Reason.DUPLICATE_CODE, code));
				}
				else if (!codes.contains(code)) {
					rejections.add(new Rejection(file, line, code, "ma_thu_tuc", Reason.UNKNOWN_CODE, code));
				}
				else {
					records.put(code, row);
				}
			}
		}
		catch (IOException | RuntimeException e) {
			rejections.add(new Rejection(file, line + 1, null, "-", Reason.UNREADABLE_FILE, rootMessage(e)));
		}
		return records;
	}

	/** Gzipped or plain JSON Lines, told apart by the gzip magic number. */
	private static Reader open(byte[] bytes) throws IOException {
		InputStream in = new ByteArrayInputStream(bytes);
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
			in = new GZIPInputStream(in, 1 << 16);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	private NationalRecord build(Row row, List<Row> channelRows, Row full) {
		List<Channel> channels = new ArrayList<>();
		for (Row channel : channelRows) {
			channels.add(new Channel(CatalogueTexts.normalize(channel.get("channel")),
					CatalogueTexts.time(channel.get("time_value"), channel.get("time_unit")),
					CatalogueTexts.normalize(channel.get("fee")), channel.get("description").strip()));
		}
		List<ProcedureLevel> levels = CatalogueTexts.levelLabels(row.get("implementing_levels")).stream()
				.map(label -> ProcedureLevel.ofLabel(label).orElseThrow()).distinct().sorted().toList();
		RawText raw = new RawText(full.get("trinh_tu_thuc_hien"), full.get("cach_thuc_thuc_hien"),
				full.get("thanh_phan_ho_so"), full.get("can_cu_phap_ly"), full.get("yeu_cau_dieu_kien"),
				full.get("ket_qua_xu_ly"));
		NationalRecord.Parsed parsed = new NationalRecord.Parsed(channels, CatalogueTexts.steps(raw.steps()),
				CatalogueTexts.components(raw.components()), CatalogueTexts.legalBasis(raw.legalBasis()),
				CatalogueTexts.results(raw.results()));
		ProcessingTime time = CatalogueTexts.time(row.get("min_time_value"), row.get("time_unit"));
		String conditions = CatalogueTexts.blank(raw.conditions()) ? "" : raw.conditions().strip();
		return new NationalRecord(row.code(), CatalogueTexts.normalize(row.get("name")),
				CatalogueTexts.normalize(row.get("ministry")), CatalogueTexts.normalize(row.get("field")), levels,
				CatalogueTexts.normalize(row.get("procedure_type")), CatalogueTexts.normalize(row.get("decision_no")),
				CatalogueTexts.normalize(row.get("target_subjects")),
				CatalogueTexts.normalize(row.get("competent_authority")),
				CatalogueTexts.normalize(row.get("implementing_agency")),
				CatalogueTexts.normalize(full.get("dia_chi_tiep_nhan")), row.get("detail_url").strip(), time,
				CatalogueTexts.normalize(row.get("fee_summary")), conditions, parsed, raw,
				hash(row, channelRows, full), row.line());
	}

	/** A hash of everything the files say about one procedure: equal hashes, nothing changed. */
	private static String hash(Row row, List<Row> channels, Row full) {
		MessageDigest digest = sha256();
		update(digest, new TreeMap<>(row.values()));
		for (Row channel : channels) {
			update(digest, new TreeMap<>(channel.values()));
		}
		update(digest, full.values());
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, Map<String, String> values) {
		values.forEach((key, value) -> {
			digest.update(key.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0x1f);
			digest.update(value.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0x1e);
		});
		digest.update((byte) 0x1d);
	}

	static String checksum(CatalogueFiles files) {
		MessageDigest digest = sha256();
		for (byte[] bytes : List.of(files.procedures(), files.channels(), files.fullRecords())) {
			digest.update(sha256().digest(bytes));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}
}
