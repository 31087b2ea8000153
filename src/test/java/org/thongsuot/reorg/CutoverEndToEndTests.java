package org.thongsuot.reorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Units;

import tools.jackson.databind.json.JsonMapper;

/**
 * The proof of the cut-over: thousands of dossiers in flight at the agencies of the three provinces that
 * became the new Lâm Đồng (Lâm Đồng, Đắk Nông, Bình Thuận) and of some of their communes, split ones
 * included; the 2025-07-01 plan, built from the registry's lineage, applied while submissions and look-ups
 * keep coming; every dossier ends where the official conversion table says, no request fails.
 */
@IntegrationTest
class CutoverEndToEndTests {

	private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	@Autowired
	Reorganizations reorg;
	@Autowired
	Units units;
	@Autowired
	Agencies agencies;
	@Autowired
	Officials officials;
	@Autowired
	Procedures procedures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;
	@LocalServerPort
	int port;

	@Test
	void the2025MergerMovesEveryInFlightDossierWhereTheConversionTableSaysWhileThePlatformKeepsServing() throws Exception {
		DossierFixture fixture = DossierFixture.get(procedures, agencies, officials);
		long version = procedures.inForce(DossierFixture.PROCEDURE, null, "code").id();
		Plan plan = reorg.planFromLineage(EFFECTIVE, "68", null, null, "e2e-admin");
		List<AgencyMove> moves = reorg.agencyMoves(plan.id());

		// The old provinces' committees, some old districts, 40 merged communes of each old province, every split commune.
		List<AgencyMove> committees = moves.stream().filter(m -> m.oldAgencyName().startsWith("Ủy ban nhân dân")).toList();
		List<Long> provinces = ids(committees, m -> m.unitLevel().equals("PROVINCE"));
		assertThat(provinces).hasSize(3);
		List<Long> districts = committees.stream().filter(m -> m.unitLevel().equals("DISTRICT")).limit(6)
				.map(AgencyMove::oldAgencyId).toList();
		List<Long> merged = new ArrayList<>();
		for (String province : List.of("68", "67", "60")) {
			committees.stream().filter(m -> m.unitLevel().equals("COMMUNE") && m.kind() == ChangeKind.MERGE
					&& units.find(Level.COMMUNE, m.unitCode(), BEFORE).orElseThrow().provinceCode().equals(province))
					.limit(40).forEach(m -> merged.add(m.oldAgencyId()));
		}
		List<AgencyMove> splits = committees.stream().filter(m -> m.kind() == ChangeKind.SPLIT && m.unitLevel().equals("COMMUNE")).toList();
		assertThat(splits).as("split communes in the three provinces").isNotEmpty();
		// For each split commune, "Thôn Một" goes to its first successor, "Thôn Hai" to its last; the rest have no address.
		for (AgencyMove s : splits) {
			reorg.addSplitRule(plan.id(), s.unitCode(), "Thôn Một", s.candidates().get(0).unitCode(), "e2e-admin");
			reorg.addSplitRule(plan.id(), s.unitCode(), "Thôn Hai", s.candidates().get(s.candidates().size() - 1).unitCode(), "e2e-admin");
		}
		CutoverData.insert(jdbc, provinces, 300, version, 20, 10, List.of());
		CutoverData.insert(jdbc, districts, 40, version, 21, 10, List.of());
		CutoverData.insert(jdbc, merged, 40, version, 22, 10, List.of());
		CutoverData.insert(jdbc, ids(splits, m -> true), 30, version, 23, 10,
				java.util.Arrays.asList("thon mot", "THÔN HAI", null));
		// An official of a merged commune: the grant follows the commune.
		officials.createOfficial("e2e-officer", DossierFixture.PASSWORD, "Cán bộ xã cũ", List.of(Grant.of(Role.RECEIVER, merged.get(0))));

		Set<Long> oldAgencies = reorg.agencyMoves(plan.id()).stream().map(AgencyMove::oldAgencyId).collect(Collectors.toSet());
		List<Row> before = rows(oldAgencies);
		assertThat(before.size()).as("dossiers at the old agencies").isGreaterThan(5000);

		// The dry run reports them all and changes nothing.
		String checksum = checksum();
		DryRunReport dry = reorg.dryRun(plan.id());
		assertThat(checksum()).as("tables after the dry run").isEqualTo(checksum);
		long open = before.stream().filter(r -> r.open).count();
		DryRunReport.Subject dossiers = dry.subjects().stream().filter(s -> s.subject().equals("dossier")).findFirst().orElseThrow();
		assertThat(dossiers.total()).isEqualTo(open);
		long expectedUndecided = before.stream().filter(r -> r.open && splitIds(splits).contains(r.agency) && r.locality == null).count();
		assertThat(dossiers.undecided()).isEqualTo(expectedUndecided);

		// Apply while the platform serves: online look-ups by old codes and new receipts at the counter.
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger requests = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		List<String> codes = before.stream().map(r -> r.code).toList();
		Thread traffic = new Thread(() -> traffic(running, requests, failures, codes, fixture));
		traffic.start();
		RunView run;
		try {
			run = reorg.apply(plan.id(), "e2e-admin");
			run = reorg.await(run.id(), Duration.ofSeconds(120));
		}
		finally {
			running.set(false);
			traffic.join();
		}
		assertThat(run.status()).isEqualTo("DONE");
		assertThat(failures).as("failed requests during the cut-over").isEmpty();
		assertThat(requests.get()).as("requests served during the cut-over").isPositive();

		// Every dossier is where the conversion table says (or, without an address in a split commune, waits for a person).
		Map<Long, Map<String, Long>> expected = new HashMap<>();
		for (Row r : rows(before.stream().map(x -> x.id).toList())) {
			Row was = before.stream().filter(b -> b.id == r.id).findFirst().orElseThrow();
			long where = expected(was, expected);
			assertThat(r.agency).as("dossier %s (%s)", r.code, was.locality).isEqualTo(where);
			assertThat(r.code).isEqualTo(was.code);
			assertThat(r.due).isEqualTo(was.due);
			assertThat(r.version).isEqualTo(version);
		}
		Verification report = reorg.verification(run.id());
		assertThat(report.consistent()).isTrue();
		assertThat(report.lost()).isZero();
		assertThat(report.duplicated()).isZero();
		assertThat(report.undecided()).isEqualTo(expectedUndecided);
		assertThat(officials.grants("e2e-officer")).containsExactly(Grant.of(Role.RECEIVER,
				reorg.agencyMoves(plan.id()).stream().filter(m -> m.oldAgencyId() == merged.get(0)).findFirst().orElseThrow()
						.successorAgencyId()));
		// A moved dossier keeps its history and tells of the move.
		Row moved = before.stream().filter(r -> r.open && merged.contains(r.agency)).findFirst().orElseThrow();
		assertThat(jdbc.sql("SELECT action FROM dossier_history WHERE dossier_id = :id ORDER BY id").param("id", moved.id)
				.query(String.class).list()).containsExactly("RECEIVE", "TRANSFER");

		// A person decides the undecided ones; applying again moves them and nothing else.
		for (Undecided u : reorg.undecided(plan.id())) {
			reorg.decide(plan.id(), u.subject(), u.itemKey(), u.candidates().get(0).agencyId(), "e2e-admin");
		}
		RunView again = reorg.await(reorg.apply(plan.id(), "e2e-admin").id(), Duration.ofSeconds(60));
		assertThat(again.status()).isEqualTo("DONE");
		Verification second = reorg.verification(again.id());
		assertThat(second.moved()).isEqualTo(expectedUndecided);
		assertThat(second.consistent()).isTrue();
		assertThat(reorg.undecided(plan.id())).isEmpty();
		RunView third = reorg.await(reorg.apply(plan.id(), "e2e-admin").id(), Duration.ofSeconds(60));
		assertThat(reorg.verification(third.id()).moved()).as("a third application moves nothing").isZero();
	}

