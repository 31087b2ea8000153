-- The work queue and the dossier search (DossierRepository#search; plans in docs/dossiers.md, "Work queue:
-- queries and indexes"). The search is two queries joined by UNION: the dossiers received by the
-- official's agencies, and those with a step at one of them, each sorted and cut to the page's length.

-- Received by the agency and still being handled, due soonest first: the queue's first half reads the
-- page's rows straight off this index. It replaces dossier_agency_due (agency_id, due_at), which no query
-- could use (the old search's OR EXISTS) and which held every finished dossier of every year.
-- The status list is DossierStatus without the finished ones (DossierRepository.OPEN_STATUSES), written
-- in the same words as the query so the planner can match it.
DROP INDEX dossier_agency_due;
CREATE INDEX dossier_queue_agency ON dossier (agency_id, due_at, id)
	WHERE status IN ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION', 'SUSPENDED');

-- Still being handled, due soonest first: the queue's second half walks it and checks each dossier for a
-- step at the official's agencies (or hashes the open ones against those steps), never the finished ones.
CREATE INDEX dossier_queue_due ON dossier (due_at, id)
	WHERE status IN ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION', 'SUSPENDED');

-- The steps at an agency with their dossier: the second half's check is an index-only look-up. Replaces
-- dossier_step_agency (agency_id), which needed a visit to the table for every step.
DROP INDEX dossier_step_agency;
CREATE INDEX dossier_step_agency_dossier ON dossier_step (agency_id, dossier_id);
