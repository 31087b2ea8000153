package org.thongsuot.dossiers.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.thongsuot.dossiers.Statistics;
import org.thongsuot.dossiers.StatisticsLine;

/** The statistics as an Excel workbook (one sheet: title, period, header, a row per group, the total). */
final class StatisticsExcel {

	static final List<String> COLUMNS = List.of("group", "carriedOver", "newlyReceived", "received", "processed",
			"processedEarly", "processedOnTime", "processedLate", "refused", "otherEnded", "pending",
			"pendingWithinDeadline", "pendingOverdue");

	private StatisticsExcel() {
	}

	static byte[] write(Statistics s, String scope, MessageSource messages, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage("statistics.sheet", null, locale));
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle header = book.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(messages.getMessage("statistics.heading", null, locale));
			title.getCell(0).setCellStyle(header);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
			sheet.createRow(1).createCell(0).setCellValue(messages.getMessage("statistics.period",
					new Object[] { format(s.from()), format(s.to()) }, locale) + " — " + scope);
			Row head = sheet.createRow(3);
			for (int i = 0; i < COLUMNS.size(); i++) {
				String key = i == 0 ? "statistics.groupBy." + s.groupBy() : "statistics.column." + COLUMNS.get(i);
				head.createCell(i).setCellValue(messages.getMessage(key, null, locale));
				head.getCell(i).setCellStyle(header);
			}
			int r = 4;
			for (StatisticsLine line : s.lines()) {
				row(sheet.createRow(r++), line.label(), line);
			}
			row(sheet.createRow(r), messages.getMessage("statistics.total", null, locale), s.total());
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.getRow(r).getCell(c).setCellStyle(header);
			}
			sheet.setColumnWidth(0, 40 * 256);
			for (int c = 1; c < COLUMNS.size(); c++) {
				sheet.setColumnWidth(c, 14 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void row(Row row, String label, StatisticsLine l) {
		row.createCell(0).setCellValue(label);
		long[] values = { l.carriedOver(), l.newlyReceived(), l.received(), l.processed(), l.processedEarly(),
				l.processedOnTime(), l.processedLate(), l.refused(), l.otherEnded(), l.pending(),
				l.pendingWithinDeadline(), l.pendingOverdue() };
		for (int i = 0; i < values.length; i++) {
			row.createCell(i + 1).setCellValue(values[i]);
		}
	}

	static String format(java.time.LocalDate d) {
		return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
	}
}