	private long expected(Row was, Map<Long, Map<String, Long>> cache) {
		if (!was.open) {
			return was.agency;
		}
		return cache.computeIfAbsent(was.agency, a -> new HashMap<>())
				.computeIfAbsent(String.valueOf(was.locality), l -> successor(was));
	}

	private long successor(Row was) {
		var agency = agencies.get(was.agency);
		List<Lineage> successors = units.successors(agency.unit().level(), agency.unit().code(), BEFORE, EFFECTIVE);
		List<Lineage> same = successors.stream().filter(l -> l.unit().level() == agency.unit().level()).toList();
		Lineage to;
		if (same.size() == 1) {
			to = same.get(0);
		}
		else if (agency.unit().level() == Level.DISTRICT) {
			to = successors.stream().filter(l -> l.unit().level() == Level.PROVINCE).findFirst().orElseThrow();
		}
		else if (was.locality == null) {
			return was.agency; // waits in the review queue
		}
		else {
			// The plan's candidates are in the order of the lineage's edges; the rules named the first and the last.
			List<String> targets = jdbc.sql("SELECT to_code FROM reorg_change WHERE from_code = :c AND kind = 'SPLIT' ORDER BY seq LIMIT 100")
					.param("c", agency.unit().code()).query(String.class).list().stream().distinct().toList();
			String code = was.locality.equals("thon mot") ? targets.get(0) : targets.get(targets.size() - 1);
			to = same.stream().filter(l -> l.unit().code().equals(code)).findFirst().orElseThrow();
		}
		return agencies.peoplesCommittee(to.unit().level(), to.unit().code(), EFFECTIVE).orElseThrow().id();
	}

