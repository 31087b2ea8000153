package org.thongsuot.reorg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.reorg.AgencyMove;
import org.thongsuot.reorg.AgencySucceeded;
import org.thongsuot.reorg.CutoverCompleted;
import org.thongsuot.reorg.CutoverParticipant;
import org.thongsuot.reorg.HeldItem;
import org.thongsuot.reorg.ItemMove;
import org.thongsuot.reorg.Plan;
import org.thongsuot.reorg.Verification;

/**
 * Executes a run: hand-over of the agencies, counts before, the moves in batches, counts after and the
 * verification. Whoever executes a run holds a PostgreSQL session advisory lock for its whole length, so
 * one node at a time runs a cut-over; if that node dies the lock goes with its connection and the
 * scheduled check of any node resumes the run from the cursor stored with the last committed batch.
 * Every batch is one transaction: the participant's moves, the move log, the review queue and the cursor
 * commit together, so nothing is moved without being logged and nothing twice.
 */
@Service
public class CutoverRunner {

	/** The advisory lock key: "reorg" in ASCII. */
	public static final long LOCK_KEY = 0x72656f7267L;
	private static final Logger log = LoggerFactory.getLogger(CutoverRunner.class);

	private final DataSource dataSource;
	private final PlanRepository plans;
	private final RunRepository runs;
	private final ObjectProvider<CutoverParticipant> participants;
	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;
	private final Verifier verifier;
	private final ReorgProperties properties;

	CutoverRunner(DataSource dataSource, PlanRepository plans, RunRepository runs,
			ObjectProvider<CutoverParticipant> participants, TransactionTemplate tx, ApplicationEventPublisher events,
			Verifier verifier, ReorgProperties properties) {
		this.dataSource = dataSource;
		this.plans = plans;
		this.runs = runs;
		this.participants = participants;
		this.tx = tx;
		this.events = events;
		this.verifier = verifier;
		this.properties = properties;
	}

	/** The participants, in a stable order (grants before dossiers: officials can act on what arrives). */
	public List<CutoverParticipant> participants() {
		return participants.orderedStream().sorted((a, b) -> b.subject().compareTo(a.subject())).toList();
	}

