"""Typed domain errors whose messages a coach understands, in Finnish or English.

A message is an English template marked for translation plus its parameters; the UI
translates it with Qt, the CLI and reports with `toimi_desktop.i18n`.
"""

from __future__ import annotations

from toimi_desktop.errors import DomainError, Message

__all__ = ["DomainError", "Message", "NotFound", "PermissionDenied", "Problems",
           "ValidationError"]


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class ValidationError(DomainError):
    """Input that failed its checks, field by field (keys are the input's field names)."""

    def __init__(self, errors: dict[str, Message]) -> None:
        self.errors = errors
        first = next(iter(errors.values()))
        super().__init__(first.template, **first.params)
        self.message = first

    def text(self, language: str | None = None) -> str:
        return "\n".join(message.text(language) for message in self.errors.values())


class Problems:
    """Collects field errors while validating, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, Message] = {}

    def add(self, field_name: str, template: str, **params: object) -> None:
        self.errors.setdefault(field_name, Message(template, params))

    def __contains__(self, field_name: str) -> bool:
        return field_name in self.errors

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
