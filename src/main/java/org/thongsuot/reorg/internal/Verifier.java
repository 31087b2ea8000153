package org.thongsuot.reorg.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.RunView;
import org.thongsuot.reorg.Undecided;
import org.thongsuot.reorg.Verification;

/**
 * The verification report of a run, from the counts taken before and after and the move log: for each
 * agency the plan touches, before, after, moved out, moved in. An old agency must end with exactly what
 * it had less what moved out (the undecided items); anything else is an item lost. The move log's unique
 * index makes a duplicate move impossible, and the report counts them anyway.
 */
@Service
public class Verifier {

	/** At most this many undecided items are listed in a report (all are counted). */
	static final int MAX_LISTED = 1000;

	private final PlanRepository plans;
	private final RunRepository runs;

	Verifier(PlanRepository plans, RunRepository runs) {
		this.plans = plans;
		this.runs = runs;
	}

	public Verification verify(long runId) {
		RunRepository.Run run = runs.run(runId).orElseThrow();
		Plan plan = plans.plan(run.planId()).orElseThrow();
		Decider decider = new Decider(plans.agencyMoves(plan.id()), plans.splitRules(plan.id()), plans.decisions(plan.id()));
		boolean rollback = "ROLLBACK".equals(run.mode());
		Map<String, Map<Long, Long>> before = runs.counts(runId, "BEFORE");
		Map<String, Map<Long, Long>> after = runs.counts(runId, "AFTER");
		Map<String, Map<String, Long>> moved = runs.movedByRun(runId, rollback);
		Set<Long> old = decider.oldAgencies();
		List<Verification.Row> rows = new ArrayList<>();
		long movedTotal = 0;
		long lost = 0;
		for (String subject : before.keySet().stream().sorted().toList()) {
			Map<Long, Long> out = new HashMap<>();
			Map<Long, Long> in = new HashMap<>();
			for (Map.Entry<String, Long> e : moved.getOrDefault(subject, Map.of()).entrySet()) {
				String[] pair = e.getKey().split(">");
				out.merge(Long.parseLong(pair[0]), e.getValue(), Long::sum);
				in.merge(Long.parseLong(pair[1]), e.getValue(), Long::sum);
				movedTotal += e.getValue();
			}
			for (Map.Entry<Long, Long> b : before.get(subject).entrySet()) {
				long agency = b.getKey();
				long a = after.getOrDefault(subject, Map.of()).getOrDefault(agency, 0L);
				long o = out.getOrDefault(agency, 0L);
				long i = in.getOrDefault(agency, 0L);
				if (b.getValue() == 0 && a == 0 && o == 0 && i == 0) {
					continue;
				}
				boolean isOld = old.contains(agency);
				long expected = b.getValue() - o + i;
				// Nothing else arrives at an agency that has ended; a successor keeps receiving new items.
				boolean accounted = isOld ? a == expected : a >= expected || !"RUNNING".equals(run.status());
				if (isOld && a != expected) {
					lost += Math.abs(expected - a);
				}
				rows.add(new Verification.Row(subject, agency, decider.name(agency), isOld ? "OLD" : "NEW", b.getValue(), a,
						o, i, isOld ? accounted : true));
			}
		}
		rows.sort(Comparator.comparing(Verification.Row::subject).thenComparing(Verification.Row::side, Comparator.reverseOrder())
				.thenComparing(Verification.Row::agencyName));
		long duplicated = runs.duplicated(plan.id());
		long undecidedCount = runs.undecidedCount(plan.id());
		RunView view = view(run);
		return new Verification(view, plan, rows, movedTotal, undecidedCount, lost, duplicated, lost == 0 && duplicated == 0,
				undecided(plan.id(), decider, MAX_LISTED));
	}

	public RunView view(RunRepository.Run run) {
		return new RunView(run.id(), run.planId(), run.mode(), run.status(), run.phase(), run.startedAt(),
				run.startedBy(), run.heartbeatAt(), run.finishedAt(), run.error(), runs.progress(run.id()));
	}

	/** The review queue of a plan (at most {@link #MAX_LISTED} items). */
	public List<Undecided> undecided(long planId) {
		return undecided(planId, new Decider(plans.agencyMoves(planId), plans.splitRules(planId), plans.decisions(planId)),
				MAX_LISTED);
	}

	List<Undecided> undecided(long planId, Decider decider, int limit) {
		Map<String, Map<String, Long>> decisions = plans.decisions(planId);
		List<Undecided> list = new ArrayList<>();
		for (Object[] r : runs.undecided(planId, limit)) {
			String subject = (String) r[0];
			long oldAgency = (Long) r[3];
			AgencyMove move = decider.move(oldAgency);
			list.add(new Undecided(subject, (Long) r[1], (String) r[2], oldAgency, decider.name(oldAgency), (String) r[4],
					move == null ? List.of() : move.candidates(),
					decisions.getOrDefault(subject, Map.of()).get((String) r[2])));
		}
		return list;
	}
}
