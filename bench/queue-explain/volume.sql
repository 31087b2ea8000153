-- scratch volume: 200,000 dossiers over two years, 111 agencies
INSERT INTO dossier (code, procedure_code, procedure_version_id, procedure_name, agency_id, agency_name, channel,
  applicant_name, applicant_id_number, owner_username, received_by, status, step, received_at, step_started_at,
  due_at, step_due_at, completed_at, secret_hash)
SELECT 'X' || ag || '-' || g, 'P.' || (g % 20), g % 20, 'Thủ tục ' || (g % 20), ag, 'Agency ' || ag, 'COUNTER',
  'Nguyễn Văn ' || g, lpad((68000000000 + g)::text, 12, '0'), NULL, 'recv', st, stp, rec, rec,
  (rec + interval '10 days') AT TIME ZONE 'Asia/Ho_Chi_Minh', (rec + interval '4 days') AT TIME ZONE 'Asia/Ho_Chi_Minh',
  CASE WHEN st IN ('DONE','RESULT_RETURNED','STOPPED','WITHDRAWN','NOT_ACCEPTED') THEN rec + interval '8 days' END,
  '\x00'::bytea
FROM (
  SELECT g, CASE WHEN g % 10 = 0 THEN 111 ELSE 1 + (g * 7919) % 100 END AS ag,
    now() - (200000 - g) * interval '315 seconds' AS rec,
    CASE
      WHEN (200000 - g) * 315 < 30 * 86400 AND hashint4(g) % 10 < 7 THEN (ARRAY['RECEIVED','PROCESSING','PROCESSING','SUPPLEMENT_REQUESTED','SUSPENDED'])[1 + abs(hashint4(g+1)) % 5]
      WHEN (200000 - g) * 315 >= 30 * 86400 AND abs(hashint4(g)) % 100 = 0 THEN 'PROCESSING'
      ELSE (ARRAY['DONE','RESULT_RETURNED','RESULT_RETURNED','STOPPED','WITHDRAWN'])[1 + abs(hashint4(g+2)) % 5]
    END AS st,
    abs(hashint4(g+3)) % 3 AS stp
  FROM generate_series(1, 200000) g) x;
-- steps: receiver at the receiving agency; specialist at a department for 30 % of dossiers
INSERT INTO dossier_step (dossier_id, position, name, role, agency_id, share_minutes)
SELECT d.id, p, (ARRAY['Tiếp nhận','Thẩm định','Phê duyệt'])[p+1], (ARRAY['RECEIVER','SPECIALIST','LEADER'])[p+1],
  CASE WHEN p = 1 AND d.id % 10 IN (1,2,0) THEN 101 + d.id % 10 ELSE d.agency_id END, 480
FROM dossier d CROSS JOIN generate_series(0, 2) p;
INSERT INTO dossier_alert (dossier_id, step, kind, due_at, raised_at)
SELECT g, 1, 'DUE_SOON', now()::timestamp, now() FROM generate_series(1, 100000) g;
INSERT INTO notice (recipient, alert_id, kind, dossier_code, step_name, due_at, created_at, read_at, email_status)
SELECT 'official-' || (g % 500), g, 'DUE_SOON', 'X-' || g, 'Thẩm định', now()::timestamp, now(),
  CASE WHEN g % 50 = 0 THEN NULL ELSE now() END, 'NO_ADDRESS'
FROM generate_series(1, 100000) g;
VACUUM ANALYZE;
