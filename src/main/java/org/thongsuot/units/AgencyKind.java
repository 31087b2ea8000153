package org.thongsuot.units;

/** What an agency is, as far as the platform needs to know. */
public enum AgencyKind {
	/** Ủy ban nhân dân: the executive of a province, a commune (and, until 2025-06-30, a district). One per unit. */
	PEOPLES_COMMITTEE,
	/** Sở, ban, ngành: a specialised agency of the province's People's Committee. */
	DEPARTMENT,
	/** Trung tâm Phục vụ hành chính công: the one-stop counter of a province or a commune. */
	PUBLIC_ADMINISTRATION_CENTRE,
	/** Any other agency or organisation a province lists with a code. */
	OTHER
}
