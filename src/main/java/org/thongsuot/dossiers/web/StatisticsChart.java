package org.thongsuot.dossiers.web;

import java.util.ArrayList;
import java.util.List;

import org.thongsuot.dossiers.StatisticsLine;

/**
 * A horizontal stacked bar per line (processed early, on time, late, refused, other ended, pending
 * within deadline, overdue), drawn as SVG on the server: no script, so the page keeps its strict CSP.
 * The table beside it carries the same numbers as text.
 */
record StatisticsChart(int width, int height, int labelWidth, List<Bar> bars) {

	static final int ROW = 30;
	static final int BAR = 20;
	static final int LABEL = 220;
	static final int PLOT = 460;

	/** One segment: its kind (the CSS class and the message key), position, width and count. */
	record Segment(String kind, double x, double width, long count) {
	}

	record Bar(String label, long total, double y, double textY, List<Segment> segments) {
	}

	static final List<String> KINDS = List.of("processedEarly", "processedOnTime", "processedLate", "refused",
			"otherEnded", "pendingWithinDeadline", "pendingOverdue");

	static StatisticsChart of(List<StatisticsLine> lines) {
		long max = lines.stream().mapToLong(StatisticsLine::received).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			StatisticsLine l = lines.get(i);
			long[] counts = { l.processedEarly(), l.processedOnTime(), l.processedLate(), l.refused(), l.otherEnded(),
					l.pendingWithinDeadline(), l.pendingOverdue() };
			List<Segment> segments = new ArrayList<>();
			double x = LABEL;
			for (int k = 0; k < counts.length; k++) {
				if (counts[k] > 0) {
					double w = max == 0 ? 0 : (double) PLOT * counts[k] / max;
					segments.add(new Segment(KINDS.get(k), round(x), round(w), counts[k]));
					x += w;
				}
			}
			double y = 10 + i * ROW;
			bars.add(new Bar(l.label(), l.received(), y, y + BAR * 0.75, segments));
		}
		return new StatisticsChart(LABEL + PLOT + 60, 20 + Math.max(1, lines.size()) * ROW, LABEL, bars);
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