	/** Executes (or resumes) the run unless another node or thread is executing a run; says whether it ran. */
	public boolean execute(long runId) {
		return execute(runId, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #execute(long)}, but stops after {@code maxBatches} move batches, leaving the run RUNNING as a
	 * node killed mid-run would (tests of resumption use it).
	 */
	public boolean execute(long runId, int maxBatches) {
		try (Connection lock = dataSource.getConnection()) {
			lock.setAutoCommit(true);
			if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
				return false;
			}
			try {
				RunRepository.Run run = runs.run(runId).orElseThrow();
				if (!"RUNNING".equals(run.status())) {
					return false;
				}
				if ("APPLY".equals(run.mode())) {
					apply(run, maxBatches);
				}
				else {
					rollback(run, maxBatches);
				}
				return true;
			}
			catch (RuntimeException e) {
				log.error("Cut-over run {} failed; it can be resumed", runId, e);
				tx.executeWithoutResult(s -> runs.finish(runId, "FAILED", String.valueOf(e.getMessage()), Instant.now()));
				throw e;
			}
			finally {
				advisory(lock, "SELECT pg_advisory_unlock(?)");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot take the cut-over lock", e);
		}
	}

	private static boolean advisory(Connection connection, String sql) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement(sql)) {
			s.setLong(1, LOCK_KEY);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	private void apply(RunRepository.Run run, int maxBatches) {
		Plan plan = plans.plan(run.planId()).orElseThrow();
		Decider decider = decider(plan.id());
		String actor = run.startedBy();
		tx.executeWithoutResult(s -> plans.status(plan.id(), "APPLYING", Instant.now()));
		// 1. Hand-over: each agency announces its successor once (an audited event per agency).
		tx.executeWithoutResult(s -> runs.phase(run.id(), "HANDOVER", Instant.now()));
		List<AgencyMove> pending;
		while (!(pending = plans.notHandedOver(plan.id(), 200)).isEmpty()) {
			List<AgencyMove> batch = pending;
			tx.executeWithoutResult(s -> {
				for (AgencyMove m : batch) {
					events.publishEvent(new AgencySucceeded(plan.id(), m.oldAgencyId(), m.successorAgencyId(), m.kind(),
							plan.effectiveDate(), plan.legalBasis(), actor));
				}
				plans.handedOver(plan.id(), batch.stream().map(AgencyMove::oldAgencyId).toList(), Instant.now());
			});
		}
		// 2. Counts before, once per run (a resumed run keeps the first ones).
		countBefore(run.id(), decider);
		// 3. The moves, subject by subject, in batches.
		tx.executeWithoutResult(s -> runs.phase(run.id(), "MOVE", Instant.now()));
		String reason = reason(plan);
		int batches = 0;
		for (CutoverParticipant p : participants()) {
			long total = runs.counts(run.id(), "BEFORE").getOrDefault(p.subject(), Map.of()).entrySet().stream()
					.filter(e -> decider.oldAgencies().contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
			long cursor = tx.execute(s -> runs.cursor(run.id(), p.subject(), total));
			while (cursor >= 0) {
				if (batches++ >= maxBatches) {
					return;
				}
				List<HeldItem> held = p.held(decider.oldAgencies(), cursor, properties.batchSize());
				long next = held.isEmpty() ? cursor : held.get(held.size() - 1).id();
				boolean done = held.isEmpty();
				List<ItemMove> moves = new ArrayList<>();
				List<HeldItem> undecided = new ArrayList<>();
				for (HeldItem item : held) {
					Optional<Decider.Target> target = decider.decide(p.subject(), item);
					if (target.isPresent() && target.get().agencyId() != item.agencyId()) {
						moves.add(new ItemMove(item.id(), item.key(), item.agencyId(), target.get().agencyId(), target.get().name()));
					}
					else if (target.isEmpty()) {
						undecided.add(item);
					}
				}
				tx.executeWithoutResult(s -> {
					Instant now = Instant.now();
					List<ItemMove> moved = moves.isEmpty() ? List.of() : p.move(moves, reason, actor);
					runs.logMoves(plan.id(), run.id(), p.subject(), moved, now);
					for (HeldItem u : undecided) {
						runs.undecided(plan.id(), p.subject(), u.id(), u.key(), u.agencyId(), u.detail(), now);
					}
					runs.advance(run.id(), p.subject(), next, moved.size(), undecided.size(), done, now);
				});
				cursor = done ? -1 : next;
			}
		}
		finish(run, plan, "APPLIED", decider);
	}

	private void rollback(RunRepository.Run run, int maxBatches) {
		Plan plan = plans.plan(run.planId()).orElseThrow();
		Decider decider = decider(plan.id());
		countBefore(run.id(), decider);
		tx.executeWithoutResult(s -> runs.phase(run.id(), "MOVE", Instant.now()));
		String reason = "Hoàn tác: " + reason(plan);
		int batches = 0;
		for (CutoverParticipant p : participants()) {
			long cursor = tx.execute(s -> runs.cursor(run.id(), p.subject(), runs.forwardMovesToRevert(plan.id())));
			while (cursor >= 0) {
				if (batches++ >= maxBatches) {
					return;
				}
				List<RunRepository.LoggedMove> page = runs.movesToRevert(plan.id(), cursor, properties.batchSize());
				List<RunRepository.LoggedMove> logged = page.stream().filter(m -> m.subject().equals(p.subject())).toList();
				long next = page.isEmpty() ? cursor : page.get(page.size() - 1).id();
				boolean done = page.isEmpty();
				tx.executeWithoutResult(s -> {
					Map<Long, Long> logIds = new HashMap<>();
					List<ItemMove> back = new ArrayList<>();
					for (RunRepository.LoggedMove m : logged) {
						back.add(new ItemMove(m.move().id(), m.move().key(), m.move().to(), m.move().from(),
								decider.name(m.move().from())));
						logIds.put(m.move().id(), m.id());
					}
					List<ItemMove> moved = back.isEmpty() ? List.of() : p.move(back, reason, run.startedBy());
					runs.reverted(moved.stream().map(m -> logIds.get(m.id())).toList(), run.id());
					runs.advance(run.id(), p.subject(), next, moved.size(), 0, done, Instant.now());
				});
				cursor = done ? -1 : next;
			}
		}
		finish(run, plan, "ROLLED_BACK", decider);
	}

	private void countBefore(long runId, Decider decider) {
		tx.executeWithoutResult(s -> {
			runs.phase(runId, "COUNT", Instant.now());
			if (!runs.hasCounts(runId, "BEFORE")) {
				Set<Long> agencies = agencies(decider);
				for (CutoverParticipant p : participants()) {
					runs.counts(runId, "BEFORE", p.subject(), withZeros(agencies, p.countByAgency(agencies)));
				}
			}
		});
	}

	private void finish(RunRepository.Run run, Plan plan, String planStatus, Decider decider) {
		tx.executeWithoutResult(s -> {
			Instant now = Instant.now();
			runs.phase(run.id(), "VERIFY", now);
			Set<Long> agencies = agencies(decider);
			for (CutoverParticipant p : participants()) {
				runs.counts(run.id(), "AFTER", p.subject(), withZeros(agencies, p.countByAgency(agencies)));
			}
		});
		tx.executeWithoutResult(s -> {
			Instant now = Instant.now();
			runs.finish(run.id(), "DONE", null, now);
			plans.status(plan.id(), planStatus, now);
			Verification v = verifier.verify(run.id());
			events.publishEvent(new CutoverCompleted(plan.id(), run.id(), run.mode(), plan.effectiveDate(), v.moved(),
					v.undecided(), v.consistent(), run.startedBy()));
		});
		log.info("Cut-over run {} of plan {} ({}) done", run.id(), plan.id(), run.mode());
	}

	/** Every agency the plan touches: the old ones, their successors and the candidates of split units. */
	static Set<Long> agencies(Decider decider) {
		Set<Long> agencies = new LinkedHashSet<>(decider.oldAgencies());
		for (Long old : decider.oldAgencies()) {
			AgencyMove m = decider.move(old);
			if (m.successorAgencyId() != null) {
				agencies.add(m.successorAgencyId());
			}
			m.candidates().forEach(c -> agencies.add(c.agencyId()));
		}
		return agencies;
	}

	private static Map<Long, Long> withZeros(Set<Long> agencies, Map<Long, Long> counts) {
		Map<Long, Long> all = new HashMap<>();
		agencies.forEach(a -> all.put(a, counts.getOrDefault(a, 0L)));
		return all;
	}

	Decider decider(long planId) {
		return new Decider(plans.agencyMoves(planId), plans.splitRules(planId), plans.decisions(planId));
	}

	static String reason(Plan plan) {
		return plan.name() + " — " + plan.legalBasis() + ", hiệu lực " + plan.effectiveDate();
	}
}
