package org.thongsuot.reorg;

/** One (old unit, new unit) pair of a plan. Levels are PROVINCE, DISTRICT, COMMUNE. */
public record PlanChange(int seq, ChangeKind kind, String fromLevel, String fromCode, String fromName, String toLevel,
		String toCode, String toName, String relation) {
}
