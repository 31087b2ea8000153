package org.thongsuot.platform.internal.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} jobs for all modules. A job that must run on one node at a time guards
 * itself with a PostgreSQL lock; nodes share nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
