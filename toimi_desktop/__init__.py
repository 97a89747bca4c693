"""TOIMI Desktop: case management for the TOIMI work-coaching project in North Karelia."""

__version__ = "0.1.0"
