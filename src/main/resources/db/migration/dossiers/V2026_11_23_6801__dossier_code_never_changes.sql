-- A dossier's code never changes (Circular 01/2018/TT-VPCP, Article 19: the code printed on the receipt is
-- how the applicant and the portal follow it; a transfer to a successor agency keeps it too). The
-- application never updates it; this trigger makes the database refuse it as well. It fires only for an
-- UPDATE that names the column, so the processing actions (which do not) pay nothing for it.
CREATE FUNCTION dossier_code_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'the code of dossier % never changes', OLD.code;
END $$;
CREATE TRIGGER dossier_code_never_changes BEFORE UPDATE OF code ON dossier
	FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION dossier_code_never_changes();
