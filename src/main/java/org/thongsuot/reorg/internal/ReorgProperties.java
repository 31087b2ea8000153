package org.thongsuot.reorg.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize items moved per transaction: small enough that the rows a batch locks are released
 *     within a fraction of a second while the platform keeps serving
 * @param checkInterval how often the scheduled check looks for a plan whose day has come and for a run
 *     to resume (a node that died mid-run)
 */
@ConfigurationProperties("thongsuot.reorg")
public record ReorgProperties(@DefaultValue("1000") int batchSize, @DefaultValue("PT1M") Duration checkInterval) {
}
