package org.thongsuot.procedures;

import java.util.Locale;
import java.util.Optional;

/** Where a procedure is carried out ("cấp thực hiện"). The district level exists only before 2025-07-01. */
public enum ProcedureLevel {

	MINISTRY("Cấp bộ"), PROVINCE("Cấp tỉnh"), DISTRICT("Cấp huyện"), COMMUNE("Cấp xã"), OTHER("Cơ quan khác");

	private final String label;

	ProcedureLevel(String label) {
		this.label = label;
	}

	/** The label the national catalogue uses. */
	public String label() {
		return label;
	}

	/** The level a label of the national catalogue names ("Cấp tỉnh"), case and spacing ignored. */
	public static Optional<ProcedureLevel> ofLabel(String text) {
		String wanted = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		for (ProcedureLevel level : values()) {
			if (level.label.toLowerCase(Locale.ROOT).equals(wanted)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	/** The levels a province configures a procedure at. */
	public boolean provincial() {
		return this == PROVINCE || this == COMMUNE;
	}
}
