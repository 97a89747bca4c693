"""Alembic migrations of the local store, run at start-up."""

# The newest revision; a test checks it against Alembic's own view of the scripts.
HEAD_REVISION = "0012"

# Tables created by raw SQL in migrations (FTS5 and its shadow tables, the summary's
# totals kept by triggers), not by the ORM.
RAW_SQL_PREFIXES = ("trainee_search", "summary_attendance")
