package org.thongsuot.reorg.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled check, on every node: resumes a run whose node died (its advisory lock is free again)
 * and starts the application of a scheduled plan whose effective date has come. The runner's advisory
 * lock makes sure one node at a time does either.
 */
@Component
public class CutoverScheduler {

	private static final Logger log = LoggerFactory.getLogger(CutoverScheduler.class);
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final PlanRepository plans;
	private final RunRepository runs;
	private final CutoverRunner runner;
	private final TransactionTemplate tx;

	CutoverScheduler(PlanRepository plans, RunRepository runs, CutoverRunner runner, TransactionTemplate tx) {
		this.plans = plans;
		this.runs = runs;
		this.runner = runner;
		this.tx = tx;
	}

	@Scheduled(initialDelayString = "${thongsuot.reorg.check-interval:PT1M}", fixedDelayString = "${thongsuot.reorg.check-interval:PT1M}")
	public void check() {
		try {
			for (RunRepository.Run run : runs.allRunning()) {
				if (runner.execute(run.id())) {
					log.info("Resumed cut-over run {}", run.id());
				}
			}
			for (Long planId : plans.scheduledDue(LocalDate.now(VIETNAM))) {
				Long runId;
				try {
					runId = tx.execute(s -> runs.start(planId, "APPLY", "system", Instant.now()));
				}
				catch (DuplicateKeyException e) {
					continue; // another node started it
				}
				runner.execute(runId);
			}
		}
		catch (RuntimeException e) {
			log.error("Scheduled cut-over check failed", e);
		}
	}
}
