"""The application for `uvicorn toimi_server.asgi:app` (several workers, or another ASGI
server): configured from TOIMI_SERVER_DB_URL, with structured logs."""

from __future__ import annotations

from toimi_server.app import create_app
from toimi_server.core.config import Settings
from toimi_server.core.logging import setup_logging

setup_logging()
app = create_app(Settings.from_env())
