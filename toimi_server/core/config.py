"""Server settings: everything comes from the command line or the environment; the server
keeps no state outside its database, so several instances can share one."""

from __future__ import annotations

import os
from dataclasses import dataclass

DB_URL_ENV = "TOIMI_SERVER_DB_URL"


def normalise_db_url(url: str) -> str:
    """PostgreSQL URLs use psycopg 3; a bare file path means an SQLite file."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


@dataclass(frozen=True)
class Settings:
    db_url: str
    # Largest request body accepted, compressed and after decompression.
    max_body_bytes: int = 32 * 1024 * 1024
    max_inflated_bytes: int = 128 * 1024 * 1024

    @classmethod
    def from_env(cls, db_url: str | None = None) -> Settings:
        url = db_url or os.environ.get(DB_URL_ENV)
        if not url:
            raise SystemExit(f"Give the database with --db-url or {DB_URL_ENV}.")
        return cls(db_url=normalise_db_url(url))
