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
 * Successor look-up and name search of administrative units under a constant arrival rate, beside a
 * baseline (the health endpoint: one request through the same stack and one database round trip)
 * measured in the same run, so the figures can be read as ratios on a shared, noisy machine.
 *
 * <p>System properties: {@code baseUrl}, {@code rate} (requests per second for each of the three
 * request kinds), {@code seconds}.
 */
public class UnitsLookupSimulation extends Simulation {

	private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
	private final double rate = Double.parseDouble(System.getProperty("rate", "200"));
	private final int seconds = Integer.getInteger("seconds", 60);

	private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json")
			.shareConnections();

	/** Old communes (code and name without diacritics) sampled from the reference data. */
	private final FeederBuilder<String> communes = csv("units-lookups.csv").random();

	private final ScenarioBuilder baseline = scenario("baseline")
			.exec(http("baseline: health").get("/actuator/health").check(status().is(200)));

	private final ScenarioBuilder successors = scenario("successors")
			.feed(communes)
			.exec(http("successor look-up").get("/api/units/#{code}/successors")
					.queryParam("level", "COMMUNE")
					.queryParam("asOf", "2025-06-30")
					.check(status().is(200)));

	private final ScenarioBuilder search = scenario("search")
			.feed(communes)
			.exec(http("name search").get("/api/units/search")
					.queryParam("q", "#{query}")
					.check(status().is(200)));

	{
		setUp(baseline.injectOpen(constantUsersPerSec(rate).during(seconds)),
				successors.injectOpen(constantUsersPerSec(rate).during(seconds)),
				search.injectOpen(constantUsersPerSec(rate).during(seconds)))
				.protocols(protocol)
				.assertions(global().failedRequests().count().is(0L));
	}
}
