package org.thongsuot.reorg;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What applying a plan would move now, computed without changing anything.
 *
 * @param plan the plan
 * @param agencies every agency that would hand over, and to whom
 * @param subjects per participant (dossier, grant): how many items would go from which agency to which
 * @param undecided the items no rule places (at most {@link #MAX_LISTED} listed; see {@link Subject#undecided()})
 */
public record DryRunReport(Plan plan, List<AgencyMove> agencies, List<Subject> subjects, List<Undecided> undecided) {

	public static final int MAX_LISTED = 1000;

	/** The items of one participant. */
	public record Subject(String subject, long total, long decided, long undecided, List<Flow> flows) {
	}

	/**
	 * Items going from one agency to another.
	 *
	 * @param toAgencyId null for the undecided ones
	 * @param earliestDue the earliest deadline among them (open steps' appointments), if any
	 */
	public record Flow(long fromAgencyId, String fromName, Long toAgencyId, String toName, long count,
			LocalDateTime earliestDue) {
	}
}
