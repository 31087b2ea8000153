package org.thongsuot.procedures;

/**
 * Where a version stands: a draft the province is preparing; published (in force from its first day,
 * until the next version or a withdrawal); withdrawn (no longer offered from its last day on).
 */
public enum VersionState {
	DRAFT, PUBLISHED, WITHDRAWN
}
