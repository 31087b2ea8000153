package org.thongsuot.reorg.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** The thread a run started from a page or the API executes on, so the request answers at once. */
@Configuration(proxyBeanMethods = false)
class ReorgConfiguration {

	@Bean
	SimpleAsyncTaskExecutor reorgExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("reorg-");
		return executor;
	}
}
