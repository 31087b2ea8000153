package org.thongsuot.units.internal.agencies;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thongsuot.units.AgencyImportError;
import org.thongsuot.units.AgencyImportError.Reason;
import org.thongsuot.units.internal.VietnameseText;

/**
 * A province's agency code list as a CSV file: UTF-8 (a byte order mark is allowed), RFC 4180, one
 * header row naming the columns; blank lines are skipped. The rows come out as column → value maps (trimmed, NFC, empty values
 * left out), numbered as a spreadsheet numbers them; whatever makes the file unreadable is an error of
 * row 1.
 */
final class CodeListFile {

	static final String CODE = "code";
	static final String NAME = "name";
	static final String NAME_EN = "name_en";
	static final String UNIT_LEVEL = "unit_level";
	static final String UNIT_CODE = "unit_code";
	static final String KIND = "kind";
	static final String PARENT_CODE = "parent_code";
	static final String VALID_FROM = "valid_from";
	static final String VALID_TO = "valid_to";

	static final List<String> REQUIRED = List.of(CODE, NAME, UNIT_LEVEL, UNIT_CODE, KIND);
	static final List<String> COLUMNS = List.of(CODE, NAME, NAME_EN, UNIT_LEVEL, UNIT_CODE, KIND, PARENT_CODE,
			VALID_FROM, VALID_TO);

	record Row(int number, Map<String, String> values) {

		String get(String column) {
			return values.get(column);
		}
	}

	/** The rows, or the errors that stop the file from being read at all. */
	record Parsed(List<Row> rows, List<AgencyImportError> errors) {
	}

	private CodeListFile() {
	}

	static Parsed parse(byte[] content, int maxRows) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
		}
		catch (CharacterCodingException e) {
			return failed(fileError(Reason.NOT_UTF8, ""));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			return failed(fileError(Reason.EMPTY_FILE, ""));
		}
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()
				.parse(new StringReader(text))) {
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			return failed(fileError(Reason.UNREADABLE_CSV, String.valueOf(e.getMessage())));
		}
		List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		List<AgencyImportError> errors = checkHeader(header);
		if (!errors.isEmpty()) {
			return new Parsed(List.of(), errors);
		}
		if (records.size() == 1) {
			return failed(fileError(Reason.EMPTY_FILE, ""));
		}
		if (records.size() - 1 > maxRows) {
			return failed(new AgencyImportError(1, "file", String.valueOf(records.size() - 1), Reason.TOO_MANY_ROWS,
					List.of(String.valueOf(maxRows))));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			CSVRecord record = records.get(i);
			int number = i + 1;
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue; // a blank line: counted, as a spreadsheet shows it, but not a row
			}
			if (record.size() != header.size()) {
				errors.add(new AgencyImportError(number, "file", String.valueOf(record.size()), Reason.WRONG_FIELD_COUNT,
						List.of(String.valueOf(header.size()))));
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				String value = VietnameseText.nfc(record.get(c).strip());
				if (!value.isEmpty()) {
					values.put(header.get(c), value);
				}
			}
			rows.add(new Row(number, values));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			return failed(fileError(Reason.EMPTY_FILE, ""));
		}
		return new Parsed(rows, errors);
	}

	private static List<AgencyImportError> checkHeader(List<String> header) {
		List<AgencyImportError> errors = new ArrayList<>();
		for (int c = 0; c < header.size(); c++) {
			String column = header.get(c);
			if (!COLUMNS.contains(column)) {
				errors.add(new AgencyImportError(1, column, column, Reason.UNKNOWN_COLUMN,
						List.of(String.join(", ", COLUMNS))));
			}
			else if (header.indexOf(column) != c) {
				errors.add(new AgencyImportError(1, column, column, Reason.DUPLICATE_COLUMN, List.of()));
			}
		}
		for (String required : REQUIRED) {
			if (!header.contains(required)) {
				errors.add(new AgencyImportError(1, required, "", Reason.MISSING_COLUMN, List.of()));
			}
		}
		return errors;
	}

	private static AgencyImportError fileError(Reason reason, String value) {
		return new AgencyImportError(1, "file", value, reason, List.of());
	}

	private static Parsed failed(AgencyImportError error) {
		return new Parsed(List.of(), List.of(error));
	}
}
