package org.thongsuot.procedures;

import java.util.Locale;
import java.util.Optional;

/** The unit a processing time is counted in, as the catalogue states it. */
public enum TimeUnit {

	/** "Ngày làm việc". */
	WORKING_DAYS("Ngày làm việc"),
	/** "Giờ", "Giờ làm việc": working hours. */
	WORKING_HOURS("Giờ làm việc"),
	/** "Ngày": calendar days. */
	DAYS("Ngày"),
	/** "Tháng": months. */
	MONTHS("Tháng");

	private final String label;

	TimeUnit(String label) {
		this.label = label;
	}

	/** The catalogue's Vietnamese name of the unit. */
	public String label() {
		return label;
	}

	/** The unit a catalogue text names, if it names one this enum knows. */
	public static Optional<TimeUnit> ofText(String text) {
		String t = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return switch (t) {
			case "ngày làm việc" -> Optional.of(WORKING_DAYS);
			case "giờ", "giờ làm việc" -> Optional.of(WORKING_HOURS);
			case "ngày" -> Optional.of(DAYS);
			case "tháng" -> Optional.of(MONTHS);
			default -> Optional.empty();
		};
	}

	/** Whether a province may configure a processing time in this unit (working days or hours only). */
	public boolean configurable() {
		return this == WORKING_DAYS || this == WORKING_HOURS;
	}
}
