package org.thongsuot.dossiers.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small page-layout helper over PDFBox for the one-stop forms: A4 portrait, the embedded DejaVu Sans
 * (regular and bold, subsets embedded with a ToUnicode map so that the text can be searched and copied),
 * text wrapped to the width, new pages when the current one is full, and QR codes drawn as vector
 * squares. Text is normalized to NFC first: DejaVu has the precomposed Vietnamese letters, and a
 * decomposed "ệ" from a pasted note would otherwise print as a letter and loose marks.
 * One instance per document; not thread-safe.
 */
final class PdfPages implements AutoCloseable {

	static final float MARGIN = 56;
	private static final PDRectangle SIZE = PDRectangle.A4;

	private final PDDocument document = new PDDocument();
	private final PDType0Font regular;
	private final PDType0Font bold;
	private PDPageContentStream content;
	private float y;

	PdfPages(byte[] regularTtf, byte[] boldTtf, String title) {
		try {
			regular = PDType0Font.load(document, new ByteArrayInputStream(regularTtf), true);
			bold = PDType0Font.load(document, new ByteArrayInputStream(boldTtf), true);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(clean(title));
			info.setCreator("Thông Suốt");
			newPage();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static float width() {
		return SIZE.getWidth() - 2 * MARGIN;
	}

	/** Text safe to draw: NFC, tabs and line breaks as spaces, other control characters dropped. */
	static String clean(String s) {
		if (s == null) {
			return "";
		}
		String n = Normalizer.normalize(s, Normalizer.Form.NFC);
		StringBuilder b = new StringBuilder(n.length());
		n.codePoints().forEach(c -> {
			if (c == '\t' || c == '\n' || c == '\r') {
				b.append(' ');
			}
			else if (!Character.isISOControl(c)) {
				b.appendCodePoint(c);
			}
		});
		return b.toString();
	}

	PDType0Font font(boolean isBold) {
		return isBold ? bold : regular;
	}

	float textWidth(String text, boolean isBold, float size) {
		try {
			return font(isBold).getStringWidth(text) / 1000 * size;
		}
		catch (IOException | IllegalArgumentException e) {
			return text.length() * size * 0.6f;
		}
	}

	/** Splits text into lines no wider than {@code width}; a word longer than a line is cut. */
	List<String> wrap(String text, boolean isBold, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : clean(paragraph).split(" +")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (textWidth(candidate, isBold, size) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (textWidth(rest, isBold, size) > width && rest.length() > 1) {
					int cut = rest.length() - 1;
					while (cut > 1 && textWidth(rest.substring(0, cut), isBold, size) > width) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** Makes sure {@code height} points fit on the current page, starting a new one if not. */
	void need(float height) {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	void gap(float points) {
		y -= points;
	}

	float y() {
		return y;
	}

	/** Wrapped text from {@code x} (relative to the left margin) within {@code width}, aligned left or centred. */
	void text(String text, boolean isBold, float size, float x, float width, boolean centred) {
		float leading = size * 1.35f;
		for (String line : wrap(text, isBold, size, width)) {
			need(leading);
			y -= leading;
			float offset = centred ? (width - textWidth(line, isBold, size)) / 2 : 0;
			show(line, isBold, size, MARGIN + x + offset, y + size * 0.25f);
		}
	}

	void paragraph(String text) {
		text(text, false, 11, 0, width(), false);
		gap(2);
	}

	/** "Label: value" with the label in bold and the value wrapped after it. */
	void field(String label, String value) {
		float size = 11;
		String head = clean(label) + " ";
		float headWidth = textWidth(head, true, size);
		float leading = size * 1.35f;
		List<String> first = wrap(value, false, size, width() - headWidth);
		need(leading);
		y -= leading;
		show(head, true, size, MARGIN, y + size * 0.25f);
		String firstLine = first.isEmpty() ? "" : first.get(0);
		show(firstLine, false, size, MARGIN + headWidth, y + size * 0.25f);
		String rest = first.size() > 1 ? String.join(" ", first.subList(1, first.size())) : "";
		if (!rest.isBlank()) {
			text(rest, false, size, 0, width(), false);
		}
		gap(2);
	}

	void centred(String text, boolean isBold, float size) {
		text(text, isBold, size, 0, width(), true);
	}

	/**
	 * Two columns side by side (the national header, the signatures); continues below the taller and
	 * returns where the right column ended (to rule a line under it).
	 */
	float columns(List<Line> left, List<Line> right, float leftWidth) {
		float start = y;
		for (Line l : left) {
			text(l.text(), l.bold(), l.size(), 0, leftWidth, true);
		}
		float afterLeft = y;
		y = start;
		for (Line l : right) {
			text(l.text(), l.bold(), l.size(), leftWidth, width() - leftWidth, true);
		}
		float afterRight = y;
		y = Math.min(y, afterLeft);
		return afterRight;
	}

	/** A line of a column. */
	record Line(String text, boolean bold, float size) {
		static Line of(String text) {
			return new Line(text, false, 11);
		}

		static Line bold(String text) {
			return new Line(text, true, 11);
		}
	}

	/** A short rule at height {@code at} (under the last line of a column), as under the national motto. */
	void rule(float x, float width, float at) {
		try {
			content.moveTo(MARGIN + x, at - 1);
			content.lineTo(MARGIN + x + width, at - 1);
			content.setLineWidth(0.6f);
			content.stroke();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A table with wrapped cells and ruled borders; rows that do not fit go to the next page, where the
	 * header row is repeated.
	 */
	void table(List<String> header, List<List<String>> rows, float[] widths) {
		row(header, widths, true);
		for (List<String> r : rows) {
			if (!row(r, widths, false)) {
				row(header, widths, true);
				row(r, widths, false);
			}
		}
	}

	/** Draws one row; false (nothing drawn, new page started) if it did not fit on the current page. */
	private boolean row(List<String> cells, float[] widths, boolean isBold) {
		float size = 9;
		float leading = size * 1.3f;
		float pad = 3;
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < widths.length; i++) {
			List<String> w = wrap(i < cells.size() ? cells.get(i) : "", isBold, size, widths[i] - 2 * pad);
			wrapped.add(w);
			lines = Math.max(lines, w.size());
		}
		float height = lines * leading + 2 * pad;
		if (y - height < MARGIN) {
			newPage();
			if (!isBold) {
				return false;
			}
		}
		try {
			float x = MARGIN;
			for (int i = 0; i < widths.length; i++) {
				content.addRect(x, y - height, widths[i], height);
				float ty = y - pad - size;
				for (String line : wrapped.get(i)) {
					show(line, isBold, size, x + pad, ty);
					ty -= leading;
				}
				x += widths[i];
			}
			content.setLineWidth(0.5f);
			content.stroke();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y -= height;
		return true;
	}

	/**
	 * A QR code of {@code qr} at the right margin with the lines of text to its left, each wrapped to the
	 * remaining width; continues below the taller of the two.
	 */
	void qrBeside(String qr, float side, List<Line> lines) {
		need(side + 8);
		float top = y;
		drawQr(qr, side, MARGIN + width() - side, top);
		for (Line l : lines) {
			text(l.text(), l.bold(), l.size(), 0, width() - side - 12, false);
			gap(2);
		}
		y = Math.min(y, top - side);
	}

	private void drawQr(String text, float side, float left, float top) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, 0);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
			float module = side / matrix.getWidth();
			for (int row = 0; row < matrix.getHeight(); row++) {
				for (int col = 0; col < matrix.getWidth(); col++) {
					if (matrix.get(col, row)) {
						content.addRect(left + col * module, top - (row + 1) * module, module, module);
					}
				}
			}
			content.fill();
		}
		catch (WriterException | IOException e) {
			throw new IllegalStateException("QR code", e);
		}
	}

	byte[] bytes() {
		try {
			content.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void show(String text, boolean isBold, float size, float x, float baseline) {
		if (text.isEmpty()) {
			return;
		}
		String drawable = drawable(text, font(isBold));
		try {
			content.beginText();
			content.setFont(font(isBold), size);
			content.newLineAtOffset(x, baseline);
			content.showText(drawable);
			content.endText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text with the characters the font has no glyph for (an emoji in a note) replaced by "?". */
	private static String drawable(String text, PDType0Font font) {
		try {
			font.encode(text);
			return text;
		}
		catch (IOException | IllegalArgumentException e) {
			StringBuilder b = new StringBuilder();
			text.codePoints().forEach(c -> {
				String one = new String(Character.toChars(c));
				try {
					font.encode(one);
					b.append(one);
				}
				catch (IOException | IllegalArgumentException missing) {
					b.append('?');
				}
			});
			return b.toString();
		}
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(SIZE);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = SIZE.getHeight() - MARGIN;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
