package org.thongsuot.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Procedure search over the whole catalogue under a constant arrival rate, beside a baseline (the
 * health endpoint: one request through the same stack and one database round trip) measured in the same
 * run just before, at the same rate. Queries are 2–4 consecutive words of real procedure names, half typed without diacritics, some
 * codes, some with a level filter.
 *
 * <p>System properties: {@code baseUrl}, {@code rate} (requests per second of each kind), {@code seconds}.
 */
public class ProcedureSearchSimulation extends Simulation {

	private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
	private final double rate = Double.parseDouble(System.getProperty("rate", "200"));
	private final int seconds = Integer.getInteger("seconds", 60);

	private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json")
			.shareConnections();

	private final FeederBuilder<String> queries = csv("procedure-searches.csv").random();

	private final ScenarioBuilder baseline = scenario("baseline")
			.exec(http("baseline: health").get("/actuator/health").check(status().is(200)));

	private final ScenarioBuilder search = scenario("search")
			.feed(queries)
			.exec(http("procedure search").get("/api/procedures")
					.queryParam("q", "#{q}")
					.queryParam("level", "#{level}")
					.check(status().is(200)));

	{
		// One after the other, each at the full rate: both at once would double the load a shared 2-core
		// machine (Gatling included) has to carry, and measure the queue rather than the requests.
		setUp(baseline.injectOpen(constantUsersPerSec(rate).during(seconds))
				.andThen(search.injectOpen(constantUsersPerSec(rate).during(seconds))))
				.protocols(protocol)
				.assertions(global().failedRequests().count().is(0L));
	}
}
