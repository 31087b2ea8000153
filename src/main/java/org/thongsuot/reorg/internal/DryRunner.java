package org.thongsuot.reorg.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.CutoverParticipant;
import org.thongsuot.reorg.DryRunReport;
import org.thongsuot.reorg.HeldItem;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.Undecided;

/**
 * The dry run: asks every participant what the plan's old agencies hold, page by page, and decides each
 * item as the application would, writing nothing anywhere.
 */
@Service
public class DryRunner {

	private final PlanRepository plans;
	private final CutoverRunner runner;
	private final ReorgProperties properties;

	DryRunner(PlanRepository plans, CutoverRunner runner, ReorgProperties properties) {
		this.plans = plans;
		this.runner = runner;
		this.properties = properties;
	}

	public DryRunReport report(Plan plan) {
		Decider decider = runner.decider(plan.id());
		List<DryRunReport.Subject> subjects = new ArrayList<>();
		List<Undecided> undecided = new ArrayList<>();
		for (CutoverParticipant p : runner.participants()) {
			Map<String, long[]> counts = new LinkedHashMap<>();
			Map<String, LocalDateTime> due = new LinkedHashMap<>();
			long total = 0;
			long open = 0;
			long cursor = 0;
			while (true) {
				List<HeldItem> page = p.held(decider.oldAgencies(), cursor, properties.batchSize());
				if (page.isEmpty()) {
					break;
				}
				cursor = page.get(page.size() - 1).id();
				for (HeldItem item : page) {
					total++;
					Optional<Decider.Target> target = decider.decide(p.subject(), item);
					String key = item.agencyId() + ">" + target.map(t -> String.valueOf(t.agencyId())).orElse("");
					counts.computeIfAbsent(key, k -> new long[1])[0]++;
					if (item.due() != null) {
						due.merge(key, item.due(), (a, b) -> a.isBefore(b) ? a : b);
					}
					if (target.isEmpty()) {
						open++;
						if (undecided.size() < DryRunReport.MAX_LISTED) {
							AgencyMove move = decider.move(item.agencyId());
							undecided.add(new Undecided(p.subject(), item.id(), item.key(), item.agencyId(),
									decider.name(item.agencyId()), item.detail(), move.candidates(), null));
						}
					}
				}
			}
			List<DryRunReport.Flow> flows = new ArrayList<>();
			counts.forEach((key, n) -> {
				String[] pair = key.split(">", -1);
				long from = Long.parseLong(pair[0]);
				Long to = pair[1].isEmpty() ? null : Long.valueOf(pair[1]);
				flows.add(new DryRunReport.Flow(from, decider.name(from), to, to == null ? null : decider.name(to), n[0],
						due.get(key)));
			});
			subjects.add(new DryRunReport.Subject(p.subject(), total, total - open, open, flows));
		}
		return new DryRunReport(plan, plans.agencyMoves(plan.id()), subjects, undecided);
	}
}
