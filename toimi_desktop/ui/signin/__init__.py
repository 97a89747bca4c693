"""Signing in, switching user and the idle lock."""
