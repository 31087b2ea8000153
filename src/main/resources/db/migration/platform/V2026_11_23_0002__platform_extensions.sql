-- Vietnamese name search: trigram similarity for fuzzy matches. (Diacritic folding is done in Java,
-- because unaccent does not map đ/Đ.) btree_gist lets a table forbid overlapping validity periods.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;
