package org.thongsuot.dossiers.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link DeadlineWarnings} every {@code thongsuot.dossiers.warning.interval} on every node; the
 * database lock lets one node work at a time and the alerts' unique key keeps a rerun from notifying
 * twice. Scheduling itself is turned on by the platform. A failed run is logged and tried again at the next interval.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineWarningJob implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWarningJob.class);

	private final DeadlineWarnings warnings;
	private final WarningProperties properties;
	private final Clocks clocks;

	DeadlineWarningJob(DeadlineWarnings warnings, WarningProperties properties, Clocks clocks) {
		this.warnings = warnings;
		this.properties = properties;
		this.clocks = clocks;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (properties.enabled()) {
			// The first run waits a minute, so start-up (and a test suite's first requests) goes first.
			registrar.addFixedDelayTask(new FixedDelayTask(this::runOnce, properties.interval(), Duration.ofMinutes(1)));
		}
	}

	void runOnce() {
		try {
			DeadlineWarnings.Run run = warnings.run(clocks.now());
			if (run.alerts() > 0 || run.emailsSent() > 0) {
				log.info("Deadline warnings: {} alerts, {} notices, {} emails sent", run.alerts(), run.notices(),
						run.emailsSent());
			}
		}
		catch (RuntimeException e) {
			log.warn("Deadline warnings run failed; next try in {}", properties.interval(), e);
		}
	}
}
