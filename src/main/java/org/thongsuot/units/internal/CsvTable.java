package org.thongsuot.units.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thongsuot.units.Level;

/**
 * One reference CSV file, parsed strictly: UTF-8 (invalid bytes are an error), RFC 4180, the expected
 * header columns present, every row with as many fields as the header. Values are trimmed and NFC.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get();

	private final String file;
	private final List<Row> rows;

	private CsvTable(String file, List<Row> rows) {
		this.file = file;
		this.rows = rows;
	}

	String file() {
		return file;
	}

	List<Row> rows() {
		return rows;
	}

	static CsvTable parse(String file, byte[] content, List<String> columns) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), decoder);
				CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : columns) {
				if (header == null || !header.containsKey(column)) {
					throw ReferenceDataException.at(file, 1, "the header lacks the column '" + column + "'");
				}
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (!record.isConsistent()) {
					throw ReferenceDataException.at(file, line,
							"has " + record.size() + " fields, the header has " + header.size());
				}
				rows.add(new Row(file, line, record));
			}
			return new CsvTable(file, rows);
		}
		catch (CharacterCodingException e) {
			throw new ReferenceDataException("Units reference data: " + file + " is not valid UTF-8", e);
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new ReferenceDataException("Units reference data: " + file + " is not readable CSV: "
					+ e.getMessage(), e);
		}
	}

	/** A data row with its line number, for messages that point at it. */
	record Row(String file, long line, CSVRecord record) {

		/** The value, trimmed and NFC; empty when the field is empty. */
		String get(String column) {
			return VietnameseText.nfc(record.get(column).strip());
		}

		/** The value, or null when the field is empty. */
		String optional(String column) {
			String value = get(column);
			return value.isEmpty() ? null : value;
		}

		String required(String column) {
			String value = get(column);
			if (value.isEmpty()) {
				throw fail("the column '" + column + "' is empty");
			}
			return value;
		}

		String code(String column, Level level) {
			String value = required(column);
			if (!level.accepts(value)) {
				throw fail("'" + column + "' is '" + value + "', not a " + level.codeLength() + "-digit "
						+ level.name().toLowerCase() + " code");
			}
			return value;
		}

		LocalDate date(String column) {
			String value = required(column);
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException e) {
				throw fail("'" + column + "' is '" + value + "', not a date YYYY-MM-DD");
			}
		}

		int number(String column) {
			String value = required(column);
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException e) {
				throw fail("'" + column + "' is '" + value + "', not a number");
			}
		}

		ReferenceDataException fail(String problem) {
			return ReferenceDataException.at(file, line, problem);
		}
	}
}
