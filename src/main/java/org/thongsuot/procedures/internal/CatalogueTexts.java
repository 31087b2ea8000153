package org.thongsuot.procedures.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thongsuot.procedures.DossierComponent;
import org.thongsuot.procedures.LegalDocument;
import org.thongsuot.procedures.ProcedureResult;
import org.thongsuot.procedures.ProcessingTime;
import org.thongsuot.procedures.TimeUnit;

/**
 * Best-effort parsing of the catalogue's flattened table-like texts, whose cells were scraped run
 * together ("Tên giấy tờMẫu đơn, tờ khaiSố lượng…"). What cannot be parsed is left out of the parsed
 * lists; the raw text is always kept beside them by the caller.
 */
final class CatalogueTexts {

	static final String NO_INFORMATION = "Không có thông tin";

	private static final String COMPONENTS_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
	private static final Pattern QUANTITY = Pattern.compile("(\\d+)\\s*(bản chính|bản sao)");
	private static final Pattern TEMPLATE_FILE = Pattern.compile(
			"(?i)\\.(docx?|xlsx?|pdf|odt|ods|rtf|zip|rar|jpe?g|png)$");
	private static final String LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản";
	/** A document number: "123/2015/NĐ-CP", "66.7/2025/NQ-CP", "163/QĐ-BTP", "QĐ/0001-BCA". */
	private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
			"(?:\\d+(?:\\.\\d+)?/(?:\\d{4}/)?|QĐ/)[A-ZĐ0-9]+(?:[-–][A-ZĐ0-9]+)*");
	private static final Pattern GLUED_YEAR = Pattern.compile("((?:19|20)\\d{2})(\\d{1,4}/.+)");
	private static final Pattern RESULT_CODE = Pattern.compile("Mã:\\s*(KQ[0-9A-Z.]+?)(?=Từ khóa|Mô tả|\\s|$)");
	private static final Pattern STEP_MARK = Pattern.compile("(?m)(?=Bước\\s*\\d+\\s*[:.\\-–])");

	private CatalogueTexts() {
	}

	static boolean blank(String text) {
		return text == null || text.isBlank() || NO_INFORMATION.equalsIgnoreCase(text.strip());
	}

	/** A processing time from a value column and a unit column; unparsed (with the text) when unclear. */
	static ProcessingTime time(String value, String unit) {
		String v = value == null ? "" : value.strip();
		String u = unit == null ? "" : unit.strip();
		String text = (v + " " + u).strip();
		BigDecimal number = v.isEmpty() ? null : number(v);
		TimeUnit parsed = TimeUnit.ofText(u).orElse(null);
		return new ProcessingTime(number, parsed, text);
	}

	/** A number as the catalogue writes it ("15", "0,5", "1.5"), or null. */
	static BigDecimal number(String text) {
		String t = text.strip().replace(',', '.');
		if (!t.matches("\\d{1,6}(\\.\\d{1,3})?")) {
			return null;
		}
		return new BigDecimal(t);
	}

	/** The dossier's papers from "thành phần hồ sơ". */
	static List<DossierComponent> components(String raw) {
		List<DossierComponent> components = new ArrayList<>();
		if (blank(raw)) {
			return components;
		}
		String[] parts = raw.split(Pattern.quote(COMPONENTS_HEADER), -1);
		// parts[0] is the title of the first section; each later part is a section's rows, whose tail
		// (after the last quantity) is the next section's title.
		String section = sectionTitle(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			String body = parts[i];
			Matcher quantity = QUANTITY.matcher(body);
			int start = 0;
			while (quantity.find()) {
				String cell = body.substring(start, quantity.start());
				start = quantity.end();
				int count = Integer.parseInt(quantity.group(1));
				String[] nameAndTemplate = splitTemplate(cell);
				if (!nameAndTemplate[0].isBlank()) {
					components.add(new DossierComponent(section, clean(nameAndTemplate[0]), nameAndTemplate[1],
							count + " " + quantity.group(2), count > 0 && !isNotes(section)));
				}
			}
			String tail = body.substring(start);
			if (i + 1 < parts.length) {
				section = sectionTitle(tail);
			}
			else if (!tail.isBlank() && tail.strip().length() > 3) {
				String[] nameAndTemplate = splitTemplate(tail);
				components.add(new DossierComponent(section, clean(nameAndTemplate[0]), nameAndTemplate[1], "",
						!isNotes(section)));
			}
		}
		return components;
	}

	private static boolean isNotes(String section) {
		return section.toLowerCase(Locale.ROOT).startsWith("lưu ý");
	}

	private static String sectionTitle(String text) {
		String t = text.strip();
		t = t.replaceAll("^[-*\\s]+", "").replaceAll("[:\\s]+$", "");
		return t;
	}

	/** Splits "name…;Mau01.docx" into the name and the template's file name. */
	static String[] splitTemplate(String cell) {
		String text = cell.strip();
		if (!TEMPLATE_FILE.matcher(text).find()) {
			return new String[] { text, "" };
		}
		int cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'));
		// a sentence glued to the file name: "…Chính phủ.Phu lục I NĐ 53.doc"
		int extension = text.lastIndexOf('.');
		for (int i = extension - 1; i > cut; i--) {
			if (text.charAt(i) == '.' && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))
					&& i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
				cut = i;
				break;
			}
		}
		String template = text.substring(cut + 1).strip();
		if (template.length() > 90) {
			// no separator found near the file name: take the words glued after the last lower-case letter
			// that is followed by a capital or a digit ("…đường bộvăn bản đề nghị.docx" stays whole)
			return new String[] { text, "" };
		}
		String name = text.substring(0, cut + 1).strip();
		if (name.isEmpty()) {
			return new String[] { template, template };
		}
		return new String[] { name, template };
	}

	private static String clean(String text) {
		return text.strip().replaceAll("\\s+", " ").replaceAll("[;,]$", "").strip();
	}

	/** The legal basis from "căn cứ pháp lý": each document's title and number. */
	static List<LegalDocument> legalBasis(String raw) {
		List<LegalDocument> documents = new ArrayList<>();
		if (blank(raw)) {
			return documents;
		}
		String text = raw.startsWith(LEGAL_HEADER) ? raw.substring(LEGAL_HEADER.length()) : raw;
		int rowStart = 0;
		Matcher number = DOCUMENT_NUMBER.matcher(text);
		int from = 0;
		while (from < text.length() && number.find(from)) {
			int end = rowEnd(text, number.start(), number.end());
			if (end < 0) {
				from = number.start() + 1;
				continue;
			}
			String title = text.substring(rowStart, number.start()).strip();
			String code = text.substring(number.start(), end).strip();
			if (title.isEmpty() && !documents.isEmpty()) {
				// a number alone follows a title that ended with the same number ("Luật 60/2014/QH13" + "60/2014/QH13")
				from = end;
				rowStart = end;
				continue;
			}
			Matcher glued = GLUED_YEAR.matcher(code);
			if (glued.matches()) {
				// "Luật Khiếu nại năm 2011" + "02/2011/QH13" run together as "201102/2011/QH13"
				title = title + " " + glued.group(1);
				code = glued.group(2);
			}
			documents.add(new LegalDocument(clean(title.isEmpty() ? code : title), code));
			rowStart = end;
			from = end;
		}
		String tail = text.substring(rowStart).strip();
		if (!tail.isEmpty()) {
			documents.add(new LegalDocument(clean(tail), ""));
		}
		return documents;
	}

	/**
	 * Where a document number that starts a cell ends: at the end of the text or where the next title
	 * begins (a capital followed by a small letter, or a digit starting another number). Backs off letter by
	 * letter, because the next title's capital is glued on ("NĐ-CPThông tư"). -1 if it is not a row's end.
	 */
	private static int rowEnd(String text, int start, int greedyEnd) {
		for (int end = greedyEnd; end > start + 3; end--) {
			if (end == text.length()) {
				return end;
			}
			char next = text.charAt(end);
			char prev = text.charAt(end - 1);
			if (prev == '-' || prev == '/' || prev == '.') {
				continue;
			}
			if (Character.isUpperCase(next) && end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1))) {
				return end;
			}
			if (Character.isDigit(next) && DOCUMENT_NUMBER.matcher(text).region(end, text.length()).lookingAt()
					&& !Character.isDigit(prev)) {
				return end;
			}
		}
		return -1;
	}

	/** What the applicant receives, from "kết quả xử lý". */
	static List<ProcedureResult> results(String raw) {
		List<ProcedureResult> results = new ArrayList<>();
		if (blank(raw)) {
			return results;
		}
		String text = raw;
		int junk = text.indexOf("Chọn cơ quan thực hiện");
		if (junk >= 0) {
			text = text.substring(0, junk);
		}
		Matcher code = RESULT_CODE.matcher(text);
		List<int[]> codes = new ArrayList<>();
		while (code.find()) {
			codes.add(new int[] { code.start(), code.end() });
		}
		String name = codes.isEmpty() ? "" : text.substring(0, codes.get(0)[0]);
		for (int i = 0; i < codes.size(); i++) {
			String resultCode = text.substring(codes.get(i)[0], codes.get(i)[1]).replaceFirst("^Mã:\\s*", "");
			if (!name.isBlank()) {
				results.add(new ProcedureResult(clean(name), resultCode));
			}
			// the next result's name follows this one's "Từ khóa…Mô tả…" cells
			String rest = text.substring(codes.get(i)[1], i + 1 < codes.size() ? codes.get(i + 1)[0] : text.length());
			int description = rest.indexOf("Mô tả");
			name = description < 0 ? "" : rest.substring(description + "Mô tả".length());
			if (name.startsWith(NO_INFORMATION)) {
				name = name.substring(NO_INFORMATION.length());
			}
		}
		if (results.isEmpty() && !text.isBlank()) {
			results.add(new ProcedureResult(clean(text.replaceAll("Từ khóa.*$", "")), ""));
		}
		return results;
	}

	/** The steps from "trình tự thực hiện": one per "Bước N", else one per paragraph. */
	static List<String> steps(String raw) {
		List<String> steps = new ArrayList<>();
		if (blank(raw)) {
			return steps;
		}
		String text = raw.replace("\r", "");
		if (STEP_MARK.matcher(text).find()) {
			for (String part : STEP_MARK.split(text)) {
				if (!part.isBlank()) {
					steps.add(part.strip().replaceAll("\\n{2,}", "\n"));
				}
			}
			return steps;
		}
		for (String line : text.split("\\n+")) {
			if (!line.isBlank()) {
				steps.add(line.strip());
			}
		}
		return steps;
	}

	/** Splits the catalogue's comma-separated levels ("Cấp bộ, Cấp tỉnh"). */
	static List<String> levelLabels(String text) {
		List<String> labels = new ArrayList<>();
		for (String part : text.split(",")) {
			if (!part.isBlank()) {
				labels.add(part.strip());
			}
		}
		return labels;
	}

	/** Whitespace collapsed, trimmed, NFC: how names are stored. */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace('\u00a0', ' ')
				.replaceAll("\\s+", " ").strip();
	}
}
