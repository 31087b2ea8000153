package org.thongsuot.reorg;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only bulk path: in-flight dossiers inserted straight into the dossiers module's tables (thousands
 * in a second), as if received by old agencies before a reorganization. Each gets three steps at its
 * agency, a receipt history row, the secret {@link #SECRET}, and optionally the applicant's old village.
 */
final class CutoverData {

	static final String SECRET = "E2ESECRET1";

	private CutoverData() {
	}

	/**
	 * Inserts {@code perAgency} dossiers for each agency, received on 2025-06-{day}; every {@code finishedEvery}-th
	 * has its result returned already (must never move). {@code localities} (may be empty) are given in turn
	 * to the dossiers, a null entry meaning no address known.
	 */
	static void insert(JdbcClient jdbc, List<Long> agencies, int perAgency, long procedureVersionId, int day,
			int finishedEvery, List<String> localities) {
		jdbc.sql("""
				INSERT INTO dossier (code, procedure_code, procedure_version_id, procedure_name, agency_id, agency_name,
				                     channel, applicant_name, applicant_id_number, received_by, status, step, received_at,
				                     step_started_at, due_at, step_due_at, secret_hash)
				SELECT 'X' || a.id || '-2506' || lpad(:day::text, 2, '0') || '-' || lpad(n::text, 4, '0'),
				       '9.960001', :version, 'Thủ tục thử một cửa 9.960001', a.id, 'Cơ quan ' || a.id,
				       'COUNTER', 'Người nộp ' || n, '068090' || lpad(n::text, 6, '0'), 'test',
				       CASE WHEN n % :finished = 0 THEN 'RESULT_RETURNED' WHEN n % 3 = 0 THEN 'PROCESSING' ELSE 'RECEIVED' END,
				       CASE WHEN n % 3 = 0 THEN 1 ELSE 0 END,
				       TIMESTAMPTZ '2025-06-01 09:00+07' + (:day - 1) * INTERVAL '1 day' + n * INTERVAL '1 second',
				       TIMESTAMPTZ '2025-06-01 09:00+07' + (:day - 1) * INTERVAL '1 day' + n * INTERVAL '1 second',
				       TIMESTAMP '2025-07-08 17:00' + (n % 7) * INTERVAL '1 day', TIMESTAMP '2025-06-30 17:00',
				       sha256(convert_to(:secret, 'UTF8'))
				  FROM unnest(CAST(:agencies AS bigint[])) AS a (id), generate_series(1, :per) AS n""")
				.param("agencies", agencies.toArray(Long[]::new)).param("per", perAgency).param("version", procedureVersionId)
				.param("day", day).param("finished", finishedEvery).param("secret", SECRET)
				.update();
		String codes = "SELECT id FROM dossier WHERE agency_id = ANY (CAST(:agencies AS bigint[])) AND code LIKE '%-2506' || lpad(:day::text, 2, '0') || '-%'";
		jdbc.sql("""
				INSERT INTO dossier_step (dossier_id, position, name, role, agency_id, share_minutes)
				SELECT d.id, s.position, s.name, s.role, d.agency_id, s.share
				  FROM dossier d, (VALUES (0, 'Tiếp nhận', 'RECEIVER', 240), (1, 'Thẩm định', 'SPECIALIST', 1680),
				                          (2, 'Phê duyệt', 'LEADER', 480)) AS s (position, name, role, share)
				 WHERE d.id IN (""" + codes + ")")
				.param("agencies", agencies.toArray(Long[]::new)).param("day", day).update();
		jdbc.sql("""
				INSERT INTO dossier_history (dossier_id, at, actor, action, to_status, step, note)
				SELECT d.id, d.received_at, 'test', 'RECEIVE', 'RECEIVED', 0, 'COUNTER' FROM dossier d
				 WHERE d.id IN (""" + codes + ")")
				.param("agencies", agencies.toArray(Long[]::new)).param("day", day).update();
		if (!localities.isEmpty()) {
			jdbc.sql("""
					INSERT INTO dossier_address (dossier_id, locality)
					SELECT d.id, (CAST(:localities AS text[]))[1 + (substring(d.code from '[0-9]{4}$')::int % :count)]
					  FROM dossier d WHERE d.id IN (""" + codes + ")")
					.param("agencies", agencies.toArray(Long[]::new)).param("day", day)
					.param("localities", localities.stream().map(l -> l == null ? "" : l).toArray(String[]::new))
					.param("count", localities.size()).update();
			jdbc.sql("DELETE FROM dossier_address WHERE locality = ''").update();
		}
	}
}
