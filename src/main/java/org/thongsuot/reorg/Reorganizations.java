package org.thongsuot.reorg;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.reorg.internal.CutoverRunner;
import org.thongsuot.reorg.internal.DryRunner;
import org.thongsuot.reorg.internal.PlanBuilder;
import org.thongsuot.reorg.internal.PlanRepository;
import org.thongsuot.reorg.internal.RunRepository;
import org.thongsuot.reorg.internal.Verifier;

/**
 * The cut-over: load a plan (from the registry's lineage or an upload), see what it would move (dry run),
 * decide what its rules cannot, apply it (on command, or at its effective date when scheduled), follow the
 * progress, read the verification report, roll it back. See docs/reorg.md.
 */
@Service
public class Reorganizations {

	private static final Set<String> APPLICABLE = Set.of("DRAFT", "SCHEDULED", "APPLYING", "APPLIED", "ROLLED_BACK");

	private final PlanBuilder builder;
	private final PlanRepository plans;
	private final RunRepository runs;
	private final DryRunner dryRunner;
	private final CutoverRunner runner;
	private final Verifier verifier;
	private final TransactionTemplate tx;
	private final TaskExecutor executor;
	private final org.springframework.context.ApplicationEventPublisher events;

	Reorganizations(PlanBuilder builder, PlanRepository plans, RunRepository runs, DryRunner dryRunner,
			CutoverRunner runner, Verifier verifier, TransactionTemplate tx, @Qualifier("reorgExecutor") TaskExecutor executor,
			org.springframework.context.ApplicationEventPublisher events) {
		this.builder = builder;
		this.plans = plans;
		this.runs = runs;
		this.dryRunner = dryRunner;
		this.runner = runner;
		this.verifier = verifier;
		this.tx = tx;
		this.executor = executor;
		this.events = events;
	}

	/**
	 * The plan of the changes the units registry records for {@code effective} into units of {@code province}
	 * (null: the whole country): 2025-07-01 replays the two-level reform, 2026-04-30 Đồng Nai's changes.
	 * {@code name} and {@code legalBasis} may be null (a name is made up; the legal bases of the lineage).
	 */
	@Transactional
	public Plan planFromLineage(LocalDate effective, String province, String name, String legalBasis, String actor) {
		long id = builder.fromLineage(effective, province, name, legalBasis, actor, Instant.now());
		Plan plan = plan(id);
		events.publishEvent(new ReorgPlanChanged(id, "LOADED", plan.name(), actor));
		return plan;
	}

	/** A plan from a JSON document (docs/reorg.md); refused whole with {@link PlanRejected} listing every field at fault. */
	@Transactional
	public Plan upload(byte[] document, String actor) {
		long id = builder.fromUpload(document, actor, Instant.now());
		Plan plan = plan(id);
		events.publishEvent(new ReorgPlanChanged(id, "LOADED", plan.name(), actor));
		return plan;
	}

	@Transactional(readOnly = true)
	public List<Plan> plans() {
		return plans.plans();
	}

	/** The plan; 404 {@code REORG_PLAN_NOT_FOUND} if none. */
	@Transactional(readOnly = true)
	public Plan plan(long id) {
		return plans.plan(id).orElseThrow(() -> ApiException.of(ErrorCode.REORG_PLAN_NOT_FOUND, id));
	}

	@Transactional(readOnly = true)
	public List<PlanChange> changes(long planId) {
		plan(planId);
		return plans.changes(planId);
	}

	@Transactional(readOnly = true)
	public List<AgencyMove> agencyMoves(long planId) {
		plan(planId);
		return plans.agencyMoves(planId);
	}

	@Transactional(readOnly = true)
	public List<SplitRule> splitRules(long planId) {
		plan(planId);
		return plans.splitRules(planId);
	}

	/** Adds a split rule: addresses in {@code locality} of the split unit {@code fromCode} go to {@code toCode}. */
	@Transactional
	public void addSplitRule(long planId, String fromCode, String locality, String toCode, String actor) {
		plan(planId);
		builder.addSplitRule(planId, null, fromCode, locality, toCode);
		events.publishEvent(new ReorgPlanChanged(planId, "SPLIT_RULE", fromCode + ": " + locality + " → " + toCode, actor));
	}

	/** What applying the plan now would move, and what it cannot decide. Changes nothing. */
	public DryRunReport dryRun(long planId) {
		return dryRunner.report(plan(planId));
	}

