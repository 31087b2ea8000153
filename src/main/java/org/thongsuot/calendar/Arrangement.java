package org.thongsuot.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored arrangement of one occasion of one year, with the source it comes from. */
public record Arrangement(long id, int year, Occasion occasion, String sourceDocument, String sourceIssuer,
		LocalDate sourceDate, String sourceNote, List<ArrangedDay> days, Instant updatedAt) {

	public Arrangement {
		days = List.copyOf(days);
	}

	/** The citation shown next to each of its days: document, date and issuer. */
	public String citation() {
		StringBuilder text = new StringBuilder(sourceDocument);
		if (sourceDate != null) {
			text.append(" (").append(sourceDate).append(')');
		}
		if (sourceIssuer != null && !sourceIssuer.isBlank()) {
			text.append(", ").append(sourceIssuer);
		}
		return text.toString();
	}
}
