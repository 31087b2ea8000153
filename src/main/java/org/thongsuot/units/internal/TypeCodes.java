package org.thongsuot.units.internal;

import org.thongsuot.units.Level;

/** The type code of a unit type named in Vietnamese, for units whose lists do not give one. */
final class TypeCodes {

	private TypeCodes() {
	}

	static String of(Level level, String type, CsvTable.Row row) {
		String code = switch (level) {
			case PROVINCE -> switch (type) {
				case "tỉnh" -> "TINH";
				case "thành phố" -> "THANH_PHO_TW";
				default -> null;
			};
			case COMMUNE -> switch (type) {
				case "xã" -> "XA";
				case "phường" -> "PHUONG";
				case "thị trấn" -> "THI_TRAN";
				case "đặc khu" -> "DAC_KHU";
				default -> null;
			};
			case DISTRICT -> null;
		};
		if (code == null) {
			throw row.fail("'" + type + "' is not a known " + level.name().toLowerCase() + " type");
		}
		return code;
	}
}