	/** The review queue: items left at an old agency because no rule placed them, with the decisions made. */
	@Transactional(readOnly = true)
	public List<Undecided> undecided(long planId) {
		plan(planId);
		return verifier.undecided(planId);
	}

	/**
	 * A person's decision: the item goes to {@code agencyId}, which must be one of the candidates of its old
	 * agency. It moves at the next application of the plan.
	 */
	@Transactional
	public void decide(long planId, String subject, String itemKey, long agencyId, String actor) {
		plan(planId);
		Undecided item = verifier.undecided(planId).stream()
				.filter(u -> u.subject().equals(subject) && u.itemKey().equals(itemKey)).findFirst()
				.orElseThrow(() -> ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "itemKey")
						.withDetail("problem.INVALID_PARAMETER.reorg.notUndecided", itemKey));
		if (item.candidates().stream().noneMatch(c -> c.agencyId() == agencyId)) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "agencyId")
					.withDetail("problem.INVALID_PARAMETER.reorg.notCandidate", agencyId, itemKey);
		}
		plans.decide(planId, subject, itemKey, agencyId, actor, Instant.now());
		events.publishEvent(new ReorgPlanChanged(planId, "DECIDED", subject + " " + itemKey + " → " + agencyId, actor));
	}

	/** Marks the plan to be applied by the scheduled check on its effective date. */
	@Transactional
	public Plan schedule(long planId, String actor) {
		Plan plan = plan(planId);
		if (!"DRAFT".equals(plan.status())) {
			throw ApiException.of(ErrorCode.REORG_RUN_CONFLICT, planId, plan.status());
		}
		plans.status(planId, "SCHEDULED", Instant.now());
		events.publishEvent(new ReorgPlanChanged(planId, "SCHEDULED", String.valueOf(plan.effectiveDate()), actor));
		return plan(planId);
	}

	/**
	 * Starts applying the plan now, in the background; returns the run to follow. Applying again (after
	 * decisions in the review queue) moves what is left and changes nothing else. 409 {@code REORG_RUN_CONFLICT}
	 * while a run of the plan is going on.
	 */
	public RunView apply(long planId, String actor) {
		Plan plan = plan(planId);
		if (!APPLICABLE.contains(plan.status())) {
			throw ApiException.of(ErrorCode.REORG_RUN_CONFLICT, planId, plan.status());
		}
		return start(planId, "APPLY", actor);
	}

	/**
	 * Starts the rollback: every move of the plan's applications, backwards, item by item (only items still
	 * where the plan put them). 409 unless the plan was applied.
	 */
	public RunView rollback(long planId, String actor) {
		Plan plan = plan(planId);
		if (!"APPLIED".equals(plan.status())) {
			throw ApiException.of(ErrorCode.REORG_RUN_CONFLICT, planId, plan.status());
		}
		return start(planId, "ROLLBACK", actor);
	}

	private RunView start(long planId, String mode, String actor) {
		long runId;
		try {
			runId = tx.execute(s -> runs.start(planId, mode, actor, Instant.now()));
		}
		catch (DuplicateKeyException e) {
			throw ApiException.of(ErrorCode.REORG_RUN_CONFLICT, planId, "RUNNING");
		}
		executor.execute(() -> runner.execute(runId));
		return run(runId);
	}

	/** The run and its progress; 404 {@code REORG_RUN_NOT_FOUND}. */
	@Transactional(readOnly = true)
	public RunView run(long runId) {
		return runs.run(runId).map(verifierView()).orElseThrow(() -> ApiException.of(ErrorCode.REORG_RUN_NOT_FOUND, runId));
	}

	@Transactional(readOnly = true)
	public List<RunView> runs(long planId) {
		plan(planId);
		return runs.runs(planId).stream().map(verifierView()).toList();
	}

	/** Waits until the run is no longer running, at most {@code timeout}; returns it as it then stands. */
	public RunView await(long runId, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		RunView run = run(runId);
		while (run.running() && System.nanoTime() < end) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			run = run(runId);
		}
		return run;
	}

	/** The verification report of a run. */
	@Transactional(readOnly = true)
	public Verification verification(long runId) {
		run(runId);
		return verifier.verify(runId);
	}

	private java.util.function.Function<RunRepository.Run, RunView> verifierView() {
		return verifier::view;
	}
}
