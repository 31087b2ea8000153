\set agencies '5'
PREPARE q(bigint[]) AS SELECT d.code, d.procedure_code, d.procedure_name, d.agency_id, d.applicant_name, d.status, d.step,
	s.name AS step_name, s.role AS step_role, s.agency_id AS step_agency, d.received_at, d.due_at, d.step_due_at
FROM dossier d LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step
WHERE true AND (d.agency_id = ANY($1) OR EXISTS (SELECT 1 FROM dossier_step x WHERE x.dossier_id = d.id AND x.agency_id = ANY($1)))
ORDER BY d.due_at, d.id LIMIT 200;
PREPARE r(bigint[]) AS SELECT d.code, d.procedure_code, d.procedure_name, d.agency_id, d.applicant_name, d.status, d.step,
	s.name AS step_name, s.role AS step_role, s.agency_id AS step_agency, d.received_at, d.due_at, d.step_due_at
FROM dossier d LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step
WHERE true AND (d.agency_id = ANY($1) OR EXISTS (SELECT 1 FROM dossier_step x WHERE x.dossier_id = d.id AND x.agency_id = ANY($1)))
ORDER BY d.received_at DESC, d.id DESC LIMIT 50;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE q('{5}');
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE q('{101}');
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE r('{5}');
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM notice WHERE recipient = 'official-7' AND read_at IS NULL;
