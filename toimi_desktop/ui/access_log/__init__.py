"""The coordinator's view of the access log."""
