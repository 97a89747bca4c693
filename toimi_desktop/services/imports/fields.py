"""What an import can fill, the column names that mean each field (Finnish and English, as
municipal Excel lists name them), the proposed column mapping and the remembered one."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import translate
from toimi_desktop.models.enums import LabelledEnum
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.errors import Message, ValidationError


class ImportKind(LabelledEnum):
    TRAINEES = "trainees"
    PERIODS = "periods"
    ATTENDANCE = "attendance"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "trainees": N_("enums", "Trainees"),
            "periods": N_("enums", "Coaching periods"),
            "attendance": N_("enums", "Attendance"),
        }


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English, translated in the "import" context
    names: tuple[str, ...]  # column headers that mean this field (compared normalised)
    required: bool = False

    def translated(self, language: str | None = None) -> str:
        return translate("import", self.label, language)


def _field(key: str, label: str, *names: str, required: bool = False) -> Field:
    return Field(key, label, tuple(normalise(n) for n in (*names, label)), required)


@cache
def _names(field: Field) -> frozenset[str]:
    """The header names of a field, its Finnish label too: a list the app exported reads
    back without choosing columns. (Translated on first use, not at import.)"""
    return frozenset((*field.names, normalise(translate("import", field.label, "fi"))))


def normalise(header: str) -> str:
    """`Henkilötunnus (HETU):` → `henkilotunnus`: lower case, no accents, no punctuation,
    no explanation in brackets."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", str(header)).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


# The trainee a period or an attendance row belongs to: by identity code, else by name and
# birth date.
_IDENTITY = (
    _field("hetu", N_("import", "Personal identity code"), "henkilötunnus", "hetu", "htun",
           "henkilötunnus hetu", "sotu", "personal identity code", "identity code",
           "personal id", "ssn"),
    _field("last_name", N_("import", "Last name"), "sukunimi", "sukunimet", "last name",
           "surname", "family name", "lastname"),
    _field("first_name", N_("import", "First name"), "etunimi", "etunimet", "kutsumanimi",
           "first name", "first names", "given name", "firstname"),
    _field("birth_date", N_("import", "Birth date"), "syntymäaika", "syntymäpäivä",
           "syntynyt", "birth date", "date of birth", "birthday", "dob", "born"),
)

_ENVIRONMENT = _field("environment", N_("import", "Coaching environment"),
                      "valmennusympäristö", "ympäristö", "valmennuspaikka", "työpaja", "yksikkö",
                      "coaching environment", "environment", "workshop")

FIELDS: dict[ImportKind, tuple[Field, ...]] = {
    ImportKind.TRAINEES: (
        *(_field(f.key, f.label, *f.names, required=f.key in ("last_name", "first_name"))
          for f in _IDENTITY),
        _field("municipality", N_("import", "Municipality"), "kunta", "kotikunta",
               "asuinkunta", "municipality", "home municipality", required=True),
        _field("gender", N_("import", "Gender"), "sukupuoli", "gender", "sex"),
        _field("phone", N_("import", "Phone"), "puhelin", "puhelinnumero", "puh", "matkapuhelin",
               "gsm", "phone", "phone number", "mobile", "telephone"),
        _field("email", N_("import", "E-mail"), "sähköposti", "sähköpostiosoite", "s posti",
               "sposti", "email", "e mail", "email address"),
        _field("address", N_("import", "Address"), "osoite", "lähiosoite", "katuosoite",
               "address", "street address"),
        _field("languages", N_("import", "Languages"), "kielet", "kieli", "äidinkieli",
               "asiointikieli", "languages", "language", "mother tongue"),
        _field("target_groups", N_("import", "Target groups"), "kohderyhmä", "kohderyhmät",
               "target group", "target groups"),
        _field("referred_by", N_("import", "Referred by"), "lähettäjä", "ohjaaja",
               "asiakasvastaava", "lähettävä taho", "referred by", "client manager"),
    ),
    ImportKind.PERIODS: (
        *_IDENTITY,
        Field(_ENVIRONMENT.key, _ENVIRONMENT.label, _ENVIRONMENT.names, required=True),
        _field("kind", N_("import", "Kind of period"), "jakson tyyppi", "jakson laji",
               "tyyppi", "laji", "jakso", "palvelu", "kind", "kind of period", "period type",
               "type", "service", required=True),
        _field("start_date", N_("import", "Start date"), "alkupäivä", "aloituspäivä", "alkaa",
               "alkanut", "alku", "jakso alkaa", "start", "start date", "starts", "started",
               required=True),
        _field("planned_end_date", N_("import", "Planned end"), "suunniteltu loppu",
               "suunniteltu päättyminen", "suunniteltu päättymispäivä", "päättyy",
               "planned end", "planned end date", "ends"),
        _field("end_date", N_("import", "End date"), "loppupäivä", "päättymispäivä",
               "päättynyt", "päättyi", "loppu", "end date", "ended", "end"),
        _field("outcome", N_("import", "Outcome"), "tulos", "jatko", "jatkosijoittuminen",
               "päättymisen syy", "outcome", "exit outcome", "result"),
        _field("hours_per_day", N_("import", "Hours per day"), "tuntia päivässä", "tunnit pv",
               "h pv", "tuntia pv", "päivittäiset tunnit", "hours per day", "hours day"),
        _field("days_per_week", N_("import", "Days per week"), "päivää viikossa", "pv vko",
               "päiviä viikossa", "days per week", "days week"),
        _field("coaching_package", N_("import", "Coaching package"), "valmennuspaketti",
               "paketti", "coaching package", "package"),
        _field("goals", N_("import", "Goals"), "tavoitteet", "tavoite", "goals", "goal"),
    ),
    ImportKind.ATTENDANCE: (
        *_IDENTITY,
        _ENVIRONMENT,
        _field("day", N_("import", "Date"), "päivämäärä", "pvm", "päivä", "läsnäolopäivä",
               "date", "day", required=True),
        _field("status", N_("import", "Status"), "tila", "läsnäolo", "merkintä", "merkki",
               "status", "attendance", "mark", required=True),
        _field("hours", N_("import", "Hours"), "tunnit", "tuntia", "tunnit h", "h",
               "läsnäolotunnit", "hours", "hours attended"),
        _field("absence_reason", N_("import", "Absence reason"), "poissaolon syy", "syy",
               "poissaolosyy", "absence reason", "reason"),
        _field("work_task", N_("import", "Work task"), "työtehtävä", "tehtävä", "työ",
               "work task", "task"),
        _field("note", N_("import", "Note"), "huomautus", "huom", "lisätieto", "lisätiedot",
               "kommentti", "note", "notes", "comment"),
    ),
}

