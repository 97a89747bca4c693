"""About thirty work tasks ordered by municipal departments, mostly environmental care and
cleaning services (DOMAIN.md), with the skill and work-ability levels they suit."""

from __future__ import annotations

from toimi_desktop.models.enums import PhysicalLoad, Season, WorkField
from toimi_desktop.services.demo.world import DemoWorld

E, C, P = WorkField.ENVIRONMENTAL_CARE, WorkField.CLEANING_SERVICES, WorkField.PROPERTY_UPKEEP
K, L, R, W = WorkField.KITCHEN, WorkField.LAUNDRY, WorkField.RECYCLING, WorkField.WOODWORK
PARKS, FACILITIES = "Kaupunkiympäristö / puistot", "Tilapalvelut"
FOOD, SCHOOLS, DAYCARE = "Ruokapalvelut", "Koulut", "Varhaiskasvatus"
STREETS, SPORTS = "Kaupunkiympäristö / kadut", "Liikuntapalvelut"

# (municipality code, name, field, orderer department, skill level, work-ability level,
#  description)
TASKS: tuple[tuple[str, str, WorkField, str, int, int, str], ...] = (
    ("167", "Puistojen roskahuolto", E, PARKS, 1, 1,
     "Roska-astioiden tyhjennys ja roskien keruu puistoista ja ulkoilureittien varsilta."),
    ("167", "Leikkipaikkojen tarkastuskierros", E, PARKS, 2, 2,
     "Leikkivälineiden silmämääräinen tarkastus ohjeen mukaan ja havaintojen kirjaus."),
    ("167", "Kukkaistutusten hoito", E, PARKS, 1, 2,
     "Istutusten kastelu, kitkentä ja kuihtuneiden kukkien poisto kesäkaudella."),
    ("167", "Lumityöt kiinteistöjen pihoilla", E, FACILITIES, 1, 3,
     "Sisäänkäyntien ja portaiden lumityöt sekä hiekoitus talvikaudella."),
    ("167", "Koulujen ylläpitosiivous", C, SCHOOLS, 2, 2,
     "Luokkien ja käytävien päivittäissiivous siivoussuunnitelman mukaan."),
    ("167", "Päiväkotien lelujen pesu", C, DAYCARE, 1, 1,
     "Lelujen ja pienten kalusteiden pesu ja desinfiointi viikoittain."),
    ("167", "Keittiöapulaisen tehtävät", K, FOOD, 1, 2,
     "Astiahuolto, kasvisten esikäsittely ja linjaston täyttö koulukeittiössä."),
    ("167", "Puutyöpajan tilaustyöt", W, FACILITIES, 3, 2,
     "Penkkien, kukkalaatikoiden ja linnunpönttöjen valmistus tilauksesta."),
    ("167", "Tekstiilien kierrätyslajittelu", R, "Jätehuolto", 1, 1,
     "Poistotekstiilien lajittelu uudelleenkäyttöön ja kierrätykseen."),
    ("167", "Liikuntapaikkojen kunnossapito", E, SPORTS, 2, 3,
     "Urheilukenttien haravointi, viivojen maalaus ja katsomoiden siivous."),
    ("276", "Kuntoratojen hoito", E, SPORTS, 2, 3,
     "Kuntoratojen haravointi, risujen raivaus ja opasteiden kunnostus."),
    ("276", "Kunnantalon ylläpitosiivous", C, FACILITIES, 2, 2,
     "Toimistotilojen ja neuvotteluhuoneiden siivous iltapäivisin."),
    ("276", "Koulun keittiöapu", K, FOOD, 1, 2,
     "Astioiden tiskaus ja ruokasalin siistiminen ruokailun jälkeen."),
    ("426", "Hautausmaan hoitotyöt", E, "Seurakunta / hautausmaa", 1, 2,
     "Käytävien haravointi ja ruohonleikkuu kesäkaudella seurakunnan kanssa."),
    ("426", "Pyykkihuolto palvelutalolle", L, "Vanhuspalvelut", 1, 1,
     "Liinavaatteiden ja pyyhkeiden pesu, kuivaus ja viikkaus."),
    ("422", "Rantojen ja uimapaikkojen siistiminen", E, SPORTS, 1, 2,
     "Uimarantojen roskien keruu ja pukukoppien siivous kesällä."),
    ("422", "Kiinteistöjen pienkorjaukset", P, FACILITIES, 3, 2,
     "Ovien säätöä, hyllyjen kiinnitystä ja muita pieniä korjauksia ohjattuna."),
    ("422", "Kierrätystavaran vastaanotto", R, "Jätehuolto", 1, 1,
     "Lahjoitustavaran vastaanotto, puhdistus ja hinnoittelu kierrätysmyymälään."),
    ("260", "Torin ja keskustan siisteys", E, STREETS, 1, 2,
     "Torialueen ja kävelykadun roskien keruu ja penkkien puhdistus."),
    ("260", "Päiväkodin siivous", C, DAYCARE, 2, 2,
     "Päiväkodin yleisten tilojen siivous iltaisin."),
    ("309", "Kaivosmuseon piha-alueiden hoito", E, "Kulttuuripalvelut", 1, 2,
     "Piha-alueen haravointi, ruohonleikkuu ja opasteiden puhdistus."),
    ("309", "Polttopuiden teko", W, FACILITIES, 2, 3,
     "Polttopuiden pilkkominen ja pinoaminen laavuille ja kodille."),
    ("541", "Ulkoilureittien kunnostus", E, SPORTS, 2, 3,
     "Pitkospuiden korjaus ja reittimerkintöjen uusiminen."),
    ("541", "Koulun ylläpitosiivous", C, SCHOOLS, 2, 2,
     "Koulun wc-tilojen ja käytävien siivous päivän aikana."),
    ("146", "Kylätalon siivous ja kunnossapito", C, "Kulttuuripalvelut", 1, 1,
     "Kylätalon siivous tilaisuuksien jälkeen ja pienet kunnossapitotyöt."),
    ("141", "Kirjaston ja koulun lumityöt", E, FACILITIES, 1, 3,
     "Kulkuväylien lumityöt ja hiekoitus aamuisin."),
    ("848", "Kotipalvelun kauppa-apu", WorkField.OTHER, "Vanhuspalvelut", 2, 1,
     "Ikäihmisten kauppaostosten keruu ja kuljetus yhdessä ohjaajan kanssa."),
    ("607", "Ruohonleikkuu kunnan kiinteistöillä", E, FACILITIES, 1, 2,
     "Ruohonleikkuu ja trimmaus kunnan kiinteistöjen pihoilla."),
    ("090", "Satama-alueen siisteys", E, STREETS, 1, 2,
     "Vierasvenesataman roskahuolto ja laiturien puhdistus kesäkaudella."),
    ("707", "Koulukeittiön esivalmistelu", K, FOOD, 1, 1,
     "Kasvisten kuorinta ja pilkkominen sekä astioiden huolto."),
)


