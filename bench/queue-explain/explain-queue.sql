PREPARE q(bigint) AS SELECT d.code, d.procedure_code, d.procedure_name, d.agency_id, d.applicant_name, d.status, d.step,
	s.name AS step_name, s.role AS step_role, s.agency_id AS step_agency, d.received_at, d.due_at, d.step_due_at
FROM (
 (SELECT d.id, d.due_at FROM dossier d WHERE d.agency_id IN ($1)
   AND d.status IN ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION', 'SUSPENDED')
   ORDER BY d.due_at, d.id LIMIT 200)
 UNION
 (SELECT d.id, d.due_at FROM dossier d WHERE EXISTS (SELECT 1 FROM dossier_step x WHERE x.dossier_id = d.id AND x.agency_id IN ($1))
   AND d.status IN ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION', 'SUSPENDED')
   ORDER BY d.due_at, d.id LIMIT 200)) v
JOIN dossier d ON d.id = v.id LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step
ORDER BY d.due_at, d.id LIMIT 200;
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE q(5);
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE q(101);
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE q(111);
