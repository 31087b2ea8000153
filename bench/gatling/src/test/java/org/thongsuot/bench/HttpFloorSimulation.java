package org.thongsuot.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The floor under any submission: the cheapest requests the application answers, sent the way
 * {@link DossierIntakeSimulation} sends submissions ({@code users} clients, closed model, each virtual user
 * one request on its own connection), by the same load generator on the same machine. A submission does
 * all of this and more (authentication, a multipart body, a transaction that writes and commits), so no
 * intake rate can be above these.
 *
 * <p>With {@code share=true} the clients share a pool of kept-alive connections instead (as a server such as
 * the National Public Service Portal would send): the most generous floor, with no connection set-up at all.
 *
 * <p>System properties: {@code baseUrl}, {@code users}, {@code seconds}, {@code path} (the request,
 * e.g. {@code /actuator/health} or a static file), {@code name} (the request's name in the report),
 * {@code share}.
 */
public class HttpFloorSimulation extends Simulation {

	private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
	private final int users = Integer.getInteger("users", 16);
	private final int seconds = Integer.getInteger("seconds", 20);
	private final String path = System.getProperty("path", "/actuator/health");
	private final String name = System.getProperty("name", "floor");
	private final boolean share = Boolean.getBoolean("share");

	{
		HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json").disableFollowRedirect();
		setUp(scenario("floor").exec(http(name).get(path).check(status().is(200)))
				.injectClosed(constantConcurrentUsers(users).during(seconds)))
				.protocols(share ? protocol.shareConnections() : protocol);
	}
}
