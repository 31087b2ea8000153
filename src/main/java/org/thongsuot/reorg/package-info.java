/**
 * The cut-over engine: a reorganization plan as data (effective date, legal basis, unit changes, the
 * rules that place a split unit's items), its dry run, its application at the effective date (or on
 * command) in bounded, resumable, idempotent batches while the platform keeps serving, the review queue
 * of what the rules cannot decide, the verification report and the rollback.
 *
 * <p>It owns the {@code reorg_*} tables. The facade is {@link org.thongsuot.reorg.Reorganizations}. Modules
 * that hold things per agency (dossiers, officials' grants) take part by implementing
 * {@link org.thongsuot.reorg.CutoverParticipant}: they move their own rows in their own code; the engine
 * decides where each item goes, keeps the progress and the move log. It publishes
 * {@link org.thongsuot.reorg.AgencySucceeded} for each hand-over and {@link org.thongsuot.reorg.CutoverCompleted}
 * at the end.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reorganization",
		allowedDependencies = { "platform", "units" })
package org.thongsuot.reorg;
