"""TOIMI central sync server."""
