package org.thongsuot.portal;

import java.time.Instant;

/**
 * A Public Administration Centre (Trung tâm Phục vụ hành chính công) of the province or of a commune.
 *
 * @param level {@code PROVINCE} or {@code COMMUNE}
 * @param unitCode the unit it serves: the province's code, or its commune's (checked against the units registry)
 * @param position where it comes in the list (smaller first)
 */
public record ServiceCentre(long id, String name, String level, String unitCode, String address, String hotline, String email,
		String openingHours, int position, Instant updatedAt, String updatedBy) {
}
