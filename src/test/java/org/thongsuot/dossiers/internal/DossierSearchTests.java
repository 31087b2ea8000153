package org.thongsuot.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.dossiers.ActionRequest;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.ComponentFile;
import org.thongsuot.dossiers.DossierAction;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.dossiers.DossierFixtures;
import org.thongsuot.dossiers.DossierQuery;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierSummary;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.dossiers.Dossiers;
import org.thongsuot.dossiers.ReceiptRequest;
import org.thongsuot.dossiers.SubmissionChannel;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Role;

/**
 * The search behind the work queue and {@code GET /api/dossiers}, written as a UNION of two indexed
 * halves, finds exactly the dossiers, in exactly the order, that the former single condition
 * ({@code agency_id IN … OR EXISTS (a step there)}) found; the work queue keeps the open dossiers due
 * soonest even behind finished ones due earlier; the queue page's flags computed once per page are the
 * flags computed line by line.
 */
@IntegrationTest
class DossierSearchTests {

	/** The search as it was before the UNION: the reference the new one must equal. */
	static final String FORMER_SEARCH = """
			SELECT d.code FROM dossier d LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step
			WHERE true""";

	@Autowired
	DossierRepository repository;

	@Autowired
	DeadlineFlags flags;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	DossierFixtures fixtures;

	DossierFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
		if (jdbc.sql("SELECT count(*) FROM dossier WHERE applicant_name LIKE 'Tìm kiếm %'").query(Long.class)
				.single() == 0) {
			receiveVariedDossiers();
		}
	}

	/**
	 * Dossiers at both communes and the province, some finished, some waiting for a supplement, and
	 * some with their specialist's step at the other commune (as a procedure with a step elsewhere, or a
	 * cut-over, leaves them): only the second half of the union finds those for that commune.
	 */
	void receiveVariedDossiers() {
		long[] receiving = { fixture.communeA, fixture.communeB, fixture.province };
		for (int i = 0; i < 12; i++) {
			long agency = receiving[i % 3];
			String procedure = agency == fixture.province ? DossierFixture.PROVINCE_PROCEDURE : DossierFixture.PROCEDURE;
			CurrentUser receiver = official(Set.of(Grant.of(Role.RECEIVER, agency)));
			DossierView view = dossiers.receive(new ReceiptRequest(procedure, agency, SubmissionChannel.COUNTER,
					new Applicant("Tìm kiếm " + i, "06819000%04d".formatted(5000 + i), null),
					List.of(new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf",
							("%PDF-1.7\n% search " + i + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)))),
					receiver, null).dossier();
			if (i % 4 == 0) {
				dossiers.act(view.code(), DossierAction.REFUSE, new ActionRequest(view.version(), "Không đủ điều kiện", null),
						receiver);
			}
			else if (i % 4 == 1) {
				dossiers.act(view.code(), DossierAction.REQUEST_SUPPLEMENT,
						new ActionRequest(view.version(), "Thiếu bản sao", null), receiver);
			}
			if (i % 3 == 0 && agency != fixture.province) {
				long other = agency == fixture.communeA ? fixture.communeB : fixture.communeA;
				jdbc.sql("UPDATE dossier_step SET agency_id = :o WHERE position = 1 AND dossier_id ="
						+ " (SELECT id FROM dossier WHERE code = :c)").param("o", other).param("c", view.code()).update();
			}
		}
	}

	static CurrentUser official(Set<Grant> grants) {
		return new CurrentUser("search-test", AccountKind.OFFICIAL, null, grants);
	}

	List<String> former(DossierQuery q, Collection<Long> agencyIds, boolean all, boolean dueFirst, int limit) {
		StringBuilder sql = new StringBuilder(FORMER_SEARCH);
		JdbcClient.StatementSpec[] spec = { null };
		List<Object[]> params = new ArrayList<>();
		if (!all) {
			sql.append(" AND (d.agency_id IN (:agencies) OR EXISTS (SELECT 1 FROM dossier_step x"
					+ " WHERE x.dossier_id = d.id AND x.agency_id IN (:agencies)))");
			params.add(new Object[] { "agencies", List.copyOf(agencyIds) });
		}
		if (q.code() != null) {
			sql.append(" AND d.code LIKE :code");
			params.add(new Object[] { "code", q.code() + "%" });
		}
		if (q.applicant() != null) {
			sql.append(" AND (d.applicant_id_number = :applicant OR d.applicant_name ILIKE :applicantLike)");
			params.add(new Object[] { "applicant", q.applicant() });
			params.add(new Object[] { "applicantLike", "%" + q.applicant() + "%" });
		}
		if (q.status() != null) {
			sql.append(" AND d.status = :status");
			params.add(new Object[] { "status", q.status().name() });
		}
		if (q.from() != null) {
			sql.append(" AND d.received_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'");
			params.add(new Object[] { "from", q.from() });
		}
		sql.append(dueFirst ? " ORDER BY d.due_at, d.id" : " ORDER BY d.received_at DESC, d.id DESC");
		sql.append(" LIMIT :limit");
		spec[0] = jdbc.sql(sql.toString()).param("limit", limit);
		for (Object[] p : params) {
			spec[0] = spec[0].param((String) p[0], p[1]);
		}
		return spec[0].query(String.class).list();
	}

	List<String> codes(List<DossierSummary> found) {
		return found.stream().map(DossierSummary::code).toList();
	}

	Stream<DossierQuery> queries(Random random) {
		LocalDate today = LocalDate.now(org.thongsuot.units.Units.ZONE);
		return Stream.generate(() -> new DossierQuery(random.nextInt(4) == 0 ? "X" : null,
				random.nextInt(4) == 0 ? "Tìm kiếm" : null, null,
				random.nextInt(3) == 0 ? DossierStatus.values()[random.nextInt(DossierStatus.values().length)] : null,
				random.nextInt(4) == 0 ? today : null, null, 1 + random.nextInt(12))).limit(20);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void theUnionFindsWhatTheSingleConditionFoundInTheSameOrder(long seed) {
		Random random = new Random(seed);
		List<List<Long>> agencySets = List.of(List.of(fixture.communeA), List.of(fixture.communeB),
				List.of(fixture.province), List.of(fixture.communeA, fixture.province));
		queries(random).forEach(q -> {
			List<Long> agencyIds = agencySets.get(random.nextInt(agencySets.size()));
			boolean all = random.nextInt(5) == 0;
			boolean dueFirst = random.nextBoolean();
			List<String> found = codes(repository.search(q, agencyIds, all, q.limit(), dueFirst, false,
					LocalDateTime.now()));
			assertThat(found).as("%s for %s (all: %s, due first: %s)", q, agencyIds, all, dueFirst)
					.isEqualTo(former(q, agencyIds, all, dueFirst, q.limit()));
		});
	}

	@Test
	void aCommuneSeesTheDossiersWithAStepThereThoughReceivedElsewhere() {
		List<String> stepElsewhere = jdbc.sql("""
				SELECT d.code FROM dossier d JOIN dossier_step s ON s.dossier_id = d.id AND s.position = 1
				WHERE d.agency_id = :a AND s.agency_id = :b""").param("a", fixture.communeA).param("b", fixture.communeB)
				.query(String.class).list();

		List<String> found = codes(repository.search(new DossierQuery(null, null, null, null, null, null, 500),
				List.of(fixture.communeB), false, 500, false, false, LocalDateTime.now()));

		assertThat(stepElsewhere).isNotEmpty();
		assertThat(found).containsAll(stepElsewhere);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 5, 8 })
	void theQueueIsTheOpenDossiersDueSoonestEvenBehindFinishedOnesDueEarlier(int limit) {
		List<Long> agencyIds = List.of(fixture.communeA, fixture.communeB);
		DossierQuery all = new DossierQuery(null, null, null, null, null, null, 100_000);
		List<String> dueSoonest = former(all, agencyIds, false, true, 100_000);
		List<String> openDueSoonest = dueSoonest.stream().filter(code -> !status(code).finished()).limit(limit)
				.toList();

		List<String> queue = codes(repository.search(all, agencyIds, false, limit, true, true, LocalDateTime.now()));

		// a finished dossier is due before an open one: cutting before filtering would lose open ones
		List<Boolean> finished = dueSoonest.stream().map(code -> status(code).finished()).toList();
		assertThat(finished.indexOf(true)).isNotNegative().isLessThan(finished.lastIndexOf(false));
		assertThat(openDueSoonest).isNotEmpty();
		assertThat(queue).isEqualTo(openDueSoonest);
	}

	DossierStatus status(String code) {
		return DossierStatus.valueOf(jdbc.sql("SELECT status FROM dossier WHERE code = :c").param("c", code)
				.query(String.class).single());
	}

	@Test
	void theQueueIndexesHoldExactlyTheStatusesTheQueryNames() {
		List<String> predicates = jdbc.sql("""
				SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
				WHERE c.relname IN ('dossier_queue_agency', 'dossier_queue_due')""").query(String.class).list();

		assertThat(predicates).hasSize(2).allSatisfy(p -> {
			for (DossierStatus s : DossierStatus.values()) {
				assertThat(p.contains("'" + s.name() + "'")).as("%s in %s", s, p).isEqualTo(!s.finished());
			}
		});
		assertThat(DossierRepository.OPEN_STATUSES).isEqualTo(
				"('SUBMITTED', 'RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION', 'SUSPENDED')");
	}

	@Test
	void theQueuesHalvesCanBeReadThroughTheirIndexes() {
		// The tables are small in tests and the planner may rightly read them whole; with sequential
		// scans discouraged for this transaction only, it shows which index serves each half.
		List<String> plan = transactions.execute(tx -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			return jdbc.sql("EXPLAIN (COSTS OFF) (SELECT d.id, d.due_at FROM dossier d WHERE d.agency_id IN ("
					+ fixture.communeA + ") AND d.status IN " + DossierRepository.OPEN_STATUSES
					+ " ORDER BY d.due_at, d.id LIMIT 200) UNION (SELECT d.id, d.due_at FROM dossier d WHERE EXISTS"
					+ " (SELECT 1 FROM dossier_step x WHERE x.dossier_id = d.id AND x.agency_id IN (" + fixture.communeA
					+ ")) AND d.status IN " + DossierRepository.OPEN_STATUSES + " ORDER BY d.due_at, d.id LIMIT 200)")
					.query(String.class).list();
		});

		assertThat(String.join("\n", plan)).contains("dossier_queue_agency").contains("dossier_step_agency_dossier")
				.doesNotContain("Seq Scan");
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13 })
	void thePagesFlagsComputedOnceAreTheFlagsComputedLineByLine(long seed) {
		Random random = new Random(seed);
		LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
		for (int i = 0; i < 400; i++) {
			// any minute of 2026, Tết included; appointments from a day before to three weeks after
			LocalDateTime now = start.plusMinutes(random.nextInt(365 * 24 * 60));
			DeadlineFlags.At page = flags.at(now);
			for (int j = 0; j < 5; j++) {
				LocalDateTime due = now.plusMinutes(random.nextInt(22 * 24 * 60) - 24 * 60);
				if (random.nextInt(4) == 0) {
					due = due.withHour(random.nextBoolean() ? 11 : 17).withMinute(random.nextBoolean() ? 0 : 30);
				}
				DossierSummary line = new DossierSummary("X", "P", "P", 1, "A", DossierStatus.PROCESSING, 1, "S",
						"SPECIALIST", 1, null, due, random.nextBoolean() ? null : due.minusDays(2), false);
				assertThat(page.flag(line)).as("now %s, due %s", now, due).isEqualTo(flags.flag(line, now));
			}
		}
	}
}
