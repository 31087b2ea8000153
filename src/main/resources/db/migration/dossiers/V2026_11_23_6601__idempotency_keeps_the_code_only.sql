-- A retry with the same Idempotency-Key is answered from the dossier itself (its code is recorded by the
-- statement that writes the dossier); the stored answer is no longer needed, and it held the receipt's
-- secret in clear, which the dossier table keeps only hashed and sealed.
ALTER TABLE dossier_idempotency DROP COLUMN response;
