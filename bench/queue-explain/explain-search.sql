PREPARE r(bigint) AS SELECT d.code, d.procedure_code, d.procedure_name, d.agency_id, d.applicant_name, d.status, d.step,
	s.name AS step_name, s.role AS step_role, s.agency_id AS step_agency, d.received_at, d.due_at, d.step_due_at
FROM (
 (SELECT d.id, d.received_at FROM dossier d WHERE d.agency_id IN ($1)
   ORDER BY d.received_at DESC, d.id DESC LIMIT 50)
 UNION
 (SELECT d.id, d.received_at FROM dossier d WHERE EXISTS (SELECT 1 FROM dossier_step x WHERE x.dossier_id = d.id AND x.agency_id IN ($1))
   ORDER BY d.received_at DESC, d.id DESC LIMIT 50)) v
JOIN dossier d ON d.id = v.id LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step
ORDER BY d.received_at DESC, d.id DESC LIMIT 50;
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE r(5);
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE r(101);
