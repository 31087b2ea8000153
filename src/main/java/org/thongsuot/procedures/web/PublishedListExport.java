package org.thongsuot.procedures.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thongsuot.procedures.ProcedureLevel;
import org.thongsuot.procedures.PublishedList;

/** The published list as CSV (UTF-8 with a byte order mark, so spreadsheets read the diacritics) and as Excel. */
@Component
class PublishedListExport {

	private static final List<String> COLUMNS = List.of("number", "code", "name", "field", "levels", "time", "fees",
			"online", "agency", "version", "validFrom");

	private final MessageSource messages;

	PublishedListExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(PublishedList list, Locale locale) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(COLUMNS.stream().map(c -> text("catalogue.column." + c, locale)).toList());
			int n = 0;
			for (PublishedList.Entry e : list.entries()) {
				printer.printRecord(values(++n, e, locale));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] excel(PublishedList list, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = book.createSheet(text("catalogue.sheet.list", locale));
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(text("catalogue.export.title", locale, list.at()));
			title.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(2);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(text("catalogue.column." + COLUMNS.get(i), locale));
				header.getCell(i).setCellStyle(bold);
			}
			int n = 0;
			for (PublishedList.Entry e : list.entries()) {
				Row row = sheet.createRow(3 + n);
				List<Object> values = values(++n, e, locale);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(i).setCellValue(String.valueOf(value));
					}
				}
			}
			sheet.createFreezePane(0, 3);
			sheet.setColumnWidth(2, 90 * 256);
			sheet.setColumnWidth(3, 30 * 256);
			Sheet counts = book.createSheet(text("catalogue.sheet.counts", locale));
			int r = 0;
			Row fieldHeader = counts.createRow(r++);
			fieldHeader.createCell(0).setCellValue(text("catalogue.byField", locale));
			fieldHeader.createCell(1).setCellValue(text("catalogue.count", locale));
			fieldHeader.getCell(0).setCellStyle(bold);
			fieldHeader.getCell(1).setCellStyle(bold);
			for (Map.Entry<String, Long> field : list.byField().entrySet()) {
				Row row = counts.createRow(r++);
				row.createCell(0).setCellValue(field.getKey());
				row.createCell(1).setCellValue(field.getValue());
			}
			r++;
			Row levelHeader = counts.createRow(r++);
			levelHeader.createCell(0).setCellValue(text("catalogue.byLevel", locale));
			levelHeader.createCell(1).setCellValue(text("catalogue.count", locale));
			levelHeader.getCell(0).setCellStyle(bold);
			levelHeader.getCell(1).setCellStyle(bold);
			for (Map.Entry<ProcedureLevel, Long> level : list.byLevel().entrySet()) {
				Row row = counts.createRow(r++);
				row.createCell(0).setCellValue(text("procedures.level." + level.getKey(), locale));
				row.createCell(1).setCellValue(level.getValue());
			}
			Row total = counts.createRow(++r);
			total.createCell(0).setCellValue(text("catalogue.total", locale));
			total.createCell(1).setCellValue(list.entries().size());
			counts.setColumnWidth(0, 60 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<Object> values(int n, PublishedList.Entry e, Locale locale) {
		String levels = e.levels().stream().map(l -> text("procedures.level." + l, locale))
				.collect(Collectors.joining(", "));
		String online = e.onlineLevel() == null ? "" : text("procedures.online." + e.onlineLevel(), locale);
		return List.of(n, e.code(), e.name(), e.field(), levels, e.processingTime(), e.fees(), online, e.competentAgency(),
				e.version(), e.validFrom().toString());
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
