"""Finnish free texts of demo assessments and continuation plans."""

from __future__ import annotations

from toimi_desktop.models.enums import PlanPath

STRENGTHS = (
    "Täsmällinen ja luotettava, tulee aina ajallaan.",
    "Huolellinen työn jälki; ottaa ohjeet hyvin vastaan.",
    "Hyvä ryhmässä, auttaa muita oma-aloitteisesti.",
    "Oppii uudet työtehtävät nopeasti.",
    "Rauhallinen ja pitkäjänteinen, jaksaa koko päivän.",
    "Hyvät käden taidot, erityisesti puutöissä.",
    "Kysyy rohkeasti, kun ei tiedä.",
    "Positiivinen asenne ja hyvä huumori.",
)
NEEDS = (
    "Työtahdin nostaminen vähitellen.",
    "Palautteen vastaanottaminen vaatii vielä harjoittelua.",
    "Suomen kielen työsanaston vahvistaminen.",
    "Jaksaminen iltapäivisin; taukojen pitäminen.",
    "Itsenäinen työn aloittaminen ilman erillistä kehotusta.",
    "Suojainten käyttö muistutettava.",
    "Poissaoloista ilmoittaminen ajoissa.",
    "Oman osaamisen realistinen arviointi.",
)
NOTES = (
    "Arvioitu yhdessä valmentautujan kanssa.",
    "Itsearvio tehty lomakkeella, käyty läpi keskustellen.",
    "Seuraava arviointi kahden kuukauden päästä.",
    "Ura-agentti mukana arviointikeskustelussa.",
)

# path → (goals, steps as (what, who), services referred to)
PLANS: dict[PlanPath, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    PlanPath.OPEN_LABOUR_MARKET: (
        ("Työllistyy avoimille työmarkkinoille siivous- tai kiinteistöalalle.",
         "Löytää osa-aikatyön kaupan alalta kevään aikana.",
         "Työpaikka ympäristönhoidosta kesäkaudeksi ja sen jälkeen jatkosopimus."),
        (("Ansioluettelon päivitys", "Valmentautuja"),
         ("Hakee viikoittain vähintään kahta työpaikkaa", "Valmentautuja"),
         ("Työnhakuvalmennus Taitamossa", "Työvalmentaja"),
         ("Yhteys kumppaniyritykseen työkokeilusta", "Yritysagentti"),
         ("Työturvallisuuskortin koulutus", "Ura-agentti")),
        ("Työnhakuvalmennus", "Yrityspalvelut: rekrytointi", "Työkokeilu yrityksessä"),
    ),
    PlanPath.SUBSIDISED_WORK: (
        ("Palkkatukityö kunnan tilapalveluissa vuoden ajan.",
         "Palkkatuettu työ yhdistyksessä ja sen jälkeen avoimet työmarkkinat."),
        (("Palkkatukipäätöksen hakeminen", "Ura-agentti"),
         ("Tutustuminen työpaikkaan", "Valmentautuja"),
         ("Työsopimuksen allekirjoitus", "Valmentautuja")),
        ("Palkkatuki", "Työllistämislisä työnantajalle"),
    ),
    PlanPath.EDUCATION: (
        ("Hakeutuu kiinteistönhoidon perustutkintoon syksyllä.",
         "Oppisopimuskoulutus puhtausalalle.",
         "Valmentava koulutus (VALMA/TUVA) ja sen jälkeen ammatillinen tutkinto."),
        (("Tutustuminen oppilaitokseen", "Valmentautuja"),
         ("Hakemus yhteishaussa", "Valmentautuja"),
         ("Opinto-ohjaajan tapaaminen", "Ura-agentti"),
         ("Oppisopimuspaikan etsiminen", "Yritysagentti")),
        ("Opinto-ohjaus", "Ammatinvalintapsykologi", "Oppisopimustoimisto"),
    ),
    PlanPath.SOLE_TRADER: (
        ("Perustaa toiminimen pihatöihin ja lumitöihin.",),
        (("Liiketoimintasuunnitelma", "Valmentautuja"),
         ("Starttirahan hakeminen", "Ura-agentti")),
        ("Uusyrityskeskus", "Starttiraha"),
    ),
    PlanPath.COOPERATIVE: (
        ("Liittyy työosuuskuntaan ja tekee keikkatöitä.",),
        (("Tutustuminen osuuskuntaan", "Valmentautuja"),),
        ("Osuuskuntaneuvonta",),
    ),
    PlanPath.LIGHT_ENTREPRENEURSHIP: (
        ("Aloittaa kevytyrittäjänä kotitalouksien pienpalveluissa.",),
        (("Rekisteröityminen laskutuspalveluun", "Valmentautuja"),
         ("Hinnoittelun harjoittelu", "Työvalmentaja")),
        ("Yrittäjyysneuvonta",),
    ),
    PlanPath.PENSION: (
        ("Työkyvyn selvittäminen ja eläkemahdollisuuden arviointi.",),
        (("Lääkärinlausunto (B-lausunto)", "Ura-agentti"),
         ("Eläkehakemus", "Valmentautuja")),
        ("Työterveyshuolto", "Työkykykoordinaattori"),
    ),
    PlanPath.REHABILITATION: (
        ("Ammatillisen kuntoutuksen selvitys ja kuntoutussuunnitelma.",
         "Kelan ammatillinen kuntoutus ja työkokeilu."),
        (("Kuntoutustarveselvitys", "Ura-agentti"),
         ("Hakemus Kelan kuntoutukseen", "Valmentautuja"),
         ("Työkokeilu kevennetyllä työajalla", "Työvalmentaja")),
        ("Kelan ammatillinen kuntoutus", "Työkykykoordinaattori", "Mielenterveyspalvelut"),
    ),
    PlanPath.OTHER_SERVICE: (
        ("Sosiaalinen kuntoutus ja arjen tuki ennen työelämäpolkua.",
         "Päihdekuntoutus ja sen jälkeen paluu valmennukseen."),
        (("Sosiaalityöntekijän tapaaminen", "Ura-agentti"),
         ("Arjen rytmin vakiinnuttaminen", "Valmentautuja")),
        ("Sosiaalipalvelut", "Päihde- ja mielenterveyspalvelut"),
    ),
}
