"""The base of every error whose message a user reads: an English template marked for
translation plus its parameters. Below every layer, so the models (e.g. the database key
checks) raise the same kind of error as the services; `services.errors` re-exports these."""

from __future__ import annotations

from dataclasses import dataclass, field

from toimi_desktop.i18n import translate


@dataclass(frozen=True)
class Message:
    template: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        params = {
            key: value.translated(language) if hasattr(value, "translated") else value
            for key, value in self.params.items()
        }
        return translate("errors", self.template, language).format(**params)

    def __str__(self) -> str:
        return self.template.format(**self.params)


class DomainError(Exception):
    """A user action cannot be done as asked; nothing was written."""

    def __init__(self, template: str, **params: object) -> None:
        self.message = Message(template, params)
        super().__init__(str(self.message))

    def text(self, language: str | None = None) -> str:
        return self.message.text(language)
