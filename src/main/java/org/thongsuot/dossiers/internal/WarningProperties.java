package org.thongsuot.dossiers.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline warnings.
 *
 * @param before how much working time before a deadline the dossier is flagged "due soon" (default 8
 * working hours, about one working day); a step's own threshold is at most half of the step's share of
 * the time, so a half-day step is not flagged the moment it starts
 * @param interval how often the job looks for dossiers crossing a threshold
 * @param enabled whether the job runs on this node (the database lock keeps several nodes from
 * duplicating work either way)
 * @param from the sender address of warning emails
 */
@ConfigurationProperties("thongsuot.dossiers.warning")
public record WarningProperties(@DefaultValue("8h") Duration before, @DefaultValue("5m") Duration interval,
		@DefaultValue("true") boolean enabled, @DefaultValue("thongsuot@localhost") String from) {
}
