"""Invented but plausible places of the demo: municipalities with their population, coaching
environments, sites, streets and post codes. Only municipality codes and populations are real
(rounded); every environment, address and phone number here is made up."""

from __future__ import annotations

from dataclasses import dataclass

from toimi_desktop.models.enums import EnvironmentKind


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    slug: str  # ASCII, for usernames and e-mail domains
    area: str  # service area code (models.reference.SERVICE_AREAS)
    population: int
    coaches: int
    post_codes: tuple[str, ...]
    environment: str
    kind: EnvironmentKind
    address: str
    open_weekdays: str = "1234"
    rural_share: float = 0.6  # share of trainees counted as rural (ESF+ indicator)


# Ordered by population: the first municipality is the lead organisation (Joensuu).
PLACES: tuple[Place, ...] = (
    Place("167", "Joensuu", "joensuu", "joensuu", 77_000, 8, ("80100", "80110", "80160",
          "80200", "80220", "80230"), "Taitamo", EnvironmentKind.INTERNAL_MUNICIPAL,
          "Penttilänkatu 4, 80220 Joensuu", "12345", 0.12),
    Place("276", "Kontiolahti", "kontiolahti", "joensuun_seutu", 15_000, 2, ("81100", "80400",
          "81200"), "Kontiolahden työpaja", EnvironmentKind.INTERNAL_MUNICIPAL,
          "Keskuskatu 21, 81100 Kontiolahti", "1234", 0.45),
    Place("426", "Liperi", "liperi", "joensuun_seutu", 12_000, 2, ("83100", "83400", "83500"),
          "Liperin Työtupa", EnvironmentKind.PARTNERSHIP, "Ahonkorvantie 7, 83100 Liperi",
          "1234", 0.6),
    Place("422", "Lieksa", "lieksa", "pielisen_karjala", 11_000, 2, ("81700", "81720",
          "81750"), "Lieksan Työvalmennus Oy", EnvironmentKind.SOCIAL_ENTERPRISE,
          "Pielisentie 33, 81700 Lieksa", "1234", 0.45),
    Place("260", "Kitee", "kitee", "keski_karjala", 10_000, 2, ("82500", "82600"),
          "Kiteen Työpaja Kipinä", EnvironmentKind.PARTNERSHIP, "Rantakatu 12, 82500 Kitee",
          "1234", 0.55),
    Place("309", "Outokumpu", "outokumpu", "joensuun_seutu", 10_000, 2, ("83500", "83550"),
          "Outokummun Kaivospaja", EnvironmentKind.INTERNAL_MUNICIPAL,
          "Sepänkatu 3, 83500 Outokumpu", "1234", 0.4),
    Place("541", "Nurmes", "nurmes", "pielisen_karjala", 7_500, 1, ("75500", "75530"),
          "Nurmeksen Työtuote Oy", EnvironmentKind.SOCIAL_ENTERPRISE,
          "Kirkkokatu 18, 75500 Nurmes", "1234", 0.55),
    Place("146", "Ilomantsi", "ilomantsi", "joensuun_seutu", 4_800, 1, ("82900",),
          "Ilomantsin Pajakylä", EnvironmentKind.PARTNERSHIP, "Mantsintie 9, 82900 Ilomantsi",
          "1234", 0.75),
    Place("141", "Juuka", "juuka", "pielisen_karjala", 4_400, 1, ("83900",), "Juuan Työpaja",
          EnvironmentKind.INTERNAL_MUNICIPAL, "Poikolantie 5, 83900 Juuka", "1234", 0.8),
    Place("848", "Tohmajärvi", "tohmajarvi", "keski_karjala", 4_300, 1, ("82600", "82655"),
          "Tohmajärven Toimintakeskus", EnvironmentKind.PARTNERSHIP,
          "Kirkkotie 2, 82600 Tohmajärvi", "1234", 0.8),
    Place("607", "Polvijärvi", "polvijarvi", "joensuun_seutu", 4_200, 1, ("83700",),
          "Polvijärven Työvalmennuspiste", EnvironmentKind.INTERNAL_MUNICIPAL,
          "Poppelikuja 1, 83700 Polvijärvi", "1234", 0.8),
    Place("090", "Heinävesi", "heinavesi", "joensuun_seutu", 3_200, 1, ("79700",),
          "Heinäveden Kyläpaja", EnvironmentKind.PARTNERSHIP, "Kermantie 14, 79700 Heinävesi",
          "1234", 0.85),
    Place("707", "Rääkkylä", "raakkyla", "keski_karjala", 2_000, 1, ("82300",),
          "Rääkkylän Työtupa", EnvironmentKind.PARTNERSHIP, "Kiteentie 6, 82300 Rääkkylä",
          "123", 0.9),
)

PLACE_BY_CODE = {place.code: place for place in PLACES}
LEAD_MUNICIPALITY = "167"  # project-wide records (the audit entry) are scoped to Joensuu

# Taitamo works at several sites in Joensuu.
TAITAMO_SITES: tuple[tuple[str, str], ...] = (
    ("Taitamo Penttilä", "Penttilänkatu 4, 80220 Joensuu"),
    ("Taitamo Kanervala", "Kanervalantie 11, 80230 Joensuu"),
    ("Taitamo Niinivaara", "Niinivaarantie 60, 80200 Joensuu"),
    ("Taitamo Karsikko", "Voimatie 6, 80100 Joensuu"),
)

# Plain street names found in most Finnish towns; combined with a municipality's post code.
STREETS: tuple[str, ...] = (
    "Koulukatu", "Kirkkokatu", "Rantakatu", "Torikatu", "Asemakatu", "Pappilantie",
    "Myllytie", "Koivukuja", "Kuusitie", "Rantatie", "Kauppatie", "Sairaalantie", "Ahjotie",
    "Vaahteratie", "Pihlajatie", "Niittytie", "Harjutie", "Mäntytie", "Kotikuja", "Peltotie",
    "Sepänkatu", "Puistokatu", "Tehtaankatu", "Lehtotie", "Kalliotie", "Savikontie",
)