# Columns whose presence tells what a file holds, most specific first.
_SIGNATURE = (
    (ImportKind.ATTENDANCE, ("day", "status")),
    (ImportKind.PERIODS, ("start_date", "environment")),
    (ImportKind.TRAINEES, ("last_name", "first_name")),
)

Mapping = dict[int, str]  # column index → field key (unmapped columns are left out)


def looks_like_header(cells: Sequence[object]) -> bool:
    """A row with two or more cells that name known fields (not a title row above)."""
    names = {name for fields in FIELDS.values() for f in fields for name in _names(f)}
    return sum(isinstance(c, str) and normalise(c) in names for c in cells) >= 2


def field_of(kind: ImportKind, key: str) -> Field:
    return next(f for f in FIELDS[kind] if f.key == key)


def _match(header: str, fields: Sequence[Field], taken: set[str]) -> str | None:
    name = normalise(header)
    if not name:
        return None
    for f in fields:
        if f.key not in taken and name in _names(f):
            return f.key
    # "Asiakkaan henkilötunnus": every word of a known name appears in the header.
    words = set(name.split())
    for f in fields:
        if f.key in taken:
            continue
        if any(len(n) >= 4 and set(n.split()) <= words for n in _names(f)):
            return f.key
    return None


def propose_mapping(headers: Sequence[str], kind: ImportKind) -> Mapping:
    """Each column to the field its header names; each field at most once (leftmost)."""
    mapping: Mapping = {}
    for column, header in enumerate(headers):
        key = _match(header, FIELDS[kind], set(mapping.values()))
        if key:
            mapping[column] = key
    return mapping


def detect_kind(headers: Sequence[str]) -> ImportKind:
    """Attendance if there are date and status columns, periods if start date and
    environment, otherwise trainees."""
    for kind, keys in _SIGNATURE:
        found = set(propose_mapping(headers, kind).values())
        if all(key in found for key in keys):
            return kind
    return ImportKind.TRAINEES


class _FieldNames:
    """Fields as a message parameter, named in the message's language."""

    def __init__(self, fields: list[Field]) -> None:
        self.fields = fields

    def translated(self, language: str | None = None) -> str:
        return ", ".join(f.translated(language) for f in self.fields)

    def __str__(self) -> str:
        return ", ".join(f.label for f in self.fields)


_IDENTITY_NEEDED = Field("identity", N_("import", "Personal identity code (or last name, first "
                                                  "name and birth date)"), ())


def check_mapping(kind: ImportKind, mapping: Mapping) -> None:
    """The columns an import cannot do without; raises ValidationError naming them."""
    keys = set(mapping.values())
    if len(keys) != len(mapping):
        raise ValidationError({"mapping": Message(N_("errors", "Each field can be chosen for "
                                                               "one column only."))})
    missing = [f for f in FIELDS[kind] if f.required and f.key not in keys]
    if kind is not ImportKind.TRAINEES and "hetu" not in keys and not {
            "last_name", "first_name", "birth_date"} <= keys:
        missing.append(_IDENTITY_NEEDED)
    if missing:
        raise ValidationError({"mapping": Message(
            N_("errors", "Choose a column for: {fields}."), {"fields": _FieldNames(missing)})})


# --- remembered mappings ------------------------------------------------------------------

def _setting_key(headers: Sequence[str]) -> str:
    digest = hashlib.sha1("\x1f".join(normalise(h) for h in headers).encode()).hexdigest()
    return f"import_mapping_{digest[:16]}"


def remembered_mapping(ctx: ReadContext, headers: Sequence[str]
                       ) -> tuple[ImportKind, Mapping] | None:
    """The kind and mapping last used for a file with these same headers, on this device."""
    row = ctx.db.reader().execute("SELECT value FROM local_setting WHERE key = ?",
                                  (_setting_key(headers),)).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
        kind = ImportKind(value["kind"])
        known = {f.key for f in FIELDS[kind]}
        mapping = {int(c): k for c, k in value["columns"].items()
                   if k in known and 0 <= int(c) < len(headers)}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return kind, mapping


def remember_mapping(ctx: ReadContext, headers: Sequence[str], kind: ImportKind,
                     mapping: Mapping) -> None:
    """Remember the choice for the next file with the same headers: a local preference of
    this device (no audit entry, nothing to sync), like the remembered user."""
    value = json.dumps({"kind": ImportKind(kind).value,
                        "columns": {str(c): k for c, k in sorted(mapping.items())}})
    conn = ctx.db.reader()
    with conn:
        conn.execute("INSERT INTO local_setting(key, value) VALUES (?, ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (_setting_key(headers), value))