# Catalogue details by task name: season, physical load, group work, induction needed,
# protective equipment, tools, safety notes. Snow work in winter, park work in summer.
SUMMER, WINTER, ALL = Season.SUMMER, Season.WINTER, Season.ALL_YEAR
LIGHT, MODERATE, HEAVY = PhysicalLoad.LIGHT, PhysicalLoad.MODERATE, PhysicalLoad.HEAVY
GLOVES, VEST = "Työkäsineet", "Huomioliivi"
SHOES, HEARING = "Turvakengät", "Kuulosuojaimet"
DETAILS: dict[str, tuple[Season, PhysicalLoad, bool, bool, str | None, str, str | None]] = {
    "Puistojen roskahuolto": (ALL, MODERATE, True, False, f"{GLOVES}, {VEST}",
                              "Roskapihdit, jätesäkit, työntökärry",
                              "Neulat ja lasinsirut pihdeillä, ei käsin."),
    "Leikkipaikkojen tarkastuskierros": (ALL, LIGHT, False, True, VEST,
                                         "Tarkastuslomake, tabletti", None),
    "Kukkaistutusten hoito": (SUMMER, MODERATE, True, False, GLOVES,
                              "Kastelukannut, letku, kitkentärauta", None),
    "Lumityöt kiinteistöjen pihoilla": (WINTER, HEAVY, True, True, f"{SHOES}, {VEST}",
                                        "Lumikola, työntöaura, hiekoituskärry",
                                        "Katolta putoava lumi: ei räystäiden alle."),
    "Koulujen ylläpitosiivous": (ALL, MODERATE, True, True, "Suojakäsineet",
                                 "Siivousvaunu, mikrokuituliinat, moppi",
                                 "Pesuaineet käyttöturvallisuustiedotteen mukaan."),
    "Päiväkotien lelujen pesu": (ALL, LIGHT, True, False, "Suojakäsineet",
                                 "Pesualtaat, desinfiointiaine", None),
    "Keittiöapulaisen tehtävät": (ALL, MODERATE, True, True, "Työvaatteet, hiussuoja",
                                  "Astianpesukone, leikkuulaudat, veitset",
                                  "Hygieniapassi suositeltava; kuumat pinnat."),
    "Puutyöpajan tilaustyöt": (ALL, MODERATE, False, True,
                               f"{HEARING}, suojalasit", "Pylväsporakone, vannesaha, "
                               "käsityökalut", "Koneita käytetään vain perehdytettynä."),
    "Tekstiilien kierrätyslajittelu": (ALL, LIGHT, True, False, GLOVES,
                                       "Lajittelupöydät, rullakot", None),
    "Liikuntapaikkojen kunnossapito": (SUMMER, HEAVY, True, True, f"{GLOVES}, {VEST}",
                                       "Haravat, viivakone, lehtipuhallin",
                                       "Kentällä liikkuvat työkoneet."),
    "Kuntoratojen hoito": (SUMMER, HEAVY, True, True, f"{GLOVES}, {SHOES}",
                           "Haravat, raivaussaha (ohjaaja), kottikärryt",
                           "Raivaussahaa käyttää vain ohjaaja."),
    "Kunnantalon ylläpitosiivous": (ALL, MODERATE, False, True, "Suojakäsineet",
                                    "Siivousvaunu, imuri", None),
    "Koulun keittiöapu": (ALL, MODERATE, True, True, "Työvaatteet, hiussuoja",
                          "Astianpesukone", "Kuumat pinnat ja liukkaat lattiat."),
    "Hautausmaan hoitotyöt": (SUMMER, MODERATE, True, False, GLOVES,
                              "Haravat, ruohonleikkuri", "Hiljainen työote hautajaisten aikana."),
    "Pyykkihuolto palvelutalolle": (ALL, LIGHT, True, True, "Suojakäsineet",
                                    "Pesukoneet, kuivausrumpu, mankeli",
                                    "Likapyykki suojakäsinein; mankelin puristusvaara."),
    "Rantojen ja uimapaikkojen siistiminen": (SUMMER, MODERATE, True, False,
                                              f"{GLOVES}, {VEST}",
                                              "Roskapihdit, jätesäkit", None),
    "Kiinteistöjen pienkorjaukset": (ALL, MODERATE, False, True, f"{SHOES}, suojalasit",
                                     "Akkuporakone, käsityökalut, tikkaat",
                                     "Tikastyöt vain toisen ollessa paikalla."),
    "Kierrätystavaran vastaanotto": (ALL, MODERATE, True, False, GLOVES,
                                     "Rullakot, hinnoittelulaite", None),
    "Torin ja keskustan siisteys": (ALL, MODERATE, True, False, f"{GLOVES}, {VEST}",
                                    "Roskapihdit, painepesuri", "Liikenne torin laidalla."),
    "Päiväkodin siivous": (ALL, MODERATE, False, True, "Suojakäsineet",
                           "Siivousvaunu, moppi", None),
    "Kaivosmuseon piha-alueiden hoito": (SUMMER, MODERATE, True, False, GLOVES,
                                         "Haravat, ruohonleikkuri, trimmeri", None),
    "Polttopuiden teko": (ALL, HEAVY, True, True, f"{SHOES}, {HEARING}, suojalasit",
                          "Halkomakone, kirves, kottikärryt",
                          "Halkomakonetta käytetään vain perehdytettynä."),
    "Ulkoilureittien kunnostus": (SUMMER, HEAVY, True, True, f"{GLOVES}, {SHOES}",
                                  "Vasarat, sahat, maalit", "Maastossa puhelin mukaan."),
    "Koulun ylläpitosiivous": (ALL, MODERATE, True, True, "Suojakäsineet",
                               "Siivousvaunu, mikrokuituliinat", None),
    "Kylätalon siivous ja kunnossapito": (ALL, LIGHT, True, False, "Suojakäsineet",
                                          "Imuri, moppi", None),
    "Kirjaston ja koulun lumityöt": (WINTER, HEAVY, True, False, f"{SHOES}, {VEST}",
                                     "Lumikolat, hiekoituskärry",
                                     "Liukkaus: nastakengät tai liukuesteet."),
    "Kotipalvelun kauppa-apu": (ALL, LIGHT, False, True, None, "Kauppakassit, ostoslista",
                                "Asiakkaan tiedot ovat luottamuksellisia."),
    "Ruohonleikkuu kunnan kiinteistöillä": (SUMMER, MODERATE, False, True,
                                            f"{HEARING}, {SHOES}",
                                            "Ruohonleikkuri, trimmeri",
                                            "Kivet ja oksat pois ennen leikkuuta."),
    "Satama-alueen siisteys": (SUMMER, LIGHT, True, False, f"{GLOVES}, pelastusliivi",
                               "Roskapihdit, harjat", "Laiturilla pelastusliivi aina."),
    "Koulukeittiön esivalmistelu": (ALL, LIGHT, True, True, "Työvaatteet, hiussuoja",
                                    "Kuorimakone, veitset", "Terävät välineet."),
}


def run(world: DemoWorld) -> None:
    creator = world.coordinator.id
    rows = []
    for code, name, field, department, skill, ability, description in TASKS:
        task_id = world.ids.new()
        environment_id = world.environments[code].id
        world.work_task_ids.append(task_id)
        world.tasks_by_environment.setdefault(environment_id, []).append(task_id)
        rows.append({"id": task_id, "municipality_code": code, "created_by": creator,
                     "environment_id": environment_id, "name": name,
                     "field": field, "orderer_department": department, "skill_level": skill,
                     "work_ability_level": ability, "description": description,
                     **_details(name)})
    world.writer.insert_synced("work_task", rows)


def _details(name: str) -> dict[str, object]:
    season, load, group, induction, protective, tools, safety = DETAILS[name]
    return {"season": season, "physical_load": load, "group_work": group,
            "induction_needed": induction, "protective_equipment": protective,
            "tools": tools, "safety_notes": safety, "active": True}
