"""Configuration, security and logging of the server."""