	private void traffic(AtomicBoolean running, AtomicInteger requests, ConcurrentLinkedQueue<String> failures,
			List<String> codes, DossierFixture fixture) {
		HttpClient http = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder().encodeToString(("recv-a:" + DossierFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
		int n = 0;
		while (running.get()) {
			try {
				String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
				HttpResponse<String> lookup = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ "/api/dossiers/" + code + "?secret=" + CutoverData.SECRET)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (lookup.statusCode() != 200) {
					failures.add("look-up " + code + ": " + lookup.statusCode());
				}
				if (n++ % 4 == 0) {
					String body = json.writeValueAsString(DossierFixture.receipt(DossierFixture.PROCEDURE, fixture.communeA,
							"COUNTER", "068090001234", "to-khai.pdf", DossierFixture.PDF));
					HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers"))
							.header("Authorization", basic).header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
					if (receipt.statusCode() != 201) {
						failures.add("receipt: " + receipt.statusCode() + " " + receipt.body());
					}
				}
				requests.incrementAndGet();
			}
			catch (Exception e) {
				failures.add(e.toString());
			}
		}
	}

	private String checksum() {
		return jdbc.sql("""
				SELECT (SELECT md5(string_agg(d::text, ',' ORDER BY d.id)) FROM dossier d)
				    || (SELECT md5(string_agg(s::text, ',' ORDER BY s.dossier_id, s.position)) FROM dossier_step s)
				    || (SELECT count(*) FROM dossier_history) || (SELECT md5(string_agg(g::text, ',' ORDER BY g.id)) FROM identity_grant g)
				    || (SELECT count(*) FROM reorg_move) || (SELECT count(*) FROM reorg_undecided)""")
				.query(String.class).single();
	}

	private record Row(long id, String code, long agency, boolean open, String locality, java.time.LocalDateTime due, long version) {
	}

	private List<Row> rows(java.util.Collection<Long> ids) {
		return jdbc.sql("""
				SELECT d.id, d.code, d.agency_id, d.status NOT IN ('RESULT_RETURNED', 'NOT_ACCEPTED') AS open, a.locality,
				       d.due_at, d.procedure_version_id
				  FROM dossier d LEFT JOIN dossier_address a ON a.dossier_id = d.id
				 WHERE d.id = ANY (CAST(:ids AS bigint[])) ORDER BY d.id""")
				.param("ids", ids.toArray(Long[]::new))
				.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
						rs.getString(5) == null ? null : org.thongsuot.reorg.internal.Localities.key(rs.getString(5)),
						rs.getObject(6, java.time.LocalDateTime.class), rs.getLong(7)))
				.list();
	}

	private List<Row> rows(Set<Long> agencies) {
		List<Long> ids = jdbc.sql("SELECT id FROM dossier WHERE agency_id = ANY (CAST(:a AS bigint[]))")
				.param("a", agencies.toArray(Long[]::new)).query(Long.class).list();
		return rows(ids);
	}

	private static Set<Long> splitIds(List<AgencyMove> splits) {
		return splits.stream().map(AgencyMove::oldAgencyId).collect(Collectors.toSet());
	}

	private static List<Long> ids(List<AgencyMove> moves, java.util.function.Predicate<AgencyMove> filter) {
		return moves.stream().filter(filter).map(AgencyMove::oldAgencyId).toList();
	}
}
