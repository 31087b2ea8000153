package org.thongsuot.units;

import java.time.LocalDate;

/**
 * An agency to add to the registry by hand ({@link Agencies#register}): a department, a Public
 * Administration Centre or another agency a province has before its code list is imported, or one the
 * list does not carry. People's Committees are not registered this way: the unit registry gives every
 * unit its committee.
 *
 * @param name the name in Vietnamese ("Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng"); required
 * @param nameEn the name in English, if known
 * @param kind what it is: {@code DEPARTMENT}, {@code PUBLIC_ADMINISTRATION_CENTRE} or {@code OTHER}
 * @param unitLevel the level of the unit it belongs to
 * @param unitCode the unit's statistics code (2, 3 or 5 digits)
 * @param parentId the agency it is under; default the unit's People's Committee on {@code validFrom}
 * @param code its electronic identification code (Decision 20/2020/QĐ-TTg), if the province has published
 *     one; without it the agency has none yet, and the dossiers it receives carry the provisional prefix
 *     {@code X<id>} until a code list import gives it one
 * @param validFrom its first day; default today in Vietnam
 * @param validTo its last day; default the last day of its unit's version (open while the unit exists)
 */
public record AgencyRegistration(String name, String nameEn, AgencyKind kind, Level unitLevel, String unitCode,
		Long parentId, String code, LocalDate validFrom, LocalDate validTo) {
}
