package org.thongsuot.reorg;

import org.thongsuot.platform.AuditedEvent;

/**
 * A plan was loaded, scheduled, or a person decided an item of its review queue.
 *
 * @param action LOADED, SCHEDULED, DECIDED
 * @param detail what: the plan's name, or the item and the successor chosen
 */
public record ReorgPlanChanged(long planId, String action, String detail, String actor) implements AuditedEvent {

	@Override
	public String auditSubjectType() {
		return "reorg-plan";
	}

	@Override
	public String auditSubjectId() {
		return String.valueOf(planId);
	}

	@Override
	public String auditActor() {
		return actor;
	}
}
