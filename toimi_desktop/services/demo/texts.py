"""Finnish free texts of demo periods: goals, coaching packages and exit notes."""

from __future__ import annotations

from toimi_desktop.models.enums import ExitOutcome, TargetGroup

GOALS: dict[str, tuple[str, ...]] = {
    TargetGroup.LONG_TERM_UNEMPLOYED: (
        "Säännöllinen päivärytmi ja työelämävalmiuksien vahvistaminen.",
        "Työkokeilun kautta kohti palkkatukityötä.",
        "Ammatillisten vahvuuksien tunnistaminen ja työnhaun suunnitelma.",
    ),
    TargetGroup.PARTIAL_WORK_ABILITY: (
        "Työ- ja toimintakyvyn kartoitus ja sopivan työn löytäminen.",
        "Kuormituksen sovittaminen työtehtäviin; kuntoutustarpeen selvittäminen.",
        "Osa-aikatyön mahdollisuuksien kartoitus tuettuna.",
    ),
    TargetGroup.IMMIGRANT: (
        "Suomen kielen vahvistaminen työssä ja työelämän pelisäännöt.",
        "Aiemman osaamisen tunnistaminen ja polku alan koulutukseen.",
    ),
    TargetGroup.YOUNG_GRADUATE: (
        "Ensimmäinen työkokemus omalta alalta ja työnhaun taidot.",
        "Työelämään kiinnittyminen ja jatko-opintojen selkiyttäminen.",
    ),
    TargetGroup.LONG_AWAY_FROM_WORK: (
        "Paluu työelämään pienin askelin; arjen rytmin vakiinnuttaminen.",
        "Sosiaalisten taitojen ja jaksamisen vahvistaminen ryhmässä.",
    ),
}

PACKAGES: dict[str, str] = {
    TargetGroup.LONG_TERM_UNEMPLOYED: "Askel työelämään",
    TargetGroup.PARTIAL_WORK_ABILITY: "Työkyvyn kartoitus",
    TargetGroup.IMMIGRANT: "Kieli ja työ",
    TargetGroup.YOUNG_GRADUATE: "Nuorten polku työelämään",
    TargetGroup.LONG_AWAY_FROM_WORK: "Paluu työelämään",
}

EXIT_NOTES: dict[ExitOutcome, tuple[str, ...]] = {
    ExitOutcome.OPEN_LABOUR_MARKET: ("Työllistyi siivousalalle.", "Työsopimus kiinteistöhuoltoon.",
                                     "Määräaikainen työ kaupan alalla."),
    ExitOutcome.SUBSIDISED_WORK: ("Palkkatukityö kunnan tilapalveluissa.",
                                  "Palkkatukityö yhdistyksessä."),
    ExitOutcome.EDUCATION: ("Aloitti ammatillisen koulutuksen.",
                            "Oppisopimuskoulutus puhtausalalle."),
    ExitOutcome.SOLE_TRADER: ("Perusti toiminimen (pihatyöt).",),
    ExitOutcome.COOPERATIVE: ("Liittyi työosuuskuntaan.",),
    ExitOutcome.LIGHT_ENTREPRENEURSHIP: ("Kevytyrittäjänä pienpalveluissa.",),
    ExitOutcome.PENSION: ("Siirtyi työkyvyttömyyseläkkeelle.", "Kuntoutustuki myönnetty."),
    ExitOutcome.REHABILITATION: ("Ohjattu ammatillisen kuntoutuksen selvitykseen.",
                                "Kelan kuntoutukseen."),
    ExitOutcome.OTHER_SERVICE: ("Siirtyi sosiaalipalvelujen asiakkaaksi.",
                                "Ohjattu päihde- ja mielenterveyspalveluihin."),
    ExitOutcome.DROPOUT: ("Jakso keskeytyi poissaolojen vuoksi.", "Ei tavoitettu."),
    ExitOutcome.MOVED_AWAY: ("Muutti toiselle paikkakunnalle.",),
}

# Outcomes at a period's planned end, and of the ones that end early. Weights after earlier
# projects' reports (Topakka: 16 % pension, ~20 % rehabilitation, 6 % work or education).
END_OUTCOMES: dict[ExitOutcome, int] = {
    ExitOutcome.OPEN_LABOUR_MARKET: 12, ExitOutcome.SUBSIDISED_WORK: 10,
    ExitOutcome.EDUCATION: 11, ExitOutcome.SOLE_TRADER: 1, ExitOutcome.COOPERATIVE: 1,
    ExitOutcome.LIGHT_ENTREPRENEURSHIP: 2, ExitOutcome.PENSION: 14,
    ExitOutcome.REHABILITATION: 20, ExitOutcome.OTHER_SERVICE: 17, ExitOutcome.DROPOUT: 6,
    ExitOutcome.MOVED_AWAY: 6,
}
EARLY_OUTCOMES: dict[ExitOutcome, int] = {
    ExitOutcome.DROPOUT: 45, ExitOutcome.OPEN_LABOUR_MARKET: 18, ExitOutcome.EDUCATION: 12,
    ExitOutcome.MOVED_AWAY: 12, ExitOutcome.REHABILITATION: 8, ExitOutcome.PENSION: 5,
}
