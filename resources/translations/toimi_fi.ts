<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <source>Who has used whose data: views of records, shown personal identity codes, printouts and exports, sign-ins. Refused attempts are in red. The log cannot be changed or deleted.</source>
        <translation>Kuka on käsitellyt kenen tietoja: tietojen katselut, näytetyt henkilötunnukset, tulosteet ja viennit sekä kirjautumiset. Estetyt yritykset näkyvät punaisella. Lokia ei voi muuttaa eikä poistaa.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Kaikki käyttäjät</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Whose data: name or whole identity code</source>
        <translation>Kenen tiedot: nimi tai koko henkilötunnus</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Kenen tiedot</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Kaikki toimet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimi</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Vain estetyt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Avaa henkilö</translation>
    </message>
    <message>
        <source>Access report of the person…</source>
        <translation>Henkilön lokiraportti…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The newest {n} rows: narrow the search to see older ones.</source>
        <translation>Uusimmat {n} riviä: rajaa hakua nähdäksesi vanhemmat.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Kenen tiedot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>tuntematon käyttäjätunnus</translation>
    </message>
    <message>
        <source>(no longer here)</source>
        <translation>(ei enää tässä tietokannassa)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>estetty</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Oma tunnuksesi</translation>
    </message>
    <message>
        <source>The first account of a new database is a coordinator, who sees the whole project and can add other users.</source>
        <translation>Uuden tietokannan ensimmäinen tunnus on koordinaattori, joka näkee koko hankkeen ja voi lisätä muita käyttäjiä.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <source>At least 8 characters. You sign in with it on this computer; only a verifier of it is kept, never the password.</source>
        <translation>Vähintään 8 merkkiä. Kirjaudut sillä tällä tietokoneella; siitä säilytetään vain tarkiste, ei koskaan itse salasanaa.</translation>
    </message>
    <message>
        <source>e.g. mvirtanen</source>
        <translation>esim. mvirtanen</translation>
    </message>
    <message>
        <source>e.g. Maija Virtanen</source>
        <translation>esim. Maija Virtanen</translation>
    </message>
    <message>
        <source>3–64 characters: a–z, 0–9, dot, hyphen or underscore.</source>
        <translation>3–64 merkkiä: a–z, 0–9, piste, yhdysmerkki tai alaviiva.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Uusi arviointi</translation>
    </message>
    <message>
        <source>{name}, version {version}</source>
        <translation>{name}, versio {version}</translation>
    </message>
    <message>
        <source>Trainee: {name}</source>
        <translation>Valmentautuja: {name}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Arviointipohja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kehittämistarpeet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomiot</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Tallenna arviointi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Oma</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Arviointipohja</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versio {version}</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Uusi arviointi…</translation>
    </message>
    <message>
        <source>New assessment (Ctrl+Shift+A)</source>
        <translation>Uusi arviointi (Ctrl+Vaihto+A)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Trainee's own scores (dashed)</source>
        <translation>Valmentautujan omat arviot (katkoviiva)</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Kaavio:</translation>
    </message>
    <message>
        <source>Change by criterion</source>
        <translation>Muutos arviointikohteittain</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Ei vielä arviointeja.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Work coaches write assessments.</source>
        <translation>Arvioinnit kirjoittaa työvalmentaja.</translation>
    </message>
    <message>
        <source>Change from the first to the latest ({n} assessments)</source>
        <translation>Muutos ensimmäisestä viimeisimpään ({n} arviointia)</translation>
    </message>
</context>
<context>
    <name>AssessmentsSection</name>
    <message>
        <source>Assessments</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Assessments are personal data. Steering groups follow progress through reports of aggregate figures.</source>
        <translation>Arvioinnit ovat henkilötietoja. Ohjausryhmät seuraavat edistymistä koostelukuja sisältävien raporttien avulla.</translation>
    </message>
    <message>
        <source>Assessments are written on the trainee's page: open the trainee and choose the Assessments tab.</source>
        <translation>Arvioinnit kirjoitetaan valmentautujan sivulla: avaa valmentautuja ja valitse Arvioinnit-välilehti.</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Erääntyvät arvioinnit</translation>
    </message>
    <message>
        <source>Assessment templates</source>
        <translation>Arviointipohjat</translation>
    </message>
</context>
<context>
    <name>AttendanceCalendar</name>
    <message>
        <source>no days due yet</source>
        <translation>ei vielä läsnäolopäiviä</translation>
    </message>
    <message>
        <source>{rate} ({attended} of {due} days), {hours} h</source>
        <translation>{rate} ({attended}/{due} pv), {hours} h</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Seuraava kuukausi</translation>
    </message>
    <message>
        <source>Attendance calendar</source>
        <translation>Läsnäolokalenteri</translation>
    </message>
    <message>
        <source>Attended days of the days due in the month; days the service was not held are not due.</source>
        <translation>Läsnäolopäivät niistä kuukauden päivistä, joina olisi pitänyt olla paikalla; päiviä, joina palvelua ei järjestetty, ei lasketa.</translation>
    </message>
    <message>
        <source>Month: {rate}</source>
        <translation>Kuukausi: {rate}</translation>
    </message>
    <message>
        <source>Period: {rate}</source>
        <translation>Jakso: {rate}</translation>
    </message>
    <message>
        <source>Attended days of the days due since the period began on {start}; days the service was not held are not due.</source>
        <translation>Läsnäolopäivät niistä päivistä, joina olisi pitänyt olla paikalla, jakson alusta {start} lähtien; päiviä, joina palvelua ei järjestetty, ei lasketa.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialogs</name>
    <message>
        <source>The allowance of {month} has already been approved. Changing its attendance needs a reason, which is logged.</source>
        <translation>Kulukorvaukset on jo hyväksytty ({month}). Läsnäolon muuttaminen vaatii syyn, joka kirjataan lokiin.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Muutoksen syy</translation>
    </message>
    <message>
        <source>e.g. a doctor's certificate arrived later</source>
        <translation>esim. lääkärintodistus tuli jälkikäteen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Only {environment}</source>
        <translation>Vain {environment}</translation>
    </message>
    <message>
        <source>Whole personal identity codes (the copy for Kela; logged)</source>
        <translation>Kokonaiset henkilötunnukset (Kelalle lähetettävä kappale; kirjataan lokiin)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Raportti valmis</translation>
    </message>
    <message>
        <source>The report was saved to
{path}</source>
        <translation>Raportti tallennettiin tiedostoon
{path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>There are no coaching environments in your municipalities.</source>
        <translation>Kunnissasi ei ole valmennusympäristöjä.</translation>
    </message>
    <message>
        <source>Attendance is recorded per coaching environment. The environments come from the central server.</source>
        <translation>Läsnäolo kirjataan valmennusympäristöittäin. Ympäristöt tulevat keskuspalvelimelta.</translation>
    </message>
    <message>
        <source>Attendance records are personal data. Steering groups follow attendance through reports of aggregate figures, which do not identify anyone.</source>
        <translation>Läsnäolotiedot ovat henkilötietoja. Ohjausryhmät seuraavat läsnäoloa koostelukuja sisältävistä raporteista, joista ketään ei voi tunnistaa.</translation>
    </message>
    <message>
        <source>Attendance is recorded by work coaches, career agents and coordinators.</source>
        <translation>Läsnäolon kirjaavat työvalmentajat, ura-agentit ja koordinaattorit.</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Viikko</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Kuukausi</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raportit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Save the day, week or month shown as an Excel or CSV file</source>
        <translation>Tallenna näkyvä päivä, viikko tai kuukausi Excel- tai CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>All remaining present</source>
        <translation>Loput paikalla</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Edellinen päivä (Alt+Vasen)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Seuraava päivä (Alt+Oikea)</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Edellinen viikko (Alt+Vasen)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Seuraava viikko (Alt+Oikea)</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Edellinen kuukausi (Alt+Vasen)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Seuraava kuukausi (Alt+Oikea)</translation>
    </message>
    <message>
        <source>Week {week} · {environment}</source>
        <translation>Viikko {week} · {environment}</translation>
    </message>
    <message>
        <source>The allowance of {month} has been approved: a change needs a reason, which is logged.</source>
        <translation>Kulukorvaukset on hyväksytty ({month}): muutos vaatii syyn, joka kirjataan lokiin.</translation>
    </message>
    <message>
        <source>This day is still ahead: attendance can be recorded up to today.</source>
        <translation>Päivä on vasta tulossa: läsnäoloa voi kirjata tähän päivään asti.</translation>
    </message>
    <message>
        <source>Public holiday: {name}. The service is not held; mark E (service not held) where needed.</source>
        <translation>Juhlapyhä: {name}. Palvelua ei järjestetä; merkitse tarvittaessa E (palvelua ei järjestetä).</translation>
    </message>
    <message>
        <source>{environment} is closed on this day: {reason}. Mark E (service not held) where needed.</source>
        <translation>{environment} on suljettu tänä päivänä: {reason}. Merkitse tarvittaessa E (palvelua ei järjestetä).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>syytä ei ole annettu</translation>
    </message>
    <message>
        <source>{environment} does not work on this weekday ({weekday}). Mark E (service not held) where needed.</source>
        <translation>{environment} ei toimi tänä viikonpäivänä ({weekday}). Merkitse tarvittaessa E (palvelua ei järjestetä).</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Viikko {week}</translation>
    </message>
    <message>
        <source>{environment} · double-click a day to open it</source>
        <translation>{environment} · avaa päivä kaksoisnapsauttamalla</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Task catalogue</source>
        <translation>Tehtäväluettelo</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Työtilaukset</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Suunnittelu</translation>
    </message>
    <message>
        <source>Service packages</source>
        <translation>Palvelupaketit</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Ympäristöt</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Kaikki ympäristöt</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>Group</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Ensimmäinen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Viimeisin</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Own, latest</source>
        <translation>Oma, viimeisin</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <source>Close the coaching period: {name}</source>
        <translation>Päätä valmennusjakso: {name}</translation>
    </message>
    <message>
        <source>Close the coaching period</source>
        <translation>Päätä valmennusjakso</translation>
    </message>
    <message>
        <source>{environment}, {kind}, started {start}, planned to end {planned_end}</source>
        <translation>{environment}, {kind}, alkanut {start}, suunniteltu päättymään {planned_end}</translation>
    </message>
    <message>
        <source>{environment}, {kind}, started {start}</source>
        <translation>{environment}, {kind}, alkanut {start}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>Päätä jakso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>Päätä jakso</translation>
    </message>
</context>
<context>
    <name>ClosedDaysDialog</name>
    <message>
        <source>Closed days</source>
        <translation>Suljetut päivät</translation>
    </message>
    <message>
        <source>e.g. Summer break, staff training</source>
        <translation>esim. kesätauko, henkilöstön koulutus</translation>
    </message>
    <message>
        <source>Close these days</source>
        <translation>Sulje nämä päivät</translation>
    </message>
    <message>
        <source>Open the chosen day</source>
        <translation>Avaa valittu päivä</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Coming closed days (public holidays are known without listing them):</source>
        <translation>Tulevat suljetut päivät (arkipyhät tiedetään ilman luetteloa):</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) closed.</source>
        <translation>
            <numerusform>%n päivä suljettu.</numerusform>
            <numerusform>%n päivää suljettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} is an opening day again.</source>
        <translation>{day} on taas aukiolopäivä.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Text edited on two devices</source>
        <translation>Tekstiä muokattu kahdella laitteella</translation>
    </message>
    <message>
        <source>{record} – {field}</source>
        <translation>{record} – {field}</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Käytä tätä versiota</translation>
    </message>
    <message>
        <source>Use both</source>
        <translation>Käytä molempia</translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation>Nyt tietueessa</translation>
    </message>
    <message>
        <source>The other version, by {name}</source>
        <translation>Toinen versio, kirjoittaja {name}</translation>
    </message>
    <message>
        <source>Keep this text:</source>
        <translation>Säilytä tämä teksti:</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <source>Texts edited on two devices (double-click to choose)</source>
        <translation>Kahdella laitteella muokatut tekstit (valitse kaksoisnapsauttamalla)</translation>
    </message>
    <message>
        <source>{record} – {field}: “{text}” by {name}</source>
        <translation>{record} – {field}: ”{text}”, kirjoittaja {name}</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Key</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Alin</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Ylin</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>Soveltuvuus</translation>
    </message>
    <message>
        <source>Level descriptions</source>
        <translation>Tasojen kuvaukset</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Ei käytetä</translation>
    </message>
    <message>
        <source>Skill demand</source>
        <translation>Osaamisvaatimus</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Työkykyvaatimus</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Tuo taulukosta…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <source>TOIMI backup (*.db)</source>
        <translation>TOIMI-varmuuskopio (*.db)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Varmuuskopio tallennettu: {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>TOIMI backup (*.db);;All files (*)</source>
        <translation>TOIMI-varmuuskopio (*.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Restore the backup {file}?

It has {trainees} trainees; its last change was made on {date}. Changes made after the backup that have not been synced are lost.

The current database is kept beside it as a copy. TOIMI Desktop closes and starts again to finish the restore.</source>
        <translation>Palautetaanko varmuuskopio {file}?

Siinä on {trainees} valmentautujaa; viimeisin muutos on tehty {date}. Varmuuskopion jälkeen tehdyt muutokset, joita ei ole synkronoitu, menetetään.

Nykyinen tietokanta säilytetään kopiona sen vieressä. TOIMI Desktop sulkeutuu ja käynnistyy uudelleen palautuksen viimeistelemiseksi.</translation>
    </message>
    <message numerus="yes">
        <source>No backup yet and %Ln change(s) not synced.</source>
        <translation>
            <numerusform>Ei varmuuskopiota, ja %Ln muutos on synkronoimatta.</numerusform>
            <numerusform>Ei varmuuskopiota, ja %Ln muutosta on synkronoimatta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup {date}; %Ln change(s) not synced.</source>
        <translation>
            <numerusform>Viimeisin varmuuskopio {date}; %Ln muutos synkronoimatta.</numerusform>
            <numerusform>Viimeisin varmuuskopio {date}; %Ln muutosta synkronoimatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>not due today</source>
        <translation>ei tänään</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Ei merkitty</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>tallentamatta</translation>
    </message>
    <message>
        <source>Not due on this weekday: comes {days}. You can still mark the day.</source>
        <translation>Ei tämän viikonpäivän valmentautuja: tulee {days}. Päivän voi silti merkitä.</translation>
    </message>
    <message>
        <source>The planned hours of the period</source>
        <translation>Jakson suunnitellut tunnit</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ei vielä tallennettu</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Attendance of the day</source>
        <translation>Päivän läsnäolot</translation>
    </message>
    <message>
        <source>No trainee has a coaching period here on this day.</source>
        <translation>Kenelläkään ei ole tänä päivänä valmennusjaksoa tässä ympäristössä.</translation>
    </message>
    <message>
        <source>All remaining present</source>
        <translation>Loput paikalla</translation>
    </message>
    <message>
        <source>Mark every trainee due today without a mark present (Ctrl+Shift+P); those not due on this weekday (grey) are left as they are</source>
        <translation>Merkitse läsnä olevaksi kaikki tämän päivän valmentautujat, joilla ei ole merkintää (Ctrl+Vaihto+P); harmaana näkyviin, joiden viikonpäivä tämä ei ole, ei kosketa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Tallenna muuttuneet rivit (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n tallentamaton muutos</numerusform>
            <numerusform>%n tallentamatonta muutosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n row(s).</source>
        <translation>
            <numerusform>Tallennettu: %n rivi.</numerusform>
            <numerusform>Tallennettu: %n riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the attendance first: a letter key or Space.</source>
        <translation>Merkitse ensin läsnäolo: kirjainnäppäin tai välilyönti.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n row(s) need attention (in red).</source>
        <translation>
            <numerusform>Mitään ei tallennettu: %n rivi vaatii korjausta (punaisella).</numerusform>
            <numerusform>Mitään ei tallennettu: %n riviä vaatii korjausta (punaisella).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>Esittelytiedot</translation>
    </message>
    <message>
        <source>Invented people only: personal identity codes are from the temporary range 900–999.</source>
        <translation>Vain keksittyjä henkilöitä: henkilötunnukset ovat tilapäisten tunnusten väliltä 900–999.</translation>
    </message>
    <message>
        <source>Creating the demo database</source>
        <translation>Esittelytietokantaa luodaan</translation>
    </message>
    <message>
        <source>The demo database is ready.</source>
        <translation>Esittelytietokanta on valmis.</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Luodaan esittelytietokantaa…</translation>
    </message>
    <message>
        <source>The demo database could not be created.</source>
        <translation>Esittelytietokantaa ei voitu luoda.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Enter or double-click opens the trainee</source>
        <translation>Enter tai kaksoisnapsautus avaa valmentautujan</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n päivän päästä</numerusform>
            <numerusform>%n päivän päästä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan review: {path}</source>
        <translation>Suunnitelman tarkistus: {path}</translation>
    </message>
    <message>
        <source>Plan step: {what}</source>
        <translation>Suunnitelman vaihe: {what}</translation>
    </message>
    <message>
        <source>The period ends: no continuation plan yet</source>
        <translation>Jakso päättyy: jatkosuunnitelmaa ei vielä ole</translation>
    </message>
    <message>
        <source>No assessment since the period began</source>
        <translation>Ei arviointia jakson alun jälkeen</translation>
    </message>
    <message>
        <source>Last assessed {day}</source>
        <translation>Arvioitu viimeksi {day}</translation>
    </message>
    <message>
        <source>Left on {day}: record the 6-month result</source>
        <translation>Päättyi {day}: kirjaa 6 kuukauden tilanne</translation>
    </message>
</context>
<context>
    <name>EditPeriodDialog</name>
    <message>
        <source>Change the coaching period</source>
        <translation>Muuta valmennusjaksoa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Recorded attendance stays as it is; the new hours and weekdays apply to the days marked from now on.</source>
        <translation>Jo kirjatut läsnäolot pysyvät ennallaan; uudet tunnit ja viikonpäivät koskevat tästä eteenpäin merkittäviä päiviä.</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Edit coaching environment</source>
        <translation>Muokkaa valmennusympäristöä</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>Uusi valmennusympäristö</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Lisää toimipiste</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Poista toimipiste</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Työvalmentajat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>New environment…</source>
        <translation>Uusi ympäristö…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Closed days…</source>
        <translation>Suljetut päivät…</translation>
    </message>
    <message>
        <source>Coaching environments</source>
        <translation>Valmennusympäristöt</translation>
    </message>
    <message>
        <source>The selected environment</source>
        <translation>Valittu valmennusympäristö</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n ympäristö</numerusform>
            <numerusform>%n ympäristöä</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Työvalmentajat</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Coming closed days</source>
        <translation>Tulevat suljetut päivät</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentTableModel</name>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Työvalmentajat</translation>
    </message>
    <message>
        <source>Tasks in use</source>
        <translation>Tehtäviä käytössä</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Avoimia tilauksia</translation>
    </message>
</context>
<context>
    <name>EsfPanel</name>
    <message>
        <source>ESF+ reporting</source>
        <translation>ESR+-raportointi</translation>
    </message>
    <message>
        <source>Participants of the range above with their entry data and results, and the indicators by gender.</source>
        <translation>Yllä valitun aikavälin osallistujat aloitus- ja tulostietoineen sekä indikaattorit sukupuolen mukaan.</translation>
    </message>
    <message>
        <source>Export ESF+ data…</source>
        <translation>Vie ESR+-tiedot…</translation>
    </message>
    <message>
        <source>Trainees with missing entry data…</source>
        <translation>Puuttuvat aloitustiedot…</translation>
    </message>
    <message>
        <source>esf-participants-{start}-{end}</source>
        <translation>esr-osallistujat-{start}-{end}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV taulukkolaskentaan (*.csv)</translation>
    </message>
    <message>
        <source>Save the ESF+ export</source>
        <translation>Tallenna ESR+-tiedot</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Record an evaluation</source>
        <translation>Kirjaa arvio</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>Tehtävä: {name}</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Ei nimetty</translation>
    </message>
    <message>
        <source>What went well, what needed support</source>
        <translation>Mikä sujui, missä tarvittiin tukea</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Trainee's level</source>
        <translation>Valmentautujan taso</translation>
    </message>
    <message>
        <source>The trainee's level on the task's scale: 1 simple routine work … 3 demanding work.</source>
        <translation>Valmentautujan taso tehtävien asteikolla: 1 yksinkertainen rutiinityö … 3 vaativa työ.</translation>
    </message>
    <message>
        <source>How it worked</source>
        <translation>Miten sujui</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>ESF+ results on leaving (within 4 weeks)</source>
        <translation>ESR+-tulokset lähtiessä (4 viikon sisällä)</translation>
    </message>
    <message>
        <source>The last event within four weeks counts. “Not asked” if you do not know yet: you can record it later on the plan tab.</source>
        <translation>Neljän viikon sisällä viimeisin tilanne ratkaisee. Valitse ”Ei kysytty”, jos et vielä tiedä: voit kirjata sen myöhemmin suunnitelman välilehdellä.</translation>
    </message>
</context>
<context>
    <name>ExitResultsDialog</name>
    <message>
        <source>ESF+ results on leaving</source>
        <translation>ESR+-tulokset lähtiessä</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Tallenna tulokset</translation>
    </message>
</context>
<context>
    <name>FailuresBox</name>
    <message>
        <source>Records from the server not stored on this computer</source>
        <translation>Palvelimelta tulleet tiedot, joita ei voitu tallentaa tälle tietokoneelle</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Orderer's feedback</source>
        <translation>Tilaajan palaute</translation>
    </message>
    <message>
        <source>{title} – {orderer}</source>
        <translation>{title} – {orderer}</translation>
    </message>
    <message>
        <source>1 poor</source>
        <translation>1 heikko</translation>
    </message>
    <message>
        <source>5 excellent</source>
        <translation>5 erinomainen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, personal identity code or municipality</source>
        <translation>Hae nimellä, henkilötunnuksella tai kunnalla</translation>
    </message>
    <message>
        <source>Search trainees</source>
        <translation>Hae valmentautujia</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Kaikki kohderyhmät</translation>
    </message>
    <message>
        <source>Any period status</source>
        <translation>Kaikki jakson tilat</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Period status</source>
        <translation>Jakson tila</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä rajaukset</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Kaikki ympäristöt</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Valmista</translation>
    </message>
    <message>
        <source>The demo database is at {path}. You act as the project coordinator; File → Switch user lets you try the other roles, e.g. a work coach in Rääkkylä. Every demo user's password is “demo”.</source>
        <translation>Demotietokanta on kansiossa {path}. Toimit hankkeen koordinaattorina; Tiedosto → Vaihda käyttäjää antaa kokeilla muita rooleja, esimerkiksi rääkkyläläistä työvalmentajaa. Jokaisen demokäyttäjän salasana on ”demo”.</translation>
    </message>
    <message>
        <source>You are logged in as {user}. Your data is kept at {path} and synchronised with the server in the background: the first synchronisation starts when the main window opens.</source>
        <translation>Olet kirjautunut käyttäjänä {user}. Tietosi tallennetaan tiedostoon {path} ja synkronoidaan palvelimen kanssa taustalla: ensimmäinen synkronointi alkaa, kun pääikkuna avautuu.</translation>
    </message>
    <message>
        <source>Your database is at {path}. You are its coordinator.</source>
        <translation>Tietokantasi on tiedostossa {path}. Olet sen koordinaattori.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; Attendance (Ctrl+2) records the day: one key per trainee, P for present. The user guide (Help → User guide, F1) explains every section.</source>
        <translation>&lt;b&gt;Seuraavaksi:&lt;/b&gt; Läsnäolo (Ctrl+2) kirjaa päivän: yksi näppäin valmentautujaa kohden, P = paikalla. Käyttöopas (Ohje → Käyttöopas, F1) kertoo jokaisesta osiosta.</translation>
    </message>
    <message>
        <source>TOIMI Desktop opens this database the next time it starts.</source>
        <translation>TOIMI Desktop avaa tämän tietokannan, kun käynnistät sen seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>TOIMI Desktop – first start</source>
        <translation>TOIMI Desktop – ensimmäinen käynnistys</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>&amp;Start using TOIMI</source>
        <translation>&amp;Aloita TOIMIn käyttö</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>Welcome to TOIMI Desktop</source>
        <translation>Tervetuloa TOIMI Desktopiin</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the first local account: it will be a coordinator, who sees the whole project and can add other users.</source>
        <translation>Tietokannassa ei ole vielä käyttäjiä. Luo ensimmäinen paikallinen tunnus: siitä tulee koordinaattori, joka näkee koko hankkeen ja voi lisätä muita käyttäjiä.</translation>
    </message>
    <message>
        <source>e.g. mvirtanen</source>
        <translation>esim. mvirtanen</translation>
    </message>
    <message>
        <source>e.g. Maija Virtanen</source>
        <translation>esim. Maija Virtanen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>3–64 characters: a–z, 0–9, dot, hyphen or underscore.</source>
        <translation>3–64 merkkiä: a–z, 0–9, piste, yhdysmerkki tai alaviiva.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <source>At least 8 characters. Only a verifier of it is kept on this computer, never the password.</source>
        <translation>Vähintään 8 merkkiä. Tälle tietokoneelle tallennetaan vain salasanan tarkiste, ei koskaan itse salasanaa.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Luo tunnus</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>FollowupDashboard</name>
    <message>
        <source>Only &amp;my trainees</source>
        <translation>Vain &amp;omat valmentautujat</translation>
    </message>
    <message>
        <source>Trainees whose coach or career agent you are</source>
        <translation>Valmentautujat, joiden valmentaja tai ura-agentti olet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Päivitä (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Save the list shown as an Excel or CSV file</source>
        <translation>Tallenna näkyvä luettelo Excel- tai CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>Plans of open periods whose next review is past or within 14 days.</source>
        <translation>Käynnissä olevien jaksojen suunnitelmat, joiden seuraava tarkistus on mennyt tai 14 päivän sisällä.</translation>
    </message>
    <message>
        <source>Steps of current plans that are still open after their due date.</source>
        <translation>Voimassa olevien suunnitelmien vaiheet, jotka ovat yhä auki määräpäivän jälkeen.</translation>
    </message>
    <message>
        <source>Open periods that end within 30 days, or are past their planned end, and have no continuation plan made for them.</source>
        <translation>Käynnissä olevat jaksot, jotka päättyvät 30 päivän sisällä tai ovat jo suunnitellun päättymisen ohi, eikä niille ole tehty jatkosuunnitelmaa.</translation>
    </message>
    <message>
        <source>Active periods with no assessment in 8 weeks, or none two weeks after the period began.</source>
        <translation>Käynnissä olevat jaksot, joissa ei ole arvioitu 8 viikkoon, tai ei lainkaan kaksi viikkoa jakson alusta.</translation>
    </message>
    <message>
        <source>Periods that ended six months ago (or will within 14 days) whose follow-up result is not recorded yet.</source>
        <translation>Jaksot, jotka päättyivät puoli vuotta sitten (tai 14 päivän kuluttua tulee kuluneeksi), ja joiden seurantatietoa ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Ei erääntyviä.</translation>
    </message>
    <message numerus="yes">
        <source>Plan reviews (%n)</source>
        <translation>
            <numerusform>Suunnitelman tarkistukset (%n)</numerusform>
            <numerusform>Suunnitelman tarkistukset (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps overdue (%n)</source>
        <translation>
            <numerusform>Myöhässä olevat vaiheet (%n)</numerusform>
            <numerusform>Myöhässä olevat vaiheet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ending without a plan (%n)</source>
        <translation>
            <numerusform>Päättyy ilman suunnitelmaa (%n)</numerusform>
            <numerusform>Päättyy ilman suunnitelmaa (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments due (%n)</source>
        <translation>
            <numerusform>Erääntyvät arvioinnit (%n)</numerusform>
            <numerusform>Erääntyvät arvioinnit (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>6-month follow-ups (%n)</source>
        <translation>
            <numerusform>6 kuukauden seurannat (%n)</numerusform>
            <numerusform>6 kuukauden seurannat (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due on {day}</source>
        <translation>
            <numerusform>%n erääntyvä asia {day}</numerusform>
            <numerusform>%n erääntyvää asiaa {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>6-month follow-up</source>
        <translation>6 kuukauden seuranta</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>Seurantapäivä</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment</source>
        <translation>Työssä (myös yrittäjänä)</translation>
    </message>
    <message>
        <source>Labour-market situation improved</source>
        <translation>Työmarkkina-asema parantunut</translation>
    </message>
    <message>
        <source>Due on {day}: six months after leaving.</source>
        <translation>Eräpäivä {day}: puoli vuotta lähtemisestä.</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Tallenna seuranta</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Juhlapyhä: {name}</translation>
    </message>
    <message>
        <source>Closed: {reason}</source>
        <translation>Suljettu: {reason}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Not a working day of the environment</source>
        <translation>Ei ympäristön toimintapäivä</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Outside the coaching period</source>
        <translation>Valmennusjakson ulkopuolella</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Ei merkitty</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Attendance by trainee and day</source>
        <translation>Läsnäolot valmentautujittain ja päivittäin</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lukitse nyt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Tuo taulukosta</translation>
    </message>
    <message>
        <source>An Excel (.xlsx) or CSV file</source>
        <translation>Excel- (.xlsx) tai CSV-tiedosto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Tiedostossa on</translation>
    </message>
    <message>
        <source>The file &amp;holds</source>
        <translation>Tiedostossa &amp;on</translation>
    </message>
    <message>
        <source>Choose what each column is (* required). The first rows of the file:</source>
        <translation>Valitse, mitä tietoa kukin sarake sisältää (* pakollinen). Tiedoston ensimmäiset rivit:</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Tarkistuksen tulos</translation>
    </message>
    <message>
        <source>Show &amp;warnings too</source>
        <translation>Näytä myös &amp;varoitukset</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Tarkista uudelleen</translation>
    </message>
    <message>
        <source>Import &amp;valid rows</source>
        <translation>Tuo &amp;kelvolliset rivit</translation>
    </message>
    <message>
        <source>Import only if &amp;all are valid</source>
        <translation>Tuo vain, jos &amp;kaikki kelpaavat</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Valitse taulukko</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Taulukot (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Luetaan tiedostoa…</translation>
    </message>
    <message>
        <source>The columns changed: check the file again.</source>
        <translation>Sarakkeiden valinnat muuttuivat: tarkista tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <source>Importing rows…</source>
        <translation>Tuodaan rivejä…</translation>
    </message>
    <message>
        <source>Warnings: {count} (e.g. {example})</source>
        <translation>Varoituksia: {count} (esim. {example})</translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <source>This section is not yet available in this version of TOIMI Desktop.</source>
        <translation>Tämä osio ei ole vielä käytettävissä tässä TOIMI Desktopin versiossa.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to TOIMI Desktop</source>
        <translation>Tervetuloa TOIMI Desktopiin</translation>
    </message>
    <message>
        <source>Choose the language of the program. You can change it later in File → Settings.</source>
        <translation>Valitse ohjelman kieli. Voit vaihtaa sen myöhemmin kohdassa Tiedosto → Asetukset.</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language: 24.3.2026 and 4,5 in Finnish, 24/03/2026 and 4.5 in English.</source>
        <translation>Päivämäärät ja luvut seuraavat kieltä: suomeksi 24.3.2026 ja 4,5, englanniksi 24/03/2026 ja 4.5.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Marks</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>No service (holiday, closed)</source>
        <translation>Ei palvelua (pyhä, suljettu)</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Jakson ulkopuolella</translation>
    </message>
    <message>
        <source>Aa</source>
        <comment>a sample of the grey italic text of rows not due</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Not due on this weekday</source>
        <translation>Ei tämän viikonpäivän valmentautuja</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>A letter marks the row and moves down.
Space = P (present)
0–9 on Hours: type the hours
Enter: edit the cell
Delete: clear an unsaved mark
Ctrl+Shift+P: all remaining present
Ctrl+S: save
Alt+←/→: previous/next day</source>
        <translation>Kirjain merkitsee rivin ja siirtyy alas.
Välilyönti = P (paikalla)
0–9 Tunnit-sarakkeessa: tunnit
Enter: muokkaa solua
Delete: poista tallentamaton merkintä
Ctrl+Vaihto+P: loput paikalla
Ctrl+S: tallenna
Alt+←/→: edellinen/seuraava päivä</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Save this list as an Excel or CSV file</source>
        <translation>Tallenna tämä luettelo Excel- tai CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Vie luettelo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n rivi viety tiedostoon {path}</numerusform>
            <numerusform>%n riviä viety tiedostoon {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>TOIMI Desktop is locked</source>
        <translation>TOIMI Desktop on lukittu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Signed in as {name}. Your work is kept as it was: type your password to continue.</source>
        <translation>Kirjautuneena: {name}. Keskeneräinen työsi on tallessa: jatka kirjoittamalla salasanasi.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the sync server</source>
        <translation>Kirjaudu synkronointipalvelimelle</translation>
    </message>
    <message>
        <source>Your coordinator gives the server address. You log in once on this computer; the login is kept in the system keyring.</source>
        <translation>Koordinaattori antaa palvelimen osoitteen. Kirjaudut tällä tietokoneella kerran; kirjautuminen säilytetään järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Give the server address, your user name and password.</source>
        <translation>Anna palvelimen osoite, käyttäjätunnuksesi ja salasanasi.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Logging in failed unexpectedly; the details are in the log file.</source>
        <translation>Kirjautuminen epäonnistui odottamatta; tiedot ovat lokitiedostossa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TOIMI Desktop</source>
        <translation>TOIMI Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Continuation plans</source>
        <translation>Jatkosuunnitelmat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Tasks and orders</source>
        <translation>Tehtävät ja tilaukset</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Tietokanta: {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New trainee…</source>
        <translation>&amp;Uusi valmentautuja…</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>&amp;Käyttöloki…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Vaihda käyttäjää…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Find trainee</source>
        <translation>&amp;Hae valmentautujaa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <source>&amp;About TOIMI Desktop</source>
        <translation>&amp;Tietoja TOIMI Desktopista</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is the file {path}.</source>
        <translation>Käyttöopasta ei voitu avata. Se on tiedosto {path}.</translation>
    </message>
    <message>
        <source>User: {name} · {role}</source>
        <translation>Käyttäjä: {name} · {role}</translation>
    </message>
    <message numerus="yes">
        <source>Register: %n trainee(s) found</source>
        <translation>
            <numerusform>Rekisteri: %n valmentautuja</numerusform>
            <numerusform>Rekisteri: %n valmentautujaa</numerusform>
        </translation>
    </message>
    <message>
        <source>About TOIMI Desktop</source>
        <translation>Tietoja TOIMI Desktopista</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TOIMI Desktop {version}&lt;/h3&gt;&lt;p&gt;Case management for the work coaches of the TOIMI project (Toimivat välityömarkkinat Pohjois-Karjalaan), North Karelia.&lt;/p&gt;&lt;p&gt;Co-funded by the European Union (ESF+).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TOIMI Desktop {version}&lt;/h3&gt;&lt;p&gt;Asiakastyön väline TOIMI-hankkeen (Toimivat välityömarkkinat Pohjois-Karjalaan) työvalmentajille.&lt;/p&gt;&lt;p&gt;Euroopan unionin osarahoittama (ESR+).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <source>Field</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Field of column {name}</source>
        <translation>Sarakkeen {name} tieto</translation>
    </message>
    <message>
        <source>– not imported –</source>
        <translation>– ei tuoda –</translation>
    </message>
</context>
<context>
    <name>MissingDataDialog</name>
    <message>
        <source>Missing ESF+ entry data</source>
        <translation>Puuttuvat ESR+-aloitustiedot</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) in coaching {start}–{end} lack ESF+ entry data. Double-click a row to open the trainee and complete it. Disability and minority may be declined and are not listed.</source>
        <translation>
            <numerusform>%n valmennuksessa {start}–{end} ollut valmentautuja, jolta puuttuu ESR+-aloitustietoja. Avaa valmentautuja kaksoisnapsauttamalla riviä ja täydennä tiedot. Vammaisuudesta ja vähemmistöön kuulumisesta saa kieltäytyä vastaamasta, joten niitä ei luetella.</numerusform>
            <numerusform>%n valmennuksessa {start}–{end} ollutta valmentautujaa, joilta puuttuu ESR+-aloitustietoja. Avaa valmentautuja kaksoisnapsauttamalla riviä ja täydennä tiedot. Vammaisuudesta ja vähemmistöön kuulumisesta saa kieltäytyä vastaamasta, joten niitä ei luetella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>MonthCalendarModel</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>Piilota tämä ilmoitus</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Tyhjennä päivämäärä</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Edit work order</source>
        <translation>Muokkaa työtilausta</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Uusi työtilaus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>e.g. Parks, Facilities, Schools</source>
        <translation>esim. Puistot, Tilapalvelut, Koulut</translation>
    </message>
    <message>
        <source>e.g. Raking the central park in spring</source>
        <translation>esim. Keskuspuiston kevätharavointi</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Tilaaja</translation>
    </message>
    <message>
        <source>What is ordered</source>
        <translation>Mitä tilataan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Overlapping orders</source>
        <translation>Päällekkäiset tilaukset</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Suunnitellut tunnit</translation>
    </message>
    <message>
        <source>Hours done are summed from the attendance that names the task, from the start to the end.</source>
        <translation>Tehdyt tunnit lasketaan läsnäoloista, joihin tehtävä on merkitty, alusta loppuun.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Search orders, orderers, tasks, places…</source>
        <translation>Hae tilauksia, tilaajia, tehtäviä, paikkoja…</translation>
    </message>
    <message>
        <source>Open or awaiting feedback</source>
        <translation>Avoimet ja palautetta odottavat</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Kaikki tilaukset</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Uusi tilaus…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Palaute…</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Työtilaukset</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Hae tilauksia</translation>
    </message>
    <message>
        <source>The selected order</source>
        <translation>Valittu tilaus</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n tilaus</numerusform>
            <numerusform>%n tilausta</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {planned} h done</source>
        <translation>{done} / {planned} h tehty</translation>
    </message>
    <message>
        <source>Reopen: work continues</source>
        <translation>Avaa uudelleen: työ jatkuu</translation>
    </message>
    <message>
        <source>Restore the order</source>
        <translation>Palauta tilaus</translation>
    </message>
    <message>
        <source>Back to requested</source>
        <translation>Takaisin pyydetyksi</translation>
    </message>
    <message>
        <source>Agreed with the orderer</source>
        <translation>Sovittu tilaajan kanssa</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Työ aloitettu</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Työ valmis</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Peru tilaus</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>toistaiseksi</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Tilaaja</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ala</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Orderer's feedback {date}</source>
        <translation>Tilaajan palaute {date}</translation>
    </message>
    <message>
        <source>The orderer's feedback has not been recorded yet.</source>
        <translation>Tilaajan palautetta ei ole vielä kirjattu.</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Tilaaja</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>Tehty %</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>odottaa</translation>
    </message>
</context>
<context>
    <name>OutcomeDialogs</name>
    <message>
        <source>Engaged in job search</source>
        <translation>Työnhakijana</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>Koulutuksessa</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Suorittanut tutkinnon</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment</source>
        <translation>Työssä (myös yrittäjänä)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>{environment}, ended {end}: {outcome}</source>
        <translation>{environment}, päättyi {end}: {outcome}</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Edit service package</source>
        <translation>Muokkaa palvelupakettia</translation>
    </message>
    <message>
        <source>New service package</source>
        <translation>Uusi palvelupaketti</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tarjolla</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>Osaamistasot</translation>
    </message>
    <message>
        <source>Work-ability levels</source>
        <translation>Työkykytasot</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Tyypilliset tunnit</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Tuntihinta</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <source>New package…</source>
        <translation>Uusi paketti…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Service card PDF…</source>
        <translation>Palvelukortti (PDF)…</translation>
    </message>
    <message>
        <source>Service catalogue PDF…</source>
        <translation>Palveluluettelo (PDF)…</translation>
    </message>
    <message>
        <source>Service packages</source>
        <translation>Palvelupaketit</translation>
    </message>
    <message>
        <source>The selected package</source>
        <translation>Valittu palvelupaketti</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n paketti</numerusform>
            <numerusform>%n pakettia</numerusform>
        </translation>
    </message>
    <message>
        <source>{price} € / h</source>
        <translation>{price} € / h</translation>
    </message>
    <message>
        <source>typically {total} €</source>
        <translation>tyypillisesti {total} €</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>Osaamistasot</translation>
    </message>
    <message>
        <source>Work-ability levels</source>
        <translation>Työkykytasot</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Tyypilliset tunnit</translation>
    </message>
    <message>
        <source>Internal price</source>
        <translation>Sisäinen hinta</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tarjolla</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Save the service card</source>
        <translation>Tallenna palvelukortti</translation>
    </message>
    <message>
        <source>service-card-{name}</source>
        <translation>palvelukortti-{name}</translation>
    </message>
    <message>
        <source>Save the service catalogue</source>
        <translation>Tallenna palveluluettelo</translation>
    </message>
    <message>
        <source>service-catalogue-{name}</source>
        <translation>palveluluettelo-{name}</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <source>Package</source>
        <translation>Paketti</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>Osaamistasot</translation>
    </message>
    <message>
        <source>Work-ability levels</source>
        <translation>Työkykytasot</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Tyypilliset tunnit</translation>
    </message>
    <message>
        <source>€ / hour</source>
        <translation>€ / tunti</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the coaching period</source>
        <translation>Keskeytä valmennusjakso</translation>
    </message>
    <message>
        <source>e.g. sick leave, a rehabilitation course</source>
        <translation>esim. sairausloma, kuntoutusjakso</translation>
    </message>
    <message>
        <source>Paused from</source>
        <translation>Keskeytetty alkaen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>While the period is paused, the trainee is on no day sheet and no attendance can be recorded. Resume it when the trainee is back.</source>
        <translation>Keskeytyksen aikana valmentautuja ei näy päivän listalla eikä hänelle voi kirjata läsnäoloa. Jatka jaksoa, kun hän palaa.</translation>
    </message>
    <message>
        <source>Pause the period</source>
        <translation>Keskeytä jakso</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Sovita leveyteen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:nä…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Tallenna kooste</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Tulosta kooste</translation>
    </message>
</context>
<context>
    <name>PeriodEditDialogs</name>
    <message>
        <source>{environment}, {kind}, started {start}</source>
        <translation>{environment}, {kind}, alkanut {start}</translation>
    </message>
</context>
<context>
    <name>PeriodPlanDialog</name>
    <message>
        <source>e.g. Cleaning services, 3 months</source>
        <translation>esim. Puhtauspalvelut, 3 kk</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Suunniteltu loppu</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Tunteja päivässä</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Päiviä viikossa</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Viikonpäivät</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Ura-agentti</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Coaching package</source>
        <translation>Valmennuspaketti</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ei valittu</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Suunniteltu loppu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Työvalmentaja</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Continuation plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <source>Continuation plan, version {version}</source>
        <translation>Jatkosuunnitelma, versio {version}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Lisää vaihe</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Poista vaihe</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Trainee: {name}</source>
        <translation>Valmentautuja: {name}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Palvelut, joihin ohjattu</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>Agreed with the trainee</source>
        <translation>Sovittu valmentautujan kanssa</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Tallenna suunnitelma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Each save keeps a version; earlier versions can be read and printed.</source>
        <translation>Jokainen tallennus säilyy versiona; aiempia versioita voi lukea ja tulostaa.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Write plan…</source>
        <translation>&amp;Kirjoita suunnitelma…</translation>
    </message>
    <message>
        <source>New plan for this &amp;period…</source>
        <translation>Uusi suunnitelma tälle &amp;jaksolle…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiot…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>A PDF for signing by the trainee and the career agent (Ctrl+P)</source>
        <translation>PDF valmentautujan ja ura-agentin allekirjoitettavaksi (Ctrl+P)</translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation>Tulos ja seuranta</translation>
    </message>
    <message>
        <source>ESF+ &amp;results…</source>
        <translation>&amp;ESR+-tulokset…</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>Kirjaa &amp;seuranta…</translation>
    </message>
    <message>
        <source>No continuation plan yet.</source>
        <translation>Jatkosuunnitelmaa ei vielä ole.</translation>
    </message>
    <message>
        <source>This plan was made in an earlier coaching period.</source>
        <translation>Tämä suunnitelma on tehty aiemmalla valmennusjaksolla.</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Muokkaa suunnitelmaa…</translation>
    </message>
    <message>
        <source>Write or revise the plan (Ctrl+Shift+L)</source>
        <translation>Kirjoita tai päivitä suunnitelma (Ctrl+Vaihto+L)</translation>
    </message>
    <message>
        <source>Career agents and coaches write continuation plans.</source>
        <translation>Jatkosuunnitelmat kirjoittavat ura-agentit ja työvalmentajat.</translation>
    </message>
    <message>
        <source>No period has ended yet. The outcome and the ESF+ results are recorded when the period is closed (Close period…).</source>
        <translation>Mikään jakso ei ole vielä päättynyt. Tulos ja ESR+-tulokset kirjataan, kun jakso päätetään (Päätä jakso…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{outcome}&lt;/b&gt;, {environment}, ended {end}</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt;, {environment}, päättyi {end}</translation>
    </message>
    <message>
        <source>&lt;b&gt;ESF+ results on leaving&lt;/b&gt;</source>
        <translation>&lt;b&gt;ESR+-tulokset lähtiessä&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Job search: {value}</source>
        <translation>Työnhakijana: {value}</translation>
    </message>
    <message>
        <source>Education or training: {value}</source>
        <translation>Koulutuksessa: {value}</translation>
    </message>
    <message>
        <source>Qualification: {value}</source>
        <translation>Tutkinto suoritettu: {value}</translation>
    </message>
    <message>
        <source>Employment: {value}</source>
        <translation>Työssä: {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Six months later&lt;/b&gt; (due {day})</source>
        <translation>&lt;b&gt;Puoli vuotta myöhemmin&lt;/b&gt; (eräpäivä {day})</translation>
    </message>
    <message>
        <source>Followed up on {day}</source>
        <translation>Seurattu {day}</translation>
    </message>
    <message>
        <source>Situation improved: {value}</source>
        <translation>Asema parantunut: {value}</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Ei vielä kirjattu.</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>continuation-plan-{name}</source>
        <translation>jatkosuunnitelma-{name}</translation>
    </message>
    <message>
        <source>Save the continuation plan</source>
        <translation>Tallenna jatkosuunnitelma</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>version {version}, saved {day} by {who}</source>
        <translation>versio {version}, tallentanut {who} {day}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>Agreed with the trainee</source>
        <translation>Sovittu valmentautujan kanssa</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Ura-agentti</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>No steps written.</source>
        <translation>Vaiheita ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Palvelut, joihin ohjattu</translation>
    </message>
</context>
<context>
    <name>PlanTraineeModel</name>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Tasot</translation>
    </message>
    <message>
        <source>Fitting tasks</source>
        <translation>Sopivat tehtävät</translation>
    </message>
    <message>
        <source>From the latest assessment</source>
        <translation>Viimeisimmästä arvioinnista</translation>
    </message>
    <message>
        <source>From the latest task evaluation</source>
        <translation>Viimeisimmästä tehtävän arviosta</translation>
    </message>
    <message>
        <source>Assumed from the period: no assessment yet</source>
        <translation>Oletettu jakson perusteella: arviointia ei vielä ole</translation>
    </message>
    <message>
        <source>{task} (with support)</source>
        <translation>{task} (tuettuna)</translation>
    </message>
    <message>
        <source>the period's goals</source>
        <translation>jakson tavoitteet</translation>
    </message>
    <message>
        <source>evaluated suitable</source>
        <translation>arvioitu sopivaksi</translation>
    </message>
    <message>
        <source>an open order</source>
        <translation>avoin tilaus</translation>
    </message>
    <message>
        <source>done lately</source>
        <translation>tehty äskettäin</translation>
    </message>
</context>
<context>
    <name>PlanVersionsDialog</name>
    <message>
        <source>Versions of the plan: {name}</source>
        <translation>Suunnitelman versiot: {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>&amp;Print this version…</source>
        <translation>&amp;Tulosta tämä versio…</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Next service day</source>
        <translation>Seuraava toimintapäivä</translation>
    </message>
    <message>
        <source>Only my trainees</source>
        <translation>Vain omat valmentautujat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Orders of the day</source>
        <translation>Päivän tilaukset</translation>
    </message>
    <message>
        <source>Trainees of the day</source>
        <translation>Päivän valmentautujat</translation>
    </message>
    <message>
        <source>Open orders on the day</source>
        <translation>Päivän avoimet tilaukset</translation>
    </message>
    <message>
        <source>Trainees and tasks</source>
        <translation>Valmentautujat ja tehtävät</translation>
    </message>
    <message>
        <source>Trainees and the tasks that fit them</source>
        <translation>Valmentautujat ja heille sopivat tehtävät</translation>
    </message>
    <message>
        <source>Levels come from the latest assessment; without one, from the latest task evaluation or the period. Point at a row to see why a task was suggested.</source>
        <translation>Tasot tulevat viimeisimmästä arvioinnista; jos sitä ei ole, viimeisimmästä tehtävän arviosta tai jaksosta. Osoita riviä nähdäksesi, miksi tehtävää ehdotetaan.</translation>
    </message>
    <message>
        <source>Choose a coaching environment above to plan its day.</source>
        <translation>Valitse yläpuolelta valmennusympäristö, jonka päivää suunnittelet.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n trainee(s)</source>
        <translation>
            <numerusform>{day}: %n valmentautuja</numerusform>
            <numerusform>{day}: %n valmentautujaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n avoin tilaus</numerusform>
            <numerusform>%n avointa tilausta</numerusform>
        </translation>
    </message>
    <message>
        <source>The service is not held: {why}</source>
        <translation>Palvelua ei järjestetä: {why}</translation>
    </message>
    <message>
        <source>not an opening day</source>
        <translation>ei aukiolopäivä</translation>
    </message>
</context>
<context>
    <name>PlansSection</name>
    <message>
        <source>Continuation plans</source>
        <translation>Jatkosuunnitelmat</translation>
    </message>
    <message>
        <source>Continuation plans are personal data. Steering groups follow outcomes through reports of aggregate figures.</source>
        <translation>Jatkosuunnitelmat ovat henkilötietoja. Ohjausryhmät seuraavat tuloksia koostelukuja sisältävien raporttien avulla.</translation>
    </message>
    <message>
        <source>The follow-up dashboard is for career agents, coaches and coordinators.</source>
        <translation>Seurantanäkymä on ura-agenteille, työvalmentajille ja koordinaattoreille.</translation>
    </message>
    <message>
        <source>As {role} you can read a trainee's plan on the trainee's page.</source>
        <translation>Roolissa {role} voit lukea valmentautujan suunnitelman hänen sivultaan.</translation>
    </message>
    <message>
        <source>What is due. Plans are written on the trainee's page: open a row (Enter or double-click).</source>
        <translation>Erääntyvät asiat. Suunnitelmat kirjoitetaan valmentautujan sivulla: avaa rivi (Enter tai kaksoisnapsautus).</translation>
    </message>
</context>
<context>
    <name>ProgressTabs</name>
    <message>
        <source>Assessments</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Suitable tasks</source>
        <translation>Sopivat työtehtävät</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
</context>
<context>
    <name>RefusalsBox</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Palvelimen hylkäämät muutokset</translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation>Avaa rekisterissä jo oleva henkilö</translation>
    </message>
    <message>
        <source>Merge this copy into the existing person…</source>
        <translation>Yhdistä tämä kopio rekisterissä olevaan henkilöön…</translation>
    </message>
    <message>
        <source>Send refused changes again</source>
        <translation>Lähetä hylätyt muutokset uudelleen</translation>
    </message>
    <message>
        <source>Merge the copy</source>
        <translation>Kopion yhdistäminen</translation>
    </message>
    <message>
        <source>Everything recorded on this computer for {copy} (periods, attendance, assessments, plans) moves to {person}, who is already in the register, and the copy is removed. Merge?</source>
        <translation>Kaikki tälle tietokoneelle henkilöstä {copy} kirjattu (jaksot, läsnäolot, arvioinnit, suunnitelmat) siirtyy henkilölle {person}, joka on jo rekisterissä, ja kopio poistetaan. Yhdistetäänkö?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to {person}.</source>
        <translation>
            <numerusform>%n tieto siirrettiin henkilölle {person}.</numerusform>
            <numerusform>%n tietoa siirrettiin henkilölle {person}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n day(s) both had an attendance entry: the existing person's entry was kept.</source>
        <translation>
            <numerusform>%n päivälle oli läsnäolomerkintä molemmilla: rekisterissä olevan henkilön merkintä säilytettiin.</numerusform>
            <numerusform>%n päivälle oli läsnäolomerkintä molemmilla: rekisterissä olevan henkilön merkinnät säilytettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Yhdistetty</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>The register holds personal data. Steering groups follow the project through reports of aggregate figures, which do not identify anyone.</source>
        <translation>Rekisterissä on henkilötietoja. Ohjausryhmät seuraavat hanketta raporteista, joiden yhteenlasketuista luvuista ei voi tunnistaa ketään.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Trainees</source>
        <translation>Valmentautujat</translation>
    </message>
    <message>
        <source>New trainee…</source>
        <translation>Uusi valmentautuja…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Start period…</source>
        <translation>Aloita jakso…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) found</source>
        <translation>
            <numerusform>%n valmentautuja löytyi</numerusform>
            <numerusform>%n valmentautujaa löytyi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAttendanceBox</name>
    <message>
        <source>Attendance recorded</source>
        <translation>Läsnäoloja kirjattu</translation>
    </message>
    <message numerus="yes">
        <source>Remove those %n day(s) of attendance and go on? The removal is logged; the allowance and absence reports no longer count them.</source>
        <translation>
            <numerusform>Poistetaanko tämän %n päivän läsnäolo ja jatketaan? Poisto kirjataan lokiin, eivätkä kulukorvaus- ja poissaoloraportit enää laske sitä.</numerusform>
            <numerusform>Poistetaanko näiden %n päivän läsnäolot ja jatketaan? Poisto kirjataan lokiin, eivätkä kulukorvaus- ja poissaoloraportit enää laske niitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove and {action}</source>
        <translation>Poista ja {action}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Monthly &amp;allowance report…</source>
        <translation>Kuukauden &amp;kulukorvausraportti…</translation>
    </message>
    <message>
        <source>Absence list for &amp;Kela…</source>
        <translation>Poissaololista K&amp;elalle…</translation>
    </message>
    <message>
        <source>Monthly attendance &amp;sheet of the trainee…</source>
        <translation>Valmentautujan kuukauden &amp;läsnäolokortti…</translation>
    </message>
    <message>
        <source>A&amp;pprove month…</source>
        <translation>&amp;Hyväksy kuukausi…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV taulukkolaskentaan (*.csv)</translation>
    </message>
    <message>
        <source>Creating {file}…</source>
        <translation>Luodaan {file}…</translation>
    </message>
    <message>
        <source>Monthly allowance report</source>
        <translation>Kuukauden kulukorvausraportti</translation>
    </message>
    <message>
        <source>Allowance days and euros of {environment}.</source>
        <translation>Ympäristön {environment} kulukorvauspäivät ja eurot.</translation>
    </message>
    <message>
        <source>Save the allowance report</source>
        <translation>Tallenna kulukorvausraportti</translation>
    </message>
    <message>
        <source>allowance-{environment}-{month}</source>
        <translation>kulukorvaukset-{environment}-{month}</translation>
    </message>
    <message>
        <source>Absence list for Kela</source>
        <translation>Poissaololista Kelalle</translation>
    </message>
    <message>
        <source>Save the absence list</source>
        <translation>Tallenna poissaololista</translation>
    </message>
    <message>
        <source>absences-{start}-{end}</source>
        <translation>poissaolot-{start}-{end}</translation>
    </message>
    <message>
        <source>Monthly attendance sheet</source>
        <translation>Kuukauden läsnäolokortti</translation>
    </message>
    <message>
        <source>A sheet for {name} to sign.</source>
        <translation>Allekirjoitettava kortti: {name}.</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Tallenna läsnäolokortti</translation>
    </message>
    <message>
        <source>attendance-{name}-{month}</source>
        <translation>lasnaolokortti-{name}-{month}</translation>
    </message>
    <message>
        <source>Approve month</source>
        <translation>Hyväksy kuukausi</translation>
    </message>
    <message>
        <source>Approve the allowance of {month} for {environment}?

The month's attendance is locked after this: later changes need a reason and are logged.</source>
        <translation>Hyväksytäänkö ympäristön {environment} kulukorvaukset ({month})?

Kuukauden läsnäolo lukitaan: myöhemmät muutokset vaativat syyn ja kirjataan lokiin.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>The allowance of {month} for {environment} was approved.</source>
        <translation>Ympäristön {environment} kulukorvaukset hyväksyttiin ({month}).</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Varoitus: {text}</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Last full quarter</source>
        <translation>Edellinen kokonainen neljännes</translation>
    </message>
    <message>
        <source>The quarter before it</source>
        <translation>Sitä edeltävä neljännes</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Kuluva neljännes tähän asti</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Edellinen kokonainen kuukausi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Edellinen vuosi</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Muu aikaväli</translation>
    </message>
    <message>
        <source>Create summary</source>
        <translation>Laadi kooste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Edistymiskooste</translation>
    </message>
    <message>
        <source>Trainees, exits and results, attendance, progress, work done for departments and plans, beside the previous range of equal length.</source>
        <translation>Valmentautujat, päättymiset ja tulokset, läsnäolo, edistyminen, toimialoille tehty työ ja jatkosuunnitelmat rinnakkain edellisen yhtä pitkän jakson kanssa.</translation>
    </message>
    <message>
        <source>Choose the area and the range, then “Create summary”. The pages appear here to read, save and print.</source>
        <translation>Valitse alue ja aikaväli ja sitten ”Laadi kooste”. Sivut tulevat tähän luettaviksi, tallennettaviksi ja tulostettaviksi.</translation>
    </message>
    <message>
        <source>No figure identifies anyone: a figure from fewer than {n} persons is shown as “&lt;{n}”, and no names or personal identity codes are included.</source>
        <translation>Mikään luku ei tunnista ketään: alle {n} henkilön luku näytetään muodossa ”&lt;{n}”, eikä koosteessa ole nimiä eikä henkilötunnuksia.</translation>
    </message>
    <message>
        <source>Your user has no municipality to summarise.</source>
        <translation>Käyttäjälläsi ei ole kuntaa, josta koostetta voisi laatia.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Ensimmäinen päivä on viimeisen päivän jälkeen.</translation>
    </message>
    <message>
        <source>progress-summary-{scope}-{start}-{end}</source>
        <translation>edistymiskooste-{scope}-{start}-{end}</translation>
    </message>
    <message>
        <source>Creating the summary…</source>
        <translation>Laaditaan koostetta…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message numerus="yes">
        <source>{scope}, {start}–{end}: %n page(s).</source>
        <translation>
            <numerusform>{scope}, {start}–{end}: %n sivu.</numerusform>
            <numerusform>{scope}, {start}–{end}: %n sivua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>The summary could not be created.</source>
        <translation>Koostetta ei voitu laatia.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume the coaching period</source>
        <translation>Jatka valmennusjaksoa</translation>
    </message>
    <message>
        <source>Paused since {day}</source>
        <translation>Keskeytetty {day} alkaen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>Paluupäivä</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Viime kerralla</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Oma</translation>
    </message>
    <message>
        <source>Level (coach's score)</source>
        <translation>Taso (valmentajan arvio)</translation>
    </message>
    <message>
        <source>{criterion}, own</source>
        <translation>{criterion}, oma arvio</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Log in to your organisation's server</source>
        <translation>Kirjaudu organisaatiosi palvelimelle</translation>
    </message>
    <message>
        <source>You log in once on this computer; the login is kept in the system keyring, never in a file.</source>
        <translation>Kirjaudut tällä tietokoneella kerran; kirjautuminen säilytetään järjestelmän avainnipussa, ei koskaan tiedostossa.</translation>
    </message>
    <message>
        <source>Your coordinator gives the server address, e.g. https://toimi.joensuu.fi, and your user name.</source>
        <translation>Koordinaattori antaa palvelimen osoitteen, esim. https://toimi.joensuu.fi, ja käyttäjätunnuksesi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Hankkeen asetukset</translation>
    </message>
    <message>
        <source>Only a coordinator can change these.</source>
        <translation>Vain koordinaattori voi muuttaa näitä.</translation>
    </message>
    <message>
        <source>Allowed {low}–{high}.</source>
        <translation>Sallittu {low}–{high}.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tekstin koko</translation>
    </message>
    <message>
        <source>The language and text size change when TOIMI Desktop starts again.</source>
        <translation>Kieli ja tekstin koko vaihtuvat, kun TOIMI Desktop käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Run the first-start &amp;wizard again…</source>
        <translation>Käynnistä aloitusohjelma &amp;uudelleen…</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>ei määritetty</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Kirjautunut käyttäjänä</translation>
    </message>
    <message>
        <source>Log in to a server…</source>
        <translation>Kirjaudu palvelimelle…</translation>
    </message>
    <message>
        <source>Change the server or log in again…</source>
        <translation>Vaihda palvelinta tai kirjaudu uudelleen…</translation>
    </message>
    <message>
        <source>The address is checked and saved when the server accepts your login.</source>
        <translation>Osoite tarkistetaan ja tallennetaan, kun palvelin hyväksyy kirjautumisesi.</translation>
    </message>
    <message>
        <source>Assessment templates</source>
        <translation>Arviointipohjat</translation>
    </message>
    <message>
        <source>The criteria and scales of assessments are versioned templates, edited in the Assessments section.</source>
        <translation>Arviointien kohteet ja asteikot ovat versioituja arviointipohjia, joita muokataan Arvioinnit-osiossa.</translation>
    </message>
    <message>
        <source>&amp;Open the templates</source>
        <translation>&amp;Avaa arviointipohjat</translation>
    </message>
    <message>
        <source>The new language and text size are used when you start TOIMI Desktop again.</source>
        <translation>Uutta kieltä ja tekstin kokoa käytetään, kun käynnistät TOIMI Desktopin uudelleen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Vaihda käyttäjää</translation>
    </message>
    <message>
        <source>Sign in to TOIMI Desktop</source>
        <translation>Kirjaudu TOIMI Desktopiin</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password. Everything you open in the app is logged under your name.</source>
        <translation>Kirjaudu omalla käyttäjätunnuksellasi ja salasanallasi. Kaikki, mitä avaat sovelluksessa, kirjataan lokiin nimissäsi.</translation>
    </message>
    <message>
        <source>e.g. mvirtanen</source>
        <translation>esim. mvirtanen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Demo database: every demo user's password is “demo”. The README lists the users of each role.</source>
        <translation>Esittelytietokanta: jokaisen esittelykäyttäjän salasana on ”demo”. README-tiedostossa on kunkin roolin käyttäjät.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>Miten haluat aloittaa?</translation>
    </message>
    <message>
        <source>You can run this wizard again later from File → Settings.</source>
        <translation>Voit käydä nämä vaiheet uudelleen myöhemmin kohdasta Tiedosto → Asetukset.</translation>
    </message>
    <message>
        <source>&amp;Try it with demo data</source>
        <translation>&amp;Kokeile esittelytiedoilla</translation>
    </message>
    <message>
        <source>Invented trainees, coaches and attendance in all 13 North Karelian municipalities. Nothing is sent anywhere: good for learning and training.</source>
        <translation>Keksittyjä valmentautujia, valmentajia ja läsnäoloja kaikissa 13 Pohjois-Karjalan kunnassa. Mitään ei lähetetä minnekään: sopii opetteluun ja koulutukseen.</translation>
    </message>
    <message>
        <source>&amp;Connect to my organisation's server</source>
        <translation>&amp;Yhdistä organisaationi palvelimeen</translation>
    </message>
    <message>
        <source>Your coordinator gives you the server address and your user name. Your trainees and colleagues' records arrive from the server.</source>
        <translation>Koordinaattori antaa palvelimen osoitteen ja käyttäjätunnuksesi. Valmentautujasi ja kollegoidesi kirjaukset tulevat palvelimelta.</translation>
    </message>
    <message>
        <source>Use a database on this &amp;computer only</source>
        <translation>Käytä tietokantaa vain tällä &amp;tietokoneella</translation>
    </message>
    <message>
        <source>An empty database that is not synchronised. You become its first coordinator and can add the rest yourself.</source>
        <translation>Tyhjä tietokanta, jota ei synkronoida. Sinusta tulee sen ensimmäinen koordinaattori, ja voit lisätä muut itse.</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Tietosi tallennetaan kansioon {folder}</translation>
    </message>
</context>
<context>
    <name>StartPeriodDialog</name>
    <message>
        <source>Start a coaching period</source>
        <translation>Aloita valmennusjakso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Rehabilitative work activity: {low_m}–{high_m} months, {low_h}–{high_h} hours a day, {low_d}–{high_d} days a week.</source>
        <translation>Kuntouttava työtoiminta: {low_m}–{high_m} kuukautta, {low_h}–{high_h} tuntia päivässä, {low_d}–{high_d} päivää viikossa.</translation>
    </message>
    <message>
        <source>Trainee: {name}</source>
        <translation>Valmentautuja: {name}</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <source>Start period</source>
        <translation>Aloita jakso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Export all data of {name}</source>
        <translation>Vie kaikki tiedot: {name}</translation>
    </message>
    <message>
        <source>data-{name}</source>
        <translation>tiedot-{name}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, machine-readable (*.json)</source>
        <translation>JSON, koneluettava (*.json)</translation>
    </message>
    <message>
        <source>Access report of {name}</source>
        <translation>Lokiraportti: {name}</translation>
    </message>
    <message>
        <source>access-report-{name}</source>
        <translation>lokiraportti-{name}</translation>
    </message>
</context>
<context>
    <name>SuitabilityPage</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>Suitable tasks</source>
        <translation>Sopivat tehtävät</translation>
    </message>
    <message>
        <source>{name} 1 (no assessment yet)</source>
        <translation>{name} 1 (ei vielä arviointia)</translation>
    </message>
    <message>
        <source>{name} {level} ({template} {day})</source>
        <translation>{name} {level} ({template} {day})</translation>
    </message>
    <message>
        <source>– capped at 2 until safety is at level 3</source>
        <translation>– enintään 2, kunnes työturvallisuus on tasolla 3</translation>
    </message>
    <message>
        <source>The trainee has no coaching period: no environment's tasks to judge.</source>
        <translation>Valmentautujalla ei ole valmennusjaksoa: ei ympäristön tehtäviä arvioitavaksi.</translation>
    </message>
    <message>
        <source>No assessment yet: a newcomer starts with level 1 tasks.</source>
        <translation>Ei vielä arviointia: uusi valmentautuja aloittaa tason 1 tehtävistä.</translation>
    </message>
    <message>
        <source>Levels from the latest assessments:</source>
        <translation>Tasot viimeisimmistä arvioinneista:</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>osaaminen</translation>
    </message>
    <message>
        <source>work ability</source>
        <translation>työkyky</translation>
    </message>
    <message>
        <source>{environment}: {suitable} suitable, {support} with support, {not_suitable} not suitable on {day}.</source>
        <translation>{environment}: {suitable} sopivaa, {support} tuettuna, {not_suitable} ei sovi {day}.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync failed unexpectedly; the details are in the log file.</source>
        <translation>Synkronointi epäonnistui odottamatta; tiedot ovat lokitiedostossa.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Everything you save stays on this computer and is sent to the central server when it answers; changes made by others arrive at the same time.</source>
        <translation>Kaikki tallentamasi säilyy tällä tietokoneella ja lähetetään keskuspalvelimelle, kun se vastaa; muiden tekemät muutokset tulevat samalla.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Odottaa lähetystä</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Viimeisin onnistunut synkronointi</translation>
    </message>
    <message>
        <source>Log in to a server…</source>
        <translation>Kirjaudu palvelimelle…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>ei määritetty</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Kirjaudu uudelleen…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Synkronointi: ei määritetty</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Yhteys</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n muutos lähettämättä</numerusform>
            <numerusform>%n muutosta lähettämättä</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>Synkronoitu {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <source>Sending %v/%m</source>
        <translation>Lähetetään %v/%m</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Vastaanotetaan</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit work task</source>
        <translation>Muokkaa työtehtävää</translation>
    </message>
    <message>
        <source>New work task</source>
        <translation>Uusi työtehtävä</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>e.g. Parks, Facilities, Schools</source>
        <translation>esim. Puistot, Tilapalvelut, Koulut</translation>
    </message>
    <message>
        <source>Can be done in a group</source>
        <translation>Voidaan tehdä ryhmässä</translation>
    </message>
    <message>
        <source>Induction needed before the first time</source>
        <translation>Vaatii perehdytyksen ennen ensimmäistä kertaa</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>e.g. Gloves, safety shoes</source>
        <translation>esim. käsineet, turvakengät</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ala</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Tilaaja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Osaamistaso</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Työkykyvaatimus</translation>
    </message>
    <message>
        <source>Physical load</source>
        <translation>Fyysinen kuormitus</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Välineet</translation>
    </message>
    <message>
        <source>Protective equipment</source>
        <translation>Suojavarusteet</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Turvallisuusohjeet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>TaskFitModel</name>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ala</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Osaaminen</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Soveltuvuus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <source>Ordered by {department}</source>
        <translation>Tilaaja: {department}</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Search tasks, descriptions, orderers…</source>
        <translation>Hae tehtäviä, kuvauksia, tilaajia…</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Kaikki alat</translation>
    </message>
    <message>
        <source>Suits level {n}</source>
        <translation>Sopii tasolle {n}</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Kaikki tasot</translation>
    </message>
    <message>
        <source>Any season</source>
        <translation>Kaikki kaudet</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>In use or not</source>
        <translation>Käytössä tai ei</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Uusi tehtävä…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Record evaluation…</source>
        <translation>Kirjaa arvio…</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Work tasks</source>
        <translation>Työtehtävät</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Hae tehtäviä</translation>
    </message>
    <message>
        <source>The selected task</source>
        <translation>Valittu tehtävä</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tehtävä</numerusform>
            <numerusform>%n tehtävää</numerusform>
        </translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>Palauta käyttöön</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ala</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Tilaaja</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Osaamistaso</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Työkykyvaatimus</translation>
    </message>
    <message>
        <source>Physical load</source>
        <translation>Fyysinen kuormitus</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Ryhmätyö</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Induction needed</source>
        <translation>Vaatii perehdytyksen</translation>
    </message>
    <message>
        <source>Protective equipment</source>
        <translation>Suojavarusteet</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Välineet</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Turvallisuusohjeet</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>ei käytössä</translation>
    </message>
    <message>
        <source>Evidence from evaluations</source>
        <translation>Arvioiden kertoma</translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Ei vielä arvioitu.</translation>
    </message>
    <message>
        <source>Trainee level</source>
        <translation>Valmentautujan taso</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Sopii</translation>
    </message>
    <message>
        <source>With support</source>
        <translation>Tuettuna</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Ei sovi</translation>
    </message>
    <message>
        <source>the task is rated at level {level}.</source>
        <translation>tehtävä on luokiteltu tasolle {level}.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>taso</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Evidence: suits level {level}</source>
        <translation>Arviot: sopii tasolle {level}</translation>
    </message>
    <message>
        <source>Evidence: needs level {level}</source>
        <translation>Arviot: vaatii tason {level}</translation>
    </message>
    <message>
        <source>Evidence: not suitable</source>
        <translation>Arviot: ei sovi</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ala</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Osaaminen</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Työkykyvaatimus</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>Evidence suggests</source>
        <translation>Arviot ehdottavat</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>{suitable}/{total} suitable</source>
        <translation>{suitable}/{total} sopii</translation>
    </message>
    <message>
        <source>not suitable</source>
        <translation>ei sovi</translation>
    </message>
    <message>
        <source>{arrow} level {level}</source>
        <translation>{arrow} taso {level}</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Ei vielä arvioitu</translation>
    </message>
    <message>
        <source>Level {level}: {s} suitable, {w} with support, {n} not suitable</source>
        <translation>Taso {level}: {s} sopii, {w} tuettuna, {n} ei sovi</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New assessment template</source>
        <translation>Uusi arviointipohja</translation>
    </message>
    <message>
        <source>New version of {name}</source>
        <translation>Uusi versio: {name}</translation>
    </message>
    <message>
        <source>The trainee assesses themself with the same criteria</source>
        <translation>Valmentautuja arvioi itseään samoilla kriteereillä</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Lisää kriteeri</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Key: lower-case letters, digits and _ (it links the scores of later versions). Scale within 0–10. Level descriptions as “1 = needs much support; 5 = independent”. Suitability: whether the criterion tells about the skill or the work-ability demand a task may have.</source>
        <translation>Tunniste: pieniä kirjaimia, numeroita ja _ (se yhdistää myöhempien versioiden arviot). Asteikko välillä 0–10. Tasojen kuvaukset muodossa ”1 = tarvitsee paljon tukea; 5 = itsenäinen”. Soveltuvuus: kertooko kriteeri tehtävän osaamis- vai työkykyvaatimuksesta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriteerit</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Tallenna uutena versiona</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Tallenna arviointipohja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Version {version} will be retired; assessments made with it keep its criteria.</source>
        <translation>Versio {version} poistuu käytöstä; sillä tehdyt arvioinnit säilyttävät sen kriteerit.</translation>
    </message>
    <message>
        <source>Write the level descriptions of criterion {rows} as “1 = text; 5 = text”.</source>
        <translation>Kirjoita kriteerin {rows} tasojen kuvaukset muodossa ”1 = teksti; 5 = teksti”.</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Template</source>
        <translation>Arviointipohja</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriteerejä</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Itsearviointi</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistettu käytöstä</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Assessment templates</source>
        <translation>Arviointipohjat</translation>
    </message>
    <message>
        <source>Criteria of the selected template</source>
        <translation>Valitun arviointipohjan arviointikohteet</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriteerit</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Uusi arviointipohja…</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Uusi &amp;versio…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Poista &amp;käytöstä</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Näytä käytöstä poistetut</translation>
    </message>
    <message>
        <source>Coordinators add templates and new versions.</source>
        <translation>Arviointipohjia ja niiden uusia versioita lisäävät koordinaattorit.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Palauta &amp;käyttöön</translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <source>Edit trainee</source>
        <translation>Muokkaa valmentautujaa</translation>
    </message>
    <message>
        <source>New trainee</source>
        <translation>Uusi valmentautuja</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Client manager who referred the trainee</source>
        <translation>Ohjannut asiakasvastaava</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Taken from the identity code when left empty.</source>
        <translation>Tyhjänä otetaan henkilötunnuksesta.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Suostumuspäivä</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Ohjannut asiakasvastaava</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
    <message>
        <source>e.g. fi, ru, ar</source>
        <translation>esim. fi, ru, ar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Vammaisuus</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Kolmannen maan kansalainen</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Ulkomainen tausta</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Vähemmistö</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Asunnoton</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Asuu maaseudulla</translation>
    </message>
    <message>
        <source>Languages and ESF+ entry data</source>
        <translation>Kielet ja ESR+-aloitustiedot</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>ISO codes separated by commas.</source>
        <translation>ISO-koodit pilkuin erotettuina.</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Työmarkkina-asema</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Disability and minority are special categories of personal data: record them only if the trainee agrees to tell.</source>
        <translation>Vammaisuus ja vähemmistöön kuuluminen ovat erityisiä henkilötietoja: kirjaa ne vain, jos valmentautuja suostuu kertomaan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>{code} (kept; type a new code to change it)</source>
        <translation>{code} (säilyy; kirjoita uusi tunnus, jos haluat muuttaa sen)</translation>
    </message>
</context>
<context>
    <name>TraineeListModel</name>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Period status</source>
        <translation>Jakson tila</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
</context>
<context>
    <name>TraineeView</name>
    <message>
        <source>← Back to the register</source>
        <translation>← Takaisin rekisteriin</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Start period…</source>
        <translation>Aloita jakso…</translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation>Päätä jakso…</translation>
    </message>
    <message>
        <source>Change period…</source>
        <translation>Muuta jaksoa…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Keskeytä…</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>Vie kaikki tiedot…</translation>
    </message>
    <message>
        <source>Everything about this person as a readable PDF or a machine-readable JSON file (a subject access request)</source>
        <translation>Kaikki henkilön tiedot luettavana PDF-tiedostona tai koneluettavana JSON-tiedostona (tarkastuspyyntö)</translation>
    </message>
    <message>
        <source>Access report…</source>
        <translation>Lokiraportti…</translation>
    </message>
    <message>
        <source>Who has seen this person's data, and when</source>
        <translation>Kuka on nähnyt henkilön tiedot ja milloin</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Show the whole personal identity code (each showing is logged)</source>
        <translation>Näytä koko henkilötunnus (jokainen näyttäminen kirjataan lokiin)</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Suostumuspäivä</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Ohjannut asiakasvastaava</translation>
    </message>
    <message>
        <source>Target groups and languages</source>
        <translation>Kohderyhmät ja kielet</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>ESF+ entry data</source>
        <translation>ESR+-aloitustiedot</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Työmarkkina-asema</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Vammaisuus</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Kolmannen maan kansalainen</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Ulkomainen tausta</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Vähemmistö</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Asunnoton</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Asuu maaseudulla</translation>
    </message>
    <message>
        <source>Coaching periods {name}</source>
        <translation>Valmennusjaksot {name}</translation>
    </message>
    <message>
        <source>Coaching periods</source>
        <translation>Valmennusjaksot</translation>
    </message>
    <message>
        <source>No coaching periods yet.</source>
        <translation>Ei vielä valmennusjaksoja.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Keskeytykset</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Ura-agentti</translation>
    </message>
    <message>
        <source>Coaching package</source>
        <translation>Valmennuspaketti</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>{municipality} · no open coaching period</source>
        <translation>{municipality} · ei avointa valmennusjaksoa</translation>
    </message>
    <message>
        <source>{municipality} · coaching period at {environment}: {state}</source>
        <translation>{municipality} · valmennusjakso: {environment}, {state}</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Jatka…</translation>
    </message>
    <message>
        <source>{hours} h a day, {days} days a week: {weekdays}</source>
        <translation>{hours} h päivässä, {days} päivää viikossa: {weekdays}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>from {start}, still paused</source>
        <translation>{start} alkaen, yhä keskeytetty</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No assessments yet</source>
        <translation>Ei vielä arviointeja</translation>
    </message>
    <message>
        <source>{group} (own)</source>
        <translation>{group} (oma)</translation>
    </message>
</context>
<context>
    <name>UnsavedBox</name>
    <message>
        <source>Unsaved attendance</source>
        <translation>Tallentamattomia merkintöjä</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s) have not been saved.</source>
        <translation>
            <numerusform>%n läsnäolomerkintä on tallentamatta.</numerusform>
            <numerusform>%n läsnäolomerkintää on tallentamatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Tallennetaanko ne ennen kuin jatkat?</translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tallentaja</translation>
    </message>
</context>
<context>
    <name>WeekdayPicker</name>
    <message>
        <source>The coaching environment does not work on this weekday.</source>
        <translation>Valmennusympäristö ei toimi tänä viikonpäivänä.</translation>
    </message>
</context>
<context>
    <name>WorkCommon</name>
    <message>
        <source>skill {skill} · work ability {ability}</source>
        <translation>osaaminen {skill} · työkyky {ability}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>_OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo database…</source>
        <translation>Luodaan esittelytietokantaa…</translation>
    </message>
    <message>
        <source>TOIMI Desktop</source>
        <translation>TOIMI Desktop</translation>
    </message>
    <message>
        <source>Restored from the backup; the previous database was kept as {path}.</source>
        <translation>Palautettu varmuuskopiosta; aiempi tietokanta säilytettiin nimellä {path}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the database file</source>
        <translation>tietokantatiedosto</translation>
    </message>
    <message>
        <source>act as this user, who signs in with their password (from $TOIMI_PASSWORD, a prompt or standard input; default user: the database's current one)</source>
        <translation>toimi tämän käyttäjän nimissä; käyttäjä kirjautuu salasanallaan (ympäristömuuttujasta $TOIMI_PASSWORD, kysymällä tai vakiosyötteestä; oletuksena tietokannan nykyinen käyttäjä)</translation>
    </message>
    <message>
        <source>fill a database with demo data</source>
        <translation>täytä tietokanta esittelyaineistolla</translation>
    </message>
    <message>
        <source>Create or fill a database with a realistic, deterministic demo North Karelia: users of every role, environments, work tasks, trainees, coaching periods and six months of attendance.</source>
        <translation>Luo tai täytä tietokanta realistisella, toistettavalla esittely-Pohjois-Karjalalla: kaikkien roolien käyttäjät, valmennusympäristöt, työtehtävät, valmentautujat, valmennusjaksot ja kuuden kuukauden läsnäolot.</translation>
    </message>
    <message>
        <source>number of trainees (default 600)</source>
        <translation>valmentautujien määrä (oletus 600)</translation>
    </message>
    <message>
        <source>random seed; the same seed and date give the same data (default 1)</source>
        <translation>satunnaislukusiemen; sama siemen ja päivä antavat saman aineiston (oletus 1)</translation>
    </message>
    <message>
        <source>the date the data is made for (default: today)</source>
        <translation>päivä, jolle aineisto tehdään (oletus: tänään)</translation>
    </message>
    <message>
        <source>replace the trainees and users already in the database (test databases only)</source>
        <translation>korvaa tietokannassa jo olevat valmentautujat ja käyttäjät (vain testitietokannoissa)</translation>
    </message>
    <message>
        <source>Demo data written to {path} in {seconds:.1f} s (seed {seed}, today {today}):</source>
        <translation>Esittelyaineisto kirjoitettu tiedostoon {path} ajassa {seconds:.1f} s (siemen {seed}, päivä {today}):</translation>
    </message>
    <message>
        <source>Sign in as “koordinaattori” with the password “{password}” (every demo user has it); `toimi users --db {path}` lists everyone.</source>
        <translation>Kirjaudu käyttäjänä ”koordinaattori” salasanalla ”{password}” (sama kaikilla esittelykäyttäjillä); `toimi users --db {path}` luettelee kaikki käyttäjät.</translation>
    </message>
    <message>
        <source>upgrade a database's schema to the newest version</source>
        <translation>päivitä tietokannan rakenne uusimpaan versioon</translation>
    </message>
    <message>
        <source>Upgrade the database schema to the newest revision (creates the file if it does not exist).</source>
        <translation>Päivittää tietokannan rakenteen uusimpaan versioon (luo tiedoston, jos sitä ei ole).</translation>
    </message>
    <message>
        <source>{path}: schema already at revision {revision}.</source>
        <translation>{path}: rakenne on jo versiossa {revision}.</translation>
    </message>
    <message>
        <source>{path}: schema upgraded from {before} to revision {revision}.</source>
        <translation>{path}: rakenne päivitetty versiosta {before} versioon {revision}.</translation>
    </message>
    <message>
        <source>list the users of a database</source>
        <translation>luettele tietokannan käyttäjät</translation>
    </message>
    <message>
        <source>List the local users (whom to sign in as), with role and municipalities; * marks the current user.</source>
        <translation>Luettelee paikalliset käyttäjät (joina voi kirjautua) rooleineen ja kuntineen; * merkitsee nykyisen käyttäjän.</translation>
    </message>
    <message>
        <source>The database has no users yet.</source>
        <translation>Tietokannassa ei ole vielä käyttäjiä.</translation>
    </message>
    <message>
        <source>all municipalities</source>
        <translation>kaikki kunnat</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>käyttäjätunnus</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>kunnat</translation>
    </message>
    <message>
        <source>language of messages: fi (default) or en</source>
        <translation>viestien kieli: fi (oletus) tai en</translation>
    </message>
    <message>
        <source>TOIMI Desktop administration: demo data, schema, users, attendance reports and month approvals.</source>
        <translation>TOIMI Desktopin ylläpito: esittelyaineisto, tietokannan rakenne, käyttäjät, läsnäoloraportit ja kuukausien hyväksyntä.</translation>
    </message>
    <message>
        <source>The database could not be used: {reason}</source>
        <translation>Tietokantaa ei voitu käyttää: {reason}</translation>
    </message>
    <message>
        <source>a trainee's continuation plan (PDF)</source>
        <translation>valmentautujan jatkosuunnitelma (PDF)</translation>
    </message>
    <message>
        <source>A trainee's continuation plan for signing by the trainee and the career agent (PDF): the current version, or an earlier one with --version.</source>
        <translation>Valmentautujan jatkosuunnitelma valmentautujan ja ura-agentin allekirjoitettavaksi (PDF): nykyinen versio tai --version-valitsimella aiempi.</translation>
    </message>
    <message>
        <source>the trainee: id, HETU or “Last First”</source>
        <translation>valmentautuja: tunniste, henkilötunnus tai ”Sukunimi Etunimi”</translation>
    </message>
    <message>
        <source>a person's access report (PDF)</source>
        <translation>henkilön lokiraportti (PDF)</translation>
    </message>
    <message>
        <source>Who has used a person's data, when, with which role and with what outcome, and who changed it: for a subject access request (coordinators).</source>
        <translation>Kuka on käsitellyt henkilön tietoja, milloin, missä roolissa ja millä tuloksella, sekä kuka on muuttanut niitä: tarkastuspyyntöä varten (koordinaattorit).</translation>
    </message>
    <message>
        <source>everything about one trainee (PDF or JSON)</source>
        <translation>kaikki yhden valmentautujan tiedot (PDF tai JSON)</translation>
    </message>
    <message>
        <source>Everything stored about one trainee — record, periods and outcomes, attendance, assessments, plans and their versions, changes and the access log — as a readable PDF or a machine-readable JSON file (subject access and portability; coordinators).</source>
        <translation>Kaikki yhdestä valmentautujasta tallennettu – perustiedot, jaksot ja tulokset, läsnäolot, arvioinnit, suunnitelmat versioineen, muutokset ja käyttöloki – luettavana PDF-tiedostona tai koneluettavana JSON-tiedostona (tarkastusoikeus ja siirto-oikeus; koordinaattorit).</translation>
    </message>
    <message>
        <source>the output file, .pdf or .json</source>
        <translation>tulostiedosto, .pdf tai .json</translation>
    </message>
    <message>
        <source>an earlier saved version of the plan</source>
        <translation>suunnitelman aiemmin tallennettu versio</translation>
    </message>
    <message>
        <source>the output file, .pdf</source>
        <translation>tulostiedosto, .pdf</translation>
    </message>
    <message>
        <source>{month} approved for {environment} by {user}.</source>
        <translation>{month} hyväksytty: {environment}, hyväksyjä {user}.</translation>
    </message>
    <message>
        <source>the coaching environment's name, e.g. Taitamo</source>
        <translation>valmennusympäristön nimi, esim. Taitamo</translation>
    </message>
    <message>
        <source>the month, e.g. 2026-10</source>
        <translation>kuukausi, esim. 2026-10</translation>
    </message>
    <message>
        <source>write a report (PDF/CSV)</source>
        <translation>kirjoita raportti (PDF/CSV)</translation>
    </message>
    <message>
        <source>Write the monthly allowance report, the absence list for Kela or a trainee's signable monthly attendance sheet.</source>
        <translation>Kirjoittaa kuukauden kulukorvausraportin, poissaololuettelon Kelalle tai valmentautujan allekirjoitettavan kuukauden läsnäolokortin.</translation>
    </message>
    <message>
        <source>monthly allowance report of an environment</source>
        <translation>valmennusympäristön kuukauden kulukorvaukset</translation>
    </message>
    <message>
        <source>Days attended, allowance days and euros per trainee in rehabilitative work activity, absences by reason, totals and signature lines.</source>
        <translation>Kuntouttavan työtoiminnan valmentautujien läsnäolopäivät, korvauspäivät ja eurot, poissaolot syyn mukaan, yhteissummat ja allekirjoitusrivit.</translation>
    </message>
    <message>
        <source>the output file, .pdf or .csv</source>
        <translation>tulostiedosto, .pdf tai .csv</translation>
    </message>
    <message>
        <source>absence list for Kela</source>
        <translation>poissaololuettelo Kelalle</translation>
    </message>
    <message>
        <source>Absences in rehabilitative work activity for a date range, grouped into runs with their reason code. Without --from and --to: the two calendar weeks before this week.</source>
        <translation>Kuntouttavan työtoiminnan poissaolot aikaväliltä yhtäjaksoisiksi jaksoiksi koottuina syykoodeineen. Ilman valintoja --from ja --to: tätä viikkoa edeltävät kaksi kalenteriviikkoa.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>ensimmäinen päivä</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>viimeinen päivä</translation>
    </message>
    <message>
        <source>show whole personal identity codes (the copy sent to Kela; each is logged as shown)</source>
        <translation>näytä kokonaiset henkilötunnukset (Kelalle lähetettävä kappale; jokainen kirjataan lokiin näytetyksi)</translation>
    </message>
    <message>
        <source>a trainee's monthly attendance sheet</source>
        <translation>valmentautujan kuukauden läsnäolokortti</translation>
    </message>
    <message>
        <source>A trainee's signable monthly attendance sheet (PDF).</source>
        <translation>Valmentautujan allekirjoitettava kuukauden läsnäolokortti (PDF).</translation>
    </message>
    <message>
        <source>approve a month's allowance (locks its attendance)</source>
        <translation>hyväksy kuukauden kulukorvaukset (lukitsee läsnäolot)</translation>
    </message>
    <message>
        <source>Approve an environment's allowance for a month that has ended. Its attendance is locked: later changes need a reason and are audited.</source>
        <translation>Hyväksyy valmennusympäristön kulukorvaukset päättyneeltä kuukaudelta. Kuukauden läsnäolot lukitaan: myöhemmät muutokset vaativat syyn ja kirjataan lokiin.</translation>
    </message>
    <message>
        <source>an environment's service catalogue (PDF)</source>
        <translation>ympäristön palveluluettelo (PDF)</translation>
    </message>
    <message>
        <source>The work service packages and the task catalogue of a coaching environment for the ordering departments (PDF); with --package, that package's service card.</source>
        <translation>Valmennusympäristön työpalvelupaketit ja tehtäväluettelo tilaaville toimialoille (PDF); --package-valitsimella paketin palvelukortti.</translation>
    </message>
    <message>
        <source>only this service package's card</source>
        <translation>vain tämän palvelupaketin kortti</translation>
    </message>
    <message>
        <source>log this database in to a sync server</source>
        <translation>kirjaa tietokanta synkronointipalvelimelle</translation>
    </message>
    <message>
        <source>Log in to the central sync server once per device. The password is asked for (or read from standard input); the device token is kept in the system keyring, never in a file.</source>
        <translation>Kirjaudu keskitetylle synkronointipalvelimelle kerran laitetta kohden. Salasana kysytään (tai luetaan vakiosyötteestä); laitteen tunniste säilytetään järjestelmän avainnipussa, ei koskaan tiedostossa.</translation>
    </message>
    <message>
        <source>the sync server's address, e.g. https://toimi.example.fi</source>
        <translation>synkronointipalvelimen osoite, esim. https://toimi.example.fi</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>käyttäjätunnuksesi palvelimella</translation>
    </message>
    <message>
        <source>a name for this computer (default: host name)</source>
        <translation>tämän tietokoneen nimi (oletus: koneen nimi)</translation>
    </message>
    <message>
        <source>sync a database with the server</source>
        <translation>synkronoi tietokanta palvelimen kanssa</translation>
    </message>
    <message>
        <source>Send this computer's changes to the sync server and take in everyone else's. An interrupted sync continues where it stopped.</source>
        <translation>Lähetä tämän tietokoneen muutokset synkronointipalvelimelle ja ota vastaan muiden muutokset. Keskeytynyt synkronointi jatkuu siitä, mihin se jäi.</translation>
    </message>
    <message>
        <source>only show the sync status</source>
        <translation>näytä vain synkronoinnin tila</translation>
    </message>
    <message>
        <source>send the changes the server refused again</source>
        <translation>lähetä palvelimen hylkäämät muutokset uudelleen</translation>
    </message>
    <message>
        <source>log this database out of the sync server</source>
        <translation>kirjaa tietokanta ulos synkronointipalvelimelta</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Käyttäjän {user} salasana: </translation>
    </message>
    <message>
        <source>Logged in to {server} as {user}. Run `toimi sync --db {path}` to sync.</source>
        <translation>Kirjauduttu palvelimelle {server} käyttäjänä {user}. Synkronoi komennolla `toimi sync --db {path}`.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Kirjauduttu ulos.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Ei kirjautunut.</translation>
    </message>
    <message>
        <source>Synced in {seconds} s: sent {pushed}, refused {refused}, received {pulled} records ({kb} kB on the wire).</source>
        <translation>Synkronoitu ({seconds} s): lähetetty {pushed}, hylätty {refused}, vastaanotettu {pulled} tietuetta ({kb} kt verkossa).</translation>
    </message>
    <message>
        <source>1 text edited on two devices: both versions are kept until someone chooses in the app.</source>
        <translation>1 teksti on muokattu kahdella laitteella: molemmat versiot säilyvät, kunnes joku valitsee sovelluksessa.</translation>
    </message>
    <message>
        <source>{n} texts edited on two devices: both versions are kept until someone chooses in the app.</source>
        <translation>{n} tekstiä on muokattu kahdella laitteella: molemmat versiot säilyvät, kunnes joku valitsee sovelluksessa.</translation>
    </message>
    <message>
        <source>Changes the server refused (they wait on this computer):</source>
        <translation>Palvelimen hylkäämät muutokset (odottavat tällä tietokoneella):</translation>
    </message>
    <message>
        <source>Records from the server not stored on this computer (tried again at every sync):</source>
        <translation>Palvelimelta tulleet tiedot, joita ei voitu tallentaa tälle tietokoneelle (yritetään uudelleen joka synkronoinnissa):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Server: {server} (user {user})</source>
        <translation>Palvelin: {server} (käyttäjä {user})</translation>
    </message>
    <message>
        <source>Waiting to be sent: {pending}; refused: {refused}; conflicts: {conflicts}; not stored here: {failures}</source>
        <translation>Odottaa lähetystä: {pending}; hylätty: {refused}; ristiriitoja: {conflicts}; ei tallennettu tänne: {failures}</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Viimeisin onnistunut synkronointi: {when}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Viimeisin virhe: {error}</translation>
    </message>
    <message>
        <source>the steering group's progress summary (PDF)</source>
        <translation>ohjausryhmän edistymiskooste (PDF)</translation>
    </message>
    <message>
        <source>The progress summary of a municipality, a service area or the whole project for a date range, beside the previous range of equal length. Figures from fewer people than the threshold are suppressed. Without --from and --to: the last full quarter.</source>
        <translation>Kunnan, palvelualueen tai koko hankkeen edistymiskooste aikaväliltä rinnakkain edellisen yhtä pitkän jakson kanssa. Kynnysarvoa pienemmän henkilömäärän luvut piilotetaan. Ilman valitsimia --from ja --to: edellinen kokonainen neljännes.</translation>
    </message>
    <message>
        <source>a municipality's name or code, e.g. Joensuu</source>
        <translation>kunnan nimi tai koodi, esim. Joensuu</translation>
    </message>
    <message>
        <source>a service area's name, e.g. "Pielisen Karjala"</source>
        <translation>palvelualueen nimi, esim. "Pielisen Karjala"</translation>
    </message>
    <message>
        <source>the whole project (coordinators)</source>
        <translation>koko hanke (koordinaattorit)</translation>
    </message>
    <message>
        <source>export data (ESF+ reporting, one trainee's data)</source>
        <translation>vie tietoja (ESR+-raportointi, yhden valmentautujan tiedot)</translation>
    </message>
    <message>
        <source>Export data: the ESF+ reporting to the funder, or everything about one trainee.</source>
        <translation>Vie tietoja: ESR+-raportointi rahoittajalle tai kaikki yhden valmentautujan tiedot.</translation>
    </message>
    <message>
        <source>ESF+ participant data and indicators (XLSX/CSV, coordinators)</source>
        <translation>ESR+-osallistujatiedot ja indikaattorit (XLSX/CSV, koordinaattorit)</translation>
    </message>
    <message>
        <source>Per participant the ESF+ entry data, the results on leaving and six months after, and the indicators by gender, for participants in the date range. The XLSX has a sheet for each; the CSV has the participants. Coordinators only; the export is logged.</source>
        <translation>Aikavälin osallistujista kunkin ESR+-aloitustiedot, tulokset lähtöhetkellä ja kuusi kuukautta myöhemmin sekä indikaattorit sukupuolen mukaan. XLSX-tiedostossa kullekin on oma välilehtensä, CSV-tiedostossa ovat osallistujat. Vain koordinaattoreille; vienti kirjataan lokiin.</translation>
    </message>
    <message>
        <source>the output file, .xlsx or .csv</source>
        <translation>tulostiedosto, .xlsx tai .csv</translation>
    </message>
    <message>
        <source>import trainees, periods or attendance from XLSX or CSV</source>
        <translation>tuo valmentautujia, jaksoja tai läsnäoloja XLSX- tai CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Import trainees, coaching periods or attendance from an Excel (.xlsx) or CSV file. Every row is checked first; rows already in the database are skipped, so importing the same file again adds nothing. The columns are matched by their headers (Finnish or English), or as last chosen in the app for a file with the same headers.</source>
        <translation>Tuo valmentautujia, valmennusjaksoja tai läsnäoloja Excel- (.xlsx) tai CSV-tiedostosta. Jokainen rivi tarkistetaan ensin; tietokannassa jo olevat rivit ohitetaan, joten saman tiedoston tuominen uudelleen ei lisää mitään. Sarakkeet tunnistetaan otsikoistaan (suomeksi tai englanniksi) tai niin kuin ne viimeksi valittiin sovelluksessa tiedostolle, jolla on samat otsikot.</translation>
    </message>
    <message>
        <source>the .xlsx or .csv file</source>
        <translation>.xlsx- tai .csv-tiedosto</translation>
    </message>
    <message>
        <source>what the file holds (default: told by its columns)</source>
        <translation>mitä tiedostossa on (oletus: päätellään sarakkeista)</translation>
    </message>
    <message>
        <source>check and report only: write nothing</source>
        <translation>vain tarkistus ja raportti: mitään ei tallenneta</translation>
    </message>
    <message>
        <source>import nothing if any row has a problem (default: import the valid rows)</source>
        <translation>älä tuo mitään, jos jollakin rivillä on ongelma (oletus: tuo kelvolliset rivit)</translation>
    </message>
    <message>
        <source>{file}: {kind}, {rows} rows.</source>
        <translation>{file}: {kind}, {rows} riviä.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rivi</translation>
    </message>
    <message>
        <source>Warning on {count} rows: {message}</source>
        <translation>Varoitus {count} rivillä: {message}</translation>
    </message>
    <message>
        <source>back up a database (also while the app is using it)</source>
        <translation>varmuuskopioi tietokanta (myös sovelluksen ollessa käytössä)</translation>
    </message>
    <message>
        <source>Copy the database to a backup file with SQLite's online backup: safe while the app runs and writes.</source>
        <translation>Kopioi tietokanta varmuuskopiotiedostoon SQLiten online-varmuuskopiolla: turvallista myös sovelluksen ollessa käynnissä ja kirjoittaessa.</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>kirjoitettava varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>Backed up {db} to {path} ({size} kB).</source>
        <translation>{db} varmuuskopioitu tiedostoon {path} ({size} kt).</translation>
    </message>
    <message>
        <source>restore a database from a backup</source>
        <translation>palauta tietokanta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Check a backup (intact, a TOIMI database, not from a newer version), bring it to this version's schema and put it in place of the database; the previous database is kept beside it. Close the app first.</source>
        <translation>Tarkista varmuuskopio (ehjä, TOIMI-tietokanta, ei uudemmasta versiosta), päivitä se tämän version rakenteeseen ja vaihda se tietokannan tilalle; aiempi tietokanta säilytetään sen vieressä. Sulje sovellus ensin.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>Restored {db} from {path}: {trainees} trainees, schema {revision}.</source>
        <translation>{db} palautettu tiedostosta {path}: {trainees} valmentautujaa, rakenneversio {revision}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>Aiempi tietokanta säilytettiin nimellä {path}.</translation>
    </message>
    <message>
        <source>delete the records of trainees past the retention time</source>
        <translation>poista säilytysajan ylittäneiden valmentautujien tiedot</translation>
    </message>
    <message>
        <source>Delete the records of trainees whose last coaching period ended more than the retention time ago (a setting, 5 years by default), or whose record without any period is that old. The deletions sync to the server and other devices; the counts go to the audit log. Coordinators only.</source>
        <translation>Poistaa niiden valmentautujien tiedot, joiden viimeinen valmennusjakso päättyi säilytysaikaa (asetus, oletuksena 5 vuotta) aiemmin, tai joiden tiedot ilman yhtään jaksoa ovat yhtä vanhoja. Poistot synkronoituvat palvelimelle ja muille laitteille; määrät kirjataan tapahtumalokiin. Vain koordinaattorit.</translation>
    </message>
    <message>
        <source>only count what would be deleted; change nothing</source>
        <translation>laske vain, mitä poistettaisiin; älä muuta mitään</translation>
    </message>
    <message>
        <source>the day to count the retention time back from (default: today)</source>
        <translation>päivä, josta säilytysaika lasketaan taaksepäin (oletus: tänään)</translation>
    </message>
    <message>
        <source>Retention time {years} years: records of relationships that ended before {cutoff}.</source>
        <translation>Säilytysaika {years} vuotta: ennen {cutoff} päättyneiden asiakkuuksien tiedot.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. Would delete {trainees} trainees' records:</source>
        <translation>Kuivaharjoitus, mitään ei muutettu. Poistettaisiin {trainees} valmentautujan tiedot:</translation>
    </message>
    <message>
        <source>Deleted {trainees} trainees' records:</source>
        <translation>Poistettiin {trainees} valmentautujan tiedot:</translation>
    </message>
    <message>
        <source>The counts are in the audit log; the deletions sync at the next sync.</source>
        <translation>Määrät on kirjattu tapahtumalokiin; poistot synkronoituvat seuraavassa synkronoinnissa.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Work coach</source>
        <translation>Työvalmentaja</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Ura-agentti</translation>
    </message>
    <message>
        <source>Business agent</source>
        <translation>Yritysagentti</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Ohjausryhmä</translation>
    </message>
    <message>
        <source>Municipality-owned social enterprise</source>
        <translation>Kuntaomisteinen yhteiskunnallinen yritys</translation>
    </message>
    <message>
        <source>Internal municipal operation</source>
        <translation>Kunnan sisäinen toiminta</translation>
    </message>
    <message>
        <source>Run with local partners</source>
        <translation>Paikallisten kumppaneiden kanssa</translation>
    </message>
    <message>
        <source>Environmental care</source>
        <translation>Ympäristönhoito</translation>
    </message>
    <message>
        <source>Cleaning services</source>
        <translation>Puhtauspalvelut</translation>
    </message>
    <message>
        <source>Property upkeep</source>
        <translation>Kiinteistönhoito</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Keittiö</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Pesula</translation>
    </message>
    <message>
        <source>Recycling</source>
        <translation>Kierrätys</translation>
    </message>
    <message>
        <source>Woodwork</source>
        <translation>Puutyöt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Nainen</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mies</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Muunsukupuolinen</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyötön</translation>
    </message>
    <message>
        <source>Partial work ability</source>
        <translation>Osatyökykyinen</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Maahanmuuttaja</translation>
    </message>
    <message>
        <source>Young recent graduate</source>
        <translation>Nuori vastavalmistunut</translation>
    </message>
    <message>
        <source>Long away from working life</source>
        <translation>Pitkään poissa työelämästä</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Työtön</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Työvoiman ulkopuolella</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Työllinen</translation>
    </message>
    <message>
        <source>Basic education or less (ISCED 0–2)</source>
        <translation>Perusaste tai vähemmän (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation>Toinen aste (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Korkea-aste (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Work coaching</source>
        <translation>Työvalmennus</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>Ei jaksoa</translation>
    </message>
    <message>
        <source>Open labour market</source>
        <translation>Avoimet työmarkkinat</translation>
    </message>
    <message>
        <source>Subsidised work</source>
        <translation>Tuettu työ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Entrepreneurship: sole trader</source>
        <translation>Yrittäjyys: toiminimi</translation>
    </message>
    <message>
        <source>Entrepreneurship: cooperative</source>
        <translation>Yrittäjyys: osuuskunta</translation>
    </message>
    <message>
        <source>Light entrepreneurship</source>
        <translation>Kevytyrittäjyys</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Eläke</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Kuntoutus</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Muu palvelu</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Keskeyttänyt</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Muuttanut pois</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <source>Partly present</source>
        <translation>Osittain paikalla</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Service not held</source>
        <translation>Palvelua ei järjestetä</translation>
    </message>
    <message>
        <source>Own illness</source>
        <translation>Oma sairaus</translation>
    </message>
    <message>
        <source>Illness with certificate</source>
        <translation>Sairaus, todistus</translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation>Sairas lapsi</translation>
    </message>
    <message>
        <source>Job interview</source>
        <translation>Työhaastattelu</translation>
    </message>
    <message>
        <source>Public office</source>
        <translation>Luottamustoimi</translation>
    </message>
    <message>
        <source>Other accepted reason</source>
        <translation>Muu hyväksytty syy</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Selvittämätön</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Alkuarviointi</translation>
    </message>
    <message>
        <source>Interim assessment</source>
        <translation>Väliarviointi</translation>
    </message>
    <message>
        <source>Final assessment</source>
        <translation>Loppuarviointi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Kevyt</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Raskas</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>Ympäri vuoden</translation>
    </message>
    <message>
        <source>Summer season</source>
        <translation>Kesäkausi</translation>
    </message>
    <message>
        <source>Winter season</source>
        <translation>Talvikausi</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Sopii</translation>
    </message>
    <message>
        <source>Suitable with support</source>
        <translation>Sopii tuettuna</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Ei sovi</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>1 – simple routine work after a short induction</source>
        <translation>1 – yksinkertaista rutiinityötä lyhyen perehdytyksen jälkeen</translation>
    </message>
    <message>
        <source>2 – independent work with some judgement</source>
        <translation>2 – itsenäistä työtä, vaatii jonkin verran harkintaa</translation>
    </message>
    <message>
        <source>3 – demanding work: tools, machines or customer contact</source>
        <translation>3 – vaativaa työtä: työkaluja, koneita tai asiakaskontakteja</translation>
    </message>
    <message>
        <source>1 – light, can pause and adapt the pace</source>
        <translation>1 – kevyt, voi pitää taukoja ja säätää tahtia</translation>
    </message>
    <message>
        <source>2 – normal pace for a working day</source>
        <translation>2 – tavallinen työpäivän tahti</translation>
    </message>
    <message>
        <source>3 – physically or mentally demanding</source>
        <translation>3 – fyysisesti tai henkisesti kuormittava</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Valmentautujat</translation>
    </message>
    <message>
        <source>Coaching periods</source>
        <translation>Valmennusjaksot</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Kirjautuminen</translation>
    </message>
    <message>
        <source>Unlocking the screen</source>
        <translation>Lukituksen avaaminen</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Katselu</translation>
    </message>
    <message>
        <source>Showing the personal identity code</source>
        <translation>Henkilötunnuksen näyttäminen</translation>
    </message>
    <message>
        <source>Printout or export</source>
        <translation>Tuloste tai vienti</translation>
    </message>
    <message>
        <source>Basic details and periods</source>
        <translation>Perustiedot ja jaksot</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Suitable tasks</source>
        <translation>Sopivat tehtävät</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <source>Period outcomes and follow-up</source>
        <translation>Jaksojen tulokset ja seuranta</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Monthly allowance report</source>
        <translation>Kulukorvausraportti</translation>
    </message>
    <message>
        <source>Absence list for Kela</source>
        <translation>Poissaoloilmoitus Kelalle</translation>
    </message>
    <message>
        <source>Monthly attendance sheet</source>
        <translation>Kuukauden läsnäololomake</translation>
    </message>
    <message>
        <source>Continuation plan for signing</source>
        <translation>Jatkosuunnitelma allekirjoitettavaksi</translation>
    </message>
    <message>
        <source>All data of the person (subject access)</source>
        <translation>Henkilön kaikki tiedot (tarkastuspyyntö)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Lokiraportti</translation>
    </message>
    <message>
        <source>ESF+ participant data</source>
        <translation>ESR+-osallistujatiedot</translation>
    </message>
    <message>
        <source>List exported to a spreadsheet</source>
        <translation>Luettelo viety taulukkoon</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No active user “{name}”.</source>
        <translation>Aktiivista käyttäjää ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the ESF+ participant data.</source>
        <translation>Vain koordinaattori voi viedä ESR+-osallistujatiedot.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>Roolisi ({role}) ei salli tätä.</translation>
    </message>
    <message>
        <source>The service package no longer exists.</source>
        <translation>Palvelupakettia ei enää ole.</translation>
    </message>
    <message>
        <source>You have no rights to data of this municipality.</source>
        <translation>Sinulla ei ole oikeuksia tämän kunnan tietoihin.</translation>
    </message>
    <message>
        <source>A personal identity code has 11 characters.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä.</translation>
    </message>
    <message>
        <source>The century sign “{sign}” is not valid.</source>
        <translation>Välimerkki ”{sign}” ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>The personal identity code has a letter where a digit belongs.</source>
        <translation>Henkilötunnuksessa on kirjain numeron paikalla.</translation>
    </message>
    <message>
        <source>The date in the personal identity code does not exist.</source>
        <translation>Henkilötunnuksen päivämäärää ei ole olemassa.</translation>
    </message>
    <message>
        <source>The individual number 000 or 001 is not valid.</source>
        <translation>Yksilönumero 000 tai 001 ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä.</translation>
    </message>
    <message>
        <source>The trainee no longer exists.</source>
        <translation>Valmentautujaa ei enää ole.</translation>
    </message>
    <message>
        <source>Choose a coaching environment.</source>
        <translation>Valitse valmennusympäristö.</translation>
    </message>
    <message>
        <source>Choose a level 1–3.</source>
        <translation>Valitse taso 1–3.</translation>
    </message>
    <message>
        <source>Choose the field of work.</source>
        <translation>Valitse työn ala.</translation>
    </message>
    <message>
        <source>Choose the physical load.</source>
        <translation>Valitse fyysinen kuormitus.</translation>
    </message>
    <message>
        <source>Choose the season.</source>
        <translation>Valitse kausi.</translation>
    </message>
    <message>
        <source>The work task no longer exists.</source>
        <translation>Työtehtävää ei enää ole.</translation>
    </message>
    <message>
        <source>A task cannot move to another environment: make a new one.</source>
        <translation>Tehtävää ei voi siirtää toiseen ympäristöön: tee uusi.</translation>
    </message>
    <message>
        <source>Choose how the task suited the trainee.</source>
        <translation>Valitse, miten tehtävä sopi valmentautujalle.</translation>
    </message>
    <message>
        <source>Say in a note what needed support or did not work.</source>
        <translation>Kerro huomautuksessa, missä tarvittiin tukea tai mikä ei onnistunut.</translation>
    </message>
    <message>
        <source>Choose a trainee of your municipalities.</source>
        <translation>Valitse valmentautuja omista kunnistasi.</translation>
    </message>
    <message>
        <source>The evaluation no longer exists.</source>
        <translation>Arviota ei enää ole.</translation>
    </message>
    <message>
        <source>Only the evaluator or a coordinator can withdraw an evaluation.</source>
        <translation>Vain arvion tekijä tai koordinaattori voi perua arvion.</translation>
    </message>
    <message>
        <source>The task is no longer in use.</source>
        <translation>Tehtävä ei ole enää käytössä.</translation>
    </message>
    <message>
        <source>Say briefly what is ordered.</source>
        <translation>Kerro lyhyesti, mitä tilataan.</translation>
    </message>
    <message>
        <source>Name the ordering department.</source>
        <translation>Nimeä tilaava toimiala.</translation>
    </message>
    <message>
        <source>Give the kind of period.</source>
        <translation>Anna jakson tyyppi.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>Alkupäivä on pakollinen.</translation>
    </message>
    <message>
        <source>Give the outcome of a period that has ended.</source>
        <translation>Anna päättyneen jakson tulos.</translation>
    </message>
    <message>
        <source>Give the end date of a period that has an outcome.</source>
        <translation>Anna tuloksellisen jakson päättymispäivä.</translation>
    </message>
    <message>
        <source>The same period as on row {row}.</source>
        <translation>Sama jakso kuin rivillä {row}.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Loppu ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <source>Planned hours must be 0–{high}.</source>
        <translation>Suunniteltujen tuntien on oltava 0–{high}.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>Työtilausta ei enää ole.</translation>
    </message>
    <message>
        <source>The order is cancelled: restore it before editing.</source>
        <translation>Tilaus on peruttu: palauta se ennen muokkaamista.</translation>
    </message>
    <message>
        <source>An order cannot move to another environment.</source>
        <translation>Tilausta ei voi siirtää toiseen ympäristöön.</translation>
    </message>
    <message>
        <source>An order that is “{current}” cannot become “{target}”.</source>
        <translation>Tilaus, jonka tila on ”{current}”, ei voi muuttua tilaan ”{target}”.</translation>
    </message>
    <message>
        <source>The order starts on {day}: its work cannot be under way before that.</source>
        <translation>Tilaus alkaa {day}: työ ei voi olla käynnissä ennen sitä.</translation>
    </message>
    <message>
        <source>Feedback is recorded when the order is done.</source>
        <translation>Palaute kirjataan, kun tilaus on valmis.</translation>
    </message>
    <message>
        <source>Choose a score 1–5.</source>
        <translation>Valitse arvosana 1–5.</translation>
    </message>
    <message>
        <source>Write down what the orderer was not happy with.</source>
        <translation>Kirjaa, mihin tilaaja ei ollut tyytyväinen.</translation>
    </message>
    <message>
        <source>The feedback cannot be from before the order started.</source>
        <translation>Palaute ei voi olla ajalta ennen tilauksen alkua.</translation>
    </message>
    <message>
        <source>The planned end cannot be before the start.</source>
        <translation>Suunniteltu loppu ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <source>Hours per day must be more than 0 and at most 12.</source>
        <translation>Tunteja päivässä on oltava yli 0 ja enintään 12.</translation>
    </message>
    <message>
        <source>Days per week must be 1–5.</source>
        <translation>Päiviä viikossa on oltava 1–5.</translation>
    </message>
    <message>
        <source>Choose a person with the right role.</source>
        <translation>Valitse henkilö, jolla on oikea rooli.</translation>
    </message>
    <message>
        <source>The trainee already has an open period: close it before starting a new one.</source>
        <translation>Valmentautujalla on jo avoin jakso: päätä se ennen uuden aloittamista.</translation>
    </message>
    <message>
        <source>Choose {days} weekdays: as many as days a week.</source>
        <translation>Valitse {days} viikonpäivää: yhtä monta kuin päiviä viikossa.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity needs a planned end date.</source>
        <translation>Kuntouttavalle työtoiminnalle tarvitaan suunniteltu päättymispäivä.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity lasts {low}–{high} months.</source>
        <translation>Kuntouttava työtoiminta kestää {low}–{high} kuukautta.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity is {low}–{high} hours a day.</source>
        <translation>Kuntouttavaa työtoimintaa on {low}–{high} tuntia päivässä.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity is {low}–{high} days a week.</source>
        <translation>Kuntouttavaa työtoimintaa on {low}–{high} päivää viikossa.</translation>
    </message>
    <message>
        <source>The outcome is work or entrepreneurship, so the person is in employment.</source>
        <translation>Tulos on työ tai yrittäjyys, joten henkilö on työssä.</translation>
    </message>
    <message>
        <source>The outcome is education, so the person is in education or training.</source>
        <translation>Tulos on koulutus, joten henkilö on koulutuksessa.</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>Jaksoa ei enää ole.</translation>
    </message>
    <message>
        <source>Close the period first.</source>
        <translation>Päätä jakso ensin.</translation>
    </message>
    <message>
        <source>The follow-up is six months after leaving: from {day} on.</source>
        <translation>Seuranta tehdään puoli vuotta lähtemisen jälkeen: {day} alkaen.</translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation>Vastaa vähintään yhteen kysymykseen.</translation>
    </message>
    <message>
        <source>The period has already been closed.</source>
        <translation>Jakso on jo päätetty.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start.</source>
        <translation>Päättymispäivä ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <source>The end date cannot be in the future.</source>
        <translation>Päättymispäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Choose the outcome of the period.</source>
        <translation>Valitse jakson tulos.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow viewing personal data.</source>
        <translation>Roolisi ({role}) ei salli henkilötietojen katselua.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow viewing this data.</source>
        <translation>Roolisi ({role}) ei salli näiden tietojen katselua.</translation>
    </message>
    <message>
        <source>You have no rights to this person's data.</source>
        <translation>Sinulla ei ole oikeutta tämän henkilön tietoihin.</translation>
    </message>
    <message>
        <source>You are not a coach of this coaching environment.</source>
        <translation>Et ole tämän valmennusympäristön valmentaja.</translation>
    </message>
    <message>
        <source>Add at least one criterion.</source>
        <translation>Lisää vähintään yksi kriteeri.</translation>
    </message>
    <message>
        <source>At most {n} criteria.</source>
        <translation>Enintään {n} kriteeriä.</translation>
    </message>
    <message>
        <source>Criterion {row}: the key is lower-case letters, digits and _, starting with a letter.</source>
        <translation>Kriteeri {row}: tunnisteessa saa olla pieniä kirjaimia, numeroita ja _, ja se alkaa kirjaimella.</translation>
    </message>
    <message>
        <source>Criterion {row}: the key {key} is used twice.</source>
        <translation>Kriteeri {row}: tunniste {key} on käytössä kahdesti.</translation>
    </message>
    <message>
        <source>Criterion {row}: give a name and a group.</source>
        <translation>Kriteeri {row}: anna nimi ja osa-alue.</translation>
    </message>
    <message>
        <source>Criterion {row}: the scale must run upwards within {low}–{high}.</source>
        <translation>Kriteeri {row}: asteikon on noustava välillä {low}–{high}.</translation>
    </message>
    <message>
        <source>Criterion {row}: a level description is outside the scale.</source>
        <translation>Kriteeri {row}: tason kuvaus on asteikon ulkopuolella.</translation>
    </message>
    <message>
        <source>Criterion {row}: unknown suitability dimension.</source>
        <translation>Kriteeri {row}: tuntematon soveltuvuuden ulottuvuus.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Nimi on pakollinen.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>Enintään {n} merkkiä.</translation>
    </message>
    <message>
        <source>The assessment template no longer exists.</source>
        <translation>Arviointipohjaa ei enää ole.</translation>
    </message>
    <message>
        <source>The personal identity code is a temporary one (900–999).</source>
        <translation>Henkilötunnus on tilapäinen (900–999).</translation>
    </message>
    <message>
        <source>Birth date does not match the personal identity code.</source>
        <translation>Syntymäaika ei vastaa henkilötunnusta.</translation>
    </message>
    <message>
        <source>Give the personal identity code or the birth date: without either the trainee cannot be recognised when the file is imported again.</source>
        <translation>Anna henkilötunnus tai syntymäaika: ilman kumpaakaan valmentautujaa ei tunnisteta, kun tiedosto tuodaan uudelleen.</translation>
    </message>
    <message>
        <source>Unknown municipality “{name}”.</source>
        <translation>Tuntematon kunta ”{name}”.</translation>
    </message>
    <message>
        <source>The same trainee as on row {row}.</source>
        <translation>Sama valmentautuja kuin rivillä {row}.</translation>
    </message>
    <message>
        <source>Another trainee already has this personal identity code.</source>
        <translation>Toisella valmentautujalla on jo tämä henkilötunnus.</translation>
    </message>
    <message>
        <source>A trainee of this name and birth date has another personal identity code in the register.</source>
        <translation>Samannimisellä ja samana päivänä syntyneellä valmentautujalla on rekisterissä eri henkilötunnus.</translation>
    </message>
    <message>
        <source>The trainee is already in the register without a personal identity code: add it there.</source>
        <translation>Valmentautuja on jo rekisterissä ilman henkilötunnusta: lisää tunnus siellä.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Age must be {low}–{high} years.</source>
        <translation>Iän on oltava {low}–{high} vuotta.</translation>
    </message>
    <message>
        <source>Another coaching environment already has this name.</source>
        <translation>Toisella valmennusympäristöllä on jo tämä nimi.</translation>
    </message>
    <message>
        <source>Choose the kind of the environment.</source>
        <translation>Valitse ympäristön laji.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Sähköpostiosoite ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>The phone number may contain digits, spaces, +, - and brackets.</source>
        <translation>Puhelinnumerossa voi olla numeroita, välilyöntejä, +, - ja sulkeita.</translation>
    </message>
    <message>
        <source>Choose at least one opening weekday.</source>
        <translation>Valitse vähintään yksi aukiolopäivä.</translation>
    </message>
    <message>
        <source>Every site needs a name.</source>
        <translation>Jokainen toimipiste tarvitsee nimen.</translation>
    </message>
    <message>
        <source>Choose coaches who work in the environment's municipality.</source>
        <translation>Valitse työvalmentajia, jotka työskentelevät ympäristön kunnassa.</translation>
    </message>
    <message>
        <source>The municipality of a coaching environment cannot be changed.</source>
        <translation>Valmennusympäristön kuntaa ei voi vaihtaa.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>Viimeinen päivä ei voi olla ennen ensimmäistä.</translation>
    </message>
    <message>
        <source>Close at most a year at a time.</source>
        <translation>Sulje enintään vuosi kerrallaan.</translation>
    </message>
    <message>
        <source>Give languages as ISO codes, e.g. fi, ru, ar.</source>
        <translation>Anna kielet ISO-koodeina, esim. fi, ru, ar.</translation>
    </message>
    <message>
        <source>Unknown target group.</source>
        <translation>Tuntematon kohderyhmä.</translation>
    </message>
    <message>
        <source>Consent date cannot be in the future.</source>
        <translation>Suostumuksen päivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Choose a municipality.</source>
        <translation>Valitse kunta.</translation>
    </message>
    <message>
        <source>Only a coordinator can add users.</source>
        <translation>Vain koordinaattori voi lisätä käyttäjiä.</translation>
    </message>
    <message>
        <source>A user name has 3–64 characters: a–z, 0–9, dot, hyphen or underscore.</source>
        <translation>Käyttäjätunnuksessa on 3–64 merkkiä: a–z, 0–9, piste, yhdysmerkki tai alaviiva.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <source>Choose at least one municipality.</source>
        <translation>Valitse vähintään yksi kunta.</translation>
    </message>
    <message>
        <source>No coaching environment “{name}”.</source>
        <translation>Valmennusympäristöä ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>The coaching environment no longer exists.</source>
        <translation>Valmennusympäristöä ei enää ole.</translation>
    </message>
    <message>
        <source>Unknown attendance status.</source>
        <translation>Tuntematon läsnäolon tila.</translation>
    </message>
    <message>
        <source>Give the reason for the absence.</source>
        <translation>Anna poissaolon syy.</translation>
    </message>
    <message>
        <source>Hours must be 0–12.</source>
        <translation>Tunteja on oltava 0–12.</translation>
    </message>
    <message>
        <source>A present trainee has more than 0 hours.</source>
        <translation>Paikalla olleella on yli 0 tuntia.</translation>
    </message>
    <message>
        <source>Attendance cannot be recorded for a future day.</source>
        <translation>Läsnäoloa ei voi kirjata tulevalle päivälle.</translation>
    </message>
    <message>
        <source>The allowance for this month has been approved: give a reason for the change.</source>
        <translation>Kuukauden kulukorvaukset on hyväksytty: anna muutokselle syy.</translation>
    </message>
    <message>
        <source>The trainee's period is paused on this day.</source>
        <translation>Valmentautujan jakso on keskeytetty tänä päivänä.</translation>
    </message>
    <message>
        <source>The trainee has no active period here on this day.</source>
        <translation>Valmentautujalla ei ole tänä päivänä käynnissä olevaa jaksoa tässä ympäristössä.</translation>
    </message>
    <message>
        <source>Choose a task of this environment.</source>
        <translation>Valitse tämän ympäristön työtehtävä.</translation>
    </message>
    <message>
        <source>{holiday}: the service is not held on public holidays. Write in the note why the trainee attended.</source>
        <translation>{holiday}: yleisinä vapaapäivinä palvelua ei järjestetä. Kirjoita huomautukseen, miksi valmentautuja oli läsnä.</translation>
    </message>
    <message>
        <source>The environment is closed on this day ({reason}). Write in the note why the trainee attended.</source>
        <translation>Ympäristö on suljettu tänä päivänä ({reason}). Kirjoita huomautukseen, miksi valmentautuja oli läsnä.</translation>
    </message>
    <message>
        <source>The environment does not work on this weekday. Write in the note why the trainee attended.</source>
        <translation>Ympäristö ei toimi tänä viikonpäivänä. Kirjoita huomautukseen, miksi valmentautuja oli läsnä.</translation>
    </message>
    <message>
        <source>The service is not held on this day, so it is no absence: mark E (service not held).</source>
        <translation>Palvelua ei järjestetä tänä päivänä, joten kyse ei ole poissaolosta: merkitse E (palvelua ei järjestetä).</translation>
    </message>
    <message>
        <source>{name}: over 8 hours in a day.</source>
        <translation>{name}: yli 8 tuntia päivässä.</translation>
    </message>
    <message>
        <source>{name}: under 4 hours is counted as attended.</source>
        <translation>{name}: alle 4 tuntia lasketaan läsnäoloksi.</translation>
    </message>
    <message>
        <source>{name}: more than {days} days attended in week {week}.</source>
        <translation>{name}: läsnä yli {days} päivää viikolla {week}.</translation>
    </message>
    <message>
        <source>{name}: {hours} hours attended in week {week}, more than {limit}.</source>
        <translation>{name}: viikolla {week} läsnäolotunteja {hours}, yli {limit}.</translation>
    </message>
    <message>
        <source>{name}: own illness {days} days in a row from {start}: over {limit} days needs a medical certificate (mark “illness with certificate”).</source>
        <translation>{name}: oma sairaus {days} päivää peräkkäin {start} alkaen: yli {limit} päivän poissaoloon tarvitaan lääkärintodistus (merkitse ”sairaus, todistus”).</translation>
    </message>
    <message>
        <source>{name}: sick child {days} days in a row from {start}: an accepted absence lasts at most {limit} days.</source>
        <translation>{name}: sairas lapsi {days} päivää peräkkäin {start} alkaen: hyväksytty poissaolo kestää enintään {limit} päivää.</translation>
    </message>
    <message>
        <source>A month can be approved once it has ended.</source>
        <translation>Kuukauden voi hyväksyä vasta sen päätyttyä.</translation>
    </message>
    <message>
        <source>This month has already been approved.</source>
        <translation>Kuukausi on jo hyväksytty.</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Anna luku.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Anna kokonaisluku.</translation>
    </message>
    <message>
        <source>The value must be {low}–{high}.</source>
        <translation>Arvon on oltava {low}–{high}.</translation>
    </message>
    <message>
        <source>Choose Finnish or English.</source>
        <translation>Valitse suomi tai englanti.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Tuntematon asetus.</translation>
    </message>
    <message>
        <source>The preferences could not be saved: {reason}</source>
        <translation>Asetuksia ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>The database has no users yet.</source>
        <translation>Tietokannassa ei ole vielä käyttäjiä.</translation>
    </message>
    <message>
        <source>Signing in needs a password: without a window to ask it in, give it in TOIMI_PASSWORD.</source>
        <translation>Kirjautuminen vaatii salasanan: kun sitä ei voi kysyä ikkunassa, anna se ympäristömuuttujassa TOIMI_PASSWORD.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-10 (not “{text}”).</source>
        <translation>Anna kuukausi muodossa VVVV-KK, esim. 2026-10 (ei ”{text}”).</translation>
    </message>
    <message>
        <source>The database has no current user: give one with --user.</source>
        <translation>Tietokannassa ei ole nykyistä käyttäjää: anna käyttäjä valinnalla --user.</translation>
    </message>
    <message>
        <source>The output file must end in {suffixes}.</source>
        <translation>Tulostiedoston päätteen on oltava {suffixes}.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} on kansio: anna tiedoston nimi.</translation>
    </message>
    <message>
        <source>Cannot write {path}: there is no folder {folder}.</source>
        <translation>Tiedostoa {path} ei voi kirjoittaa: kansiota {folder} ei ole.</translation>
    </message>
    <message>
        <source>Cannot write {path}: no permission to write in {folder}.</source>
        <translation>Tiedostoa {path} ei voi kirjoittaa: ei kirjoitusoikeutta kansioon {folder}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Tietokantaa {path} ei ole.</translation>
    </message>
    <message>
        <source>The database cannot be opened: no keyring is available to keep its encryption key (for example GNOME Keyring, KWallet, Windows Credential Manager or the macOS Keychain), or the keyring is locked. Sign in to the desktop or unlock the keyring, then try again. The data is never stored unencrypted.</source>
        <translation>Tietokantaa ei voi avata: sen salausavaimen säilyttämiseen ei ole käytettävissä avainnippua (esimerkiksi GNOME Keyring, KWallet, Windowsin tunnistetietojen hallinta tai macOS:n avainnippu), tai avainnippu on lukittu. Kirjaudu työpöydälle tai avaa avainnippu ja yritä uudelleen. Tietoja ei koskaan tallenneta salaamattomina.</translation>
    </message>
    <message>
        <source>The database cannot be opened: the keyring in use ({backend}) keeps secrets in a plain file, which would let anyone who copies the files read the data. Use the desktop's own keyring (for example GNOME Keyring or KWallet).</source>
        <translation>Tietokantaa ei voi avata: käytössä oleva avainnippu ({backend}) tallentaa salaisuudet tavalliseen tiedostoon, jolloin kuka tahansa tiedostot kopioiva voisi lukea tiedot. Käytä työpöydän omaa avainnippua (esimerkiksi GNOME Keyring tai KWallet).</translation>
    </message>
    <message>
        <source>The database {path} is encrypted and its key is not in this computer's keyring. A database opens only for the user account and computer that made it: on another computer, sign in and sync to get the data from the server.</source>
        <translation>Tietokanta {path} on salattu, eikä sen salausavainta ole tämän tietokoneen avainnipussa. Tietokanta aukeaa vain sen luoneella tietokoneella ja käyttäjätilillä: toisella tietokoneella kirjaudu sisään ja synkronoi, niin tiedot tulevat palvelimelta.</translation>
    </message>
    <message>
        <source>The key in this computer's keyring does not open the database {path}: the file is damaged or is not a TOIMI database.</source>
        <translation>Tämän tietokoneen avainnipussa oleva salausavain ei avaa tietokantaa {path}: tiedosto on vioittunut tai se ei ole TOIMI-tietokanta.</translation>
    </message>
    <message>
        <source>{path} is not a TOIMI database.</source>
        <translation>{path} ei ole TOIMI-tietokanta.</translation>
    </message>
    <message>
        <source>The database {path} is not yet encrypted and another program is using it. Close the other TOIMI windows and commands, then try again.</source>
        <translation>Tietokantaa {path} ei ole vielä salattu, ja toinen ohjelma käyttää sitä. Sulje muut TOIMI-ikkunat ja -komennot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Anna päivämäärä muodossa VVVV-KK-PP, esim. 2026-11-22.</translation>
    </message>
    <message>
        <source>The number of demo trainees must be 1–{high}.</source>
        <translation>Esittelyaineiston valmentautujia voi olla 1–{high}.</translation>
    </message>
    <message>
        <source>The database already has {trainees} trainees and {users} users. Demo data replaces them only when asked to (--replace), so use it on a test database only.</source>
        <translation>Tietokannassa on jo {trainees} valmentautujaa ja {users} käyttäjää. Esittelyaineisto korvaa ne vain pyydettäessä (--replace), joten käytä sitä vain testitietokannassa.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither (the two calendar weeks before this week).</source>
        <translation>Anna sekä --from että --to tai ei kumpaakaan (tätä viikkoa edeltävät kaksi kalenteriviikkoa).</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>Ensimmäinen päivä ({start}) on viimeisen päivän ({end}) jälkeen.</translation>
    </message>
    <message>
        <source>The environment has no service package “{name}”.</source>
        <translation>Ympäristöllä ei ole palvelupakettia ”{name}”.</translation>
    </message>
    <message>
        <source>The trainee has no continuation plan yet.</source>
        <translation>Valmentautujalla ei ole vielä jatkosuunnitelmaa.</translation>
    </message>
    <message>
        <source>“{key}” is not a criterion of this template.</source>
        <translation>”{key}” ei ole tämän arviointipohjan kriteeri.</translation>
    </message>
    <message>
        <source>{label}: give {low}–{high}.</source>
        <translation>{label}: anna {low}–{high}.</translation>
    </message>
    <message>
        <source>This template has no self-assessment.</source>
        <translation>Tässä arviointipohjassa ei ole itsearviointia.</translation>
    </message>
    <message>
        <source>Score at least one criterion.</source>
        <translation>Arvioi vähintään yksi kriteeri.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>Arviointia ei enää ole.</translation>
    </message>
    <message>
        <source>Choose an assessment template.</source>
        <translation>Valitse arviointipohja.</translation>
    </message>
    <message>
        <source>This template has been replaced by a newer version: use that.</source>
        <translation>Arviointipohjasta on uudempi versio: käytä sitä.</translation>
    </message>
    <message>
        <source>Choose the kind of assessment.</source>
        <translation>Valitse arvioinnin laji.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The trainee had no coaching period on this day.</source>
        <translation>Valmentautujalla ei ollut valmennusjaksoa tänä päivänä.</translation>
    </message>
    <message>
        <source>This period already has an initial assessment with this template.</source>
        <translation>Jaksolla on jo alkuarviointi tällä arviointipohjalla.</translation>
    </message>
    <message>
        <source>The environment already has a package with this name.</source>
        <translation>Ympäristöllä on jo tämänniminen paketti.</translation>
    </message>
    <message>
        <source>The highest level cannot be below the lowest.</source>
        <translation>Ylin taso ei voi olla alinta alempi.</translation>
    </message>
    <message>
        <source>Typical hours must be more than 0 and at most {high}.</source>
        <translation>Tyypillisten tuntien on oltava yli 0 ja enintään {high}.</translation>
    </message>
    <message>
        <source>The price per hour must be 0–{high} €.</source>
        <translation>Tuntihinnan on oltava 0–{high} €.</translation>
    </message>
    <message>
        <source>Choose the tasks of the package.</source>
        <translation>Valitse paketin tehtävät.</translation>
    </message>
    <message>
        <source>Choose tasks of this environment.</source>
        <translation>Valitse tämän ympäristön tehtäviä.</translation>
    </message>
    <message>
        <source>“{task}” demands more than the package's highest levels.</source>
        <translation>”{task}” vaatii enemmän kuin paketin ylimmät tasot.</translation>
    </message>
    <message>
        <source>“{task}” demands more than the package's lowest levels: those trainees need support or other tasks.</source>
        <translation>”{task}” vaatii enemmän kuin paketin alimmat tasot: näiden tasojen valmentautujat tarvitsevat tukea tai muita tehtäviä.</translation>
    </message>
    <message>
        <source>A package cannot move to another environment.</source>
        <translation>Pakettia ei voi siirtää toiseen ympäristöön.</translation>
    </message>
    <message>
        <source>Choose the path the plan aims at.</source>
        <translation>Valitse suunta, johon suunnitelma tähtää.</translation>
    </message>
    <message>
        <source>Write the goal of the plan.</source>
        <translation>Kirjoita suunnitelman tavoite.</translation>
    </message>
    <message>
        <source>The plan cannot be agreed in the future.</source>
        <translation>Suunnitelmaa ei voi sopia tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The next review cannot be in the past.</source>
        <translation>Seuraava tarkistus ei voi olla menneisyydessä.</translation>
    </message>
    <message>
        <source>At most {n} steps.</source>
        <translation>Enintään {n} vaihetta.</translation>
    </message>
    <message>
        <source>Step {row}: say what is to be done.</source>
        <translation>Vaihe {row}: kerro, mitä tehdään.</translation>
    </message>
    <message>
        <source>Step {row} is too long.</source>
        <translation>Vaihe {row} on liian pitkä.</translation>
    </message>
    <message>
        <source>Step {row}: unknown status.</source>
        <translation>Vaihe {row}: tuntematon tila.</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Suunnitelmaa ei enää ole.</translation>
    </message>
    <message>
        <source>Someone saved this plan in the meantime (version {version}). Nothing was overwritten: open the plan again and make your changes there.</source>
        <translation>Joku tallensi suunnitelman sillä välin (versio {version}). Mitään ei kirjoitettu yli: avaa suunnitelma uudelleen ja tee muutoksesi siihen.</translation>
    </message>
    <message>
        <source>A step has been removed in the meantime.</source>
        <translation>Vaihe on sillä välin poistettu.</translation>
    </message>
    <message>
        <source>That version of the plan does not exist.</source>
        <translation>Suunnitelmasta ei ole sellaista versiota.</translation>
    </message>
    <message>
        <source>Needs work-ability level {need}; the trainee is at {have}.</source>
        <translation>Vaatii työkykytason {need}; valmentautuja on tasolla {have}.</translation>
    </message>
    <message>
        <source>A step up: needs skill level {need}, the trainee is at {have}. Possible with a coach beside.</source>
        <translation>Askel ylöspäin: vaatii osaamistason {need}, valmentautuja on tasolla {have}. Onnistuu valmentajan tuella.</translation>
    </message>
    <message>
        <source>Needs skill level {need}; the trainee is at {have}.</source>
        <translation>Vaatii osaamistason {need}; valmentautuja on tasolla {have}.</translation>
    </message>
    <message>
        <source>Physically heavy; physical functioning was {score}/{high}.</source>
        <translation>Fyysisesti raskas; fyysinen toimintakyky oli {score}/{high}.</translation>
    </message>
    <message>
        <source>Out of season: a summer task.</source>
        <translation>Ei kauden tehtävä: kesätyö.</translation>
    </message>
    <message>
        <source>Out of season: a winter task.</source>
        <translation>Ei kauden tehtävä: talvityö.</translation>
    </message>
    <message>
        <source>Tried on {day}: suitable.</source>
        <translation>Kokeiltu {day}: sopiva.</translation>
    </message>
    <message>
        <source>Tried on {day}: suitable with support.</source>
        <translation>Kokeiltu {day}: sopiva tuettuna.</translation>
    </message>
    <message>
        <source>Tried on {day}: not suitable.</source>
        <translation>Kokeiltu {day}: ei sopiva.</translation>
    </message>
    <message>
        <source>Fits: needs skill level {skill_need} (the trainee is at {skill}) and work-ability level {ability_need} (at {ability}).</source>
        <translation>Sopii: vaatii osaamistason {skill_need} (valmentautujalla {skill}) ja työkykytason {ability_need} (valmentautujalla {ability}).</translation>
    </message>
    <message>
        <source>The sync server {server} cannot be reached. Your changes are saved on this computer and sync when the connection returns.</source>
        <translation>Synkronointipalvelimeen {server} ei saada yhteyttä. Muutoksesi on tallennettu tälle tietokoneelle ja synkronoidaan, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>The sync server had a problem ({status}). Your changes are saved on this computer; sync is tried again later.</source>
        <translation>Synkronointipalvelimella oli ongelma ({status}). Muutoksesi on tallennettu tälle tietokoneelle; synkronointia yritetään myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>This computer is not logged in to a sync server: log in first.</source>
        <translation>Tämä tietokone ei ole kirjautunut synkronointipalvelimelle: kirjaudu ensin.</translation>
    </message>
    <message>
        <source>The sync server no longer accepts this computer's login: log in again.</source>
        <translation>Synkronointipalvelin ei enää hyväksy tämän tietokoneen kirjautumista: kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>This computer's access to the sync server has been revoked. Ask your coordinator; your unsynced changes stay on this computer.</source>
        <translation>Tämän tietokoneen pääsy synkronointipalvelimelle on peruttu. Kysy koordinaattorilta; synkronoimattomat muutoksesi säilyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <source>This computer has no password for “{name}” yet: sign in once while connected to the sync server.</source>
        <translation>Tällä tietokoneella ei vielä ole salasanaa käyttäjälle ”{name}”: kirjaudu kerran, kun yhteys synkronointipalvelimeen toimii.</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Anna salasana.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>Salasanassa on oltava vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
    <message>
        <source>Your user account on the sync server is not active.</source>
        <translation>Käyttäjätilisi synkronointipalvelimella ei ole käytössä.</translation>
    </message>
    <message>
        <source>The sync server refused: {reason}</source>
        <translation>Synkronointipalvelin kieltäytyi: {reason}</translation>
    </message>
    <message>
        <source>This version of TOIMI Desktop is too old for the sync server. Please update the app.</source>
        <translation>Tämä TOIMI Desktopin versio on liian vanha synkronointipalvelimelle. Päivitä sovellus.</translation>
    </message>
    <message>
        <source>The sync server is older than this app. Ask for the server to be updated.</source>
        <translation>Synkronointipalvelin on vanhempi kuin tämä sovellus. Pyydä päivittämään palvelin.</translation>
    </message>
    <message>
        <source>No keyring is available to keep the sync login safely (for example GNOME Keyring or KWallet). Install or unlock one, then log in again. The login is never written to a file.</source>
        <translation>Synkronoinnin kirjautumisen turvalliseen säilyttämiseen ei ole avainnippua (esimerkiksi GNOME Keyring tai KWallet). Asenna tai avaa sellainen ja kirjaudu uudelleen. Kirjautumista ei koskaan kirjoiteta tiedostoon.</translation>
    </message>
    <message>
        <source>“{server}” is not a server address: give one like https://toimi.example.fi</source>
        <translation>”{server}” ei ole palvelimen osoite: anna esimerkiksi https://toimi.example.fi</translation>
    </message>
    <message>
        <source>The sync server sent an answer this app does not understand ({reason}).</source>
        <translation>Synkronointipalvelin lähetti vastauksen, jota tämä sovellus ei ymmärrä ({reason}).</translation>
    </message>
    <message>
        <source>Sync was cancelled; it continues from here next time.</source>
        <translation>Synkronointi peruttiin; se jatkuu tästä seuraavalla kerralla.</translation>
    </message>
    <message>
        <source>The conflict was not found.</source>
        <translation>Ristiriitaa ei löytynyt.</translation>
    </message>
    <message>
        <source>You have no rights to every municipality of {area}.</source>
        <translation>Sinulla ei ole oikeuksia kaikkiin palvelualueen {area} kuntiin.</translation>
    </message>
    <message>
        <source>Only a coordinator can summarise the whole project.</source>
        <translation>Vain koordinaattori voi tehdä koosteen koko hankkeesta.</translation>
    </message>
    <message>
        <source>No municipality “{name}”.</source>
        <translation>Kuntaa ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>No service area “{name}”.</source>
        <translation>Palvelualuetta ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither (the last full quarter).</source>
        <translation>Anna sekä --from että --to tai ei kumpaakaan (edellinen kokonainen neljännes).</translation>
    </message>
    <message>
        <source>Rows: {total}. New: {new}. Already in the database: {existing}. With problems: {invalid}.</source>
        <translation>Rivejä: {total}. Uusia: {new}. Jo tietokannassa: {existing}. Ongelmallisia: {invalid}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Keskeytetty: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Checked only: nothing was written.</source>
        <translation>Vain tarkistettu: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Rows imported: {new}.</source>
        <translation>Tuotuja rivejä: {new}.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation>Mitään ei tuotu: joillakin riveillä on ongelmia.</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Ei mitään uutta tuotavaa.</translation>
    </message>
    <message>
        <source>No trainee with this personal identity code in the register.</source>
        <translation>Rekisterissä ei ole valmentautujaa tällä henkilötunnuksella.</translation>
    </message>
    <message>
        <source>The name does not match the trainee with this personal identity code.</source>
        <translation>Nimi ei vastaa tämän henkilötunnuksen valmentautujaa.</translation>
    </message>
    <message>
        <source>Give the personal identity code, or the last name, first name and birth date.</source>
        <translation>Anna henkilötunnus tai sukunimi, etunimi ja syntymäaika.</translation>
    </message>
    <message>
        <source>No trainee of this name and birth date in the register.</source>
        <translation>Rekisterissä ei ole tämännimistä tänä päivänä syntynyttä valmentautujaa.</translation>
    </message>
    <message>
        <source>Several trainees have this name and birth date: give the personal identity code.</source>
        <translation>Usealla valmentautujalla on sama nimi ja syntymäaika: anna henkilötunnus.</translation>
    </message>
    <message>
        <source>No trainee matches “{text}”: give the id, the HETU or the name as “Last First”.</source>
        <translation>Valmentautujaa ”{text}” ei löydy: anna tunniste, henkilötunnus tai nimi muodossa ”Sukunimi Etunimi”.</translation>
    </message>
    <message>
        <source>“{text}” matches {count} trainees: give the id or the HETU.</source>
        <translation>”{text}” sopii {count} valmentautujaan: anna tunniste tai henkilötunnus.</translation>
    </message>
    <message>
        <source>Choose another file than the database itself.</source>
        <translation>Valitse jokin muu tiedosto kuin itse tietokanta.</translation>
    </message>
    <message>
        <source>The copy failed its check: {detail}</source>
        <translation>Kopio ei läpäissyt tarkistusta: {detail}</translation>
    </message>
    <message>
        <source>{name} is not a TOIMI database.</source>
        <translation>{name} ei ole TOIMI-tietokanta.</translation>
    </message>
    <message>
        <source>{name} is damaged: {detail}</source>
        <translation>{name} on vioittunut: {detail}</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of TOIMI Desktop: update the app first.</source>
        <translation>{name} on tehty TOIMI Desktopin uudemmalla versiolla: päivitä sovellus ensin.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Tiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <source>No checked backup is waiting to be restored.</source>
        <translation>Tarkistettua varmuuskopiota ei ole odottamassa palautusta.</translation>
    </message>
    <message>
        <source>Date is required.</source>
        <translation>Päivämäärä on pakollinen.</translation>
    </message>
    <message>
        <source>Give the attendance status.</source>
        <translation>Anna läsnäolon tila.</translation>
    </message>
    <message>
        <source>Unknown coaching environment “{name}”.</source>
        <translation>Tuntematon valmennusympäristö ”{name}”.</translation>
    </message>
    <message>
        <source>{date} is outside the trainee's coaching periods.</source>
        <translation>{date} on valmentautujan valmennusjaksojen ulkopuolella.</translation>
    </message>
    <message>
        <source>The same trainee and day as on row {row}.</source>
        <translation>Sama valmentautuja ja päivä kuin rivillä {row}.</translation>
    </message>
    <message>
        <source>This day is already recorded differently ({status}): change it in the attendance view.</source>
        <translation>Päivä on jo kirjattu toisin ({status}): muuta sitä läsnäolonäkymässä.</translation>
    </message>
    <message>
        <source>Unknown work task “{name}” at the trainee's environment.</source>
        <translation>Valmentautujan ympäristössä ei ole työtehtävää ”{name}”.</translation>
    </message>
    <message>
        <source>The allowance of {month} has been approved: attendance cannot be imported into it.</source>
        <translation>Kuukauden {month} kulukorvaukset on hyväksytty: sille ei voi tuoda läsnäoloja.</translation>
    </message>
    <message>
        <source>Each field can be chosen for one column only.</source>
        <translation>Kunkin tiedon voi valita vain yhdelle sarakkeelle.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Valitse sarake tiedoille: {fields}.</translation>
    </message>
    <message>
        <source>The row could not be saved: {reason}</source>
        <translation>Riviä ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV (.csv) file.</source>
        <translation>Valitse Excel- (.xlsx) tai CSV-tiedosto (.csv).</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Tiedostoa ei voitu lukea: {reason}</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>Tiedosto ei ole Excel-työkirja (.xlsx).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Tiedostossa ei ole rivejä.</translation>
    </message>
    <message>
        <source>The date “{text}” does not exist.</source>
        <translation>Päivämäärää ”{text}” ei ole olemassa.</translation>
    </message>
    <message>
        <source>Give the date as d.m.yyyy, e.g. 3.11.2026 (not “{text}”).</source>
        <translation>Anna päivämäärä muodossa p.k.vvvv, esim. 3.11.2026 (ei ”{text}”).</translation>
    </message>
    <message>
        <source>Give a number (not “{text}”).</source>
        <translation>Anna luku (ei ”{text}”).</translation>
    </message>
    <message>
        <source>Give a whole number (not “{text}”).</source>
        <translation>Anna kokonaisluku (ei ”{text}”).</translation>
    </message>
    <message>
        <source>Unknown value “{text}”: use one of {choices}.</source>
        <translation>Tuntematon arvo ”{text}”: käytä jotakin näistä: {choices}.</translation>
    </message>
    <message>
        <source>Unknown attendance “{text}”: use a mark letter (P, O, S, L, K, H, T, M, X, E) or a status.</source>
        <translation>Tuntematon läsnäolomerkintä ”{text}”: käytä merkintäkirjainta (P, O, S, L, K, H, T, M, X, E) tai tilaa.</translation>
    </message>
    <message>
        <source>Only two records with the same personal identity code can be merged.</source>
        <translation>Vain kaksi tietoa, joilla on sama henkilötunnus, voidaan yhdistää.</translation>
    </message>
    <message>
        <source>The period has been closed: it can no longer be changed.</source>
        <translation>Jakso on päätetty: sitä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>The period is already paused.</source>
        <translation>Jakso on jo keskeytetty.</translation>
    </message>
    <message>
        <source>A pause cannot start before the period.</source>
        <translation>Keskeytys ei voi alkaa ennen jaksoa.</translation>
    </message>
    <message>
        <source>A pause cannot start in the future: pause the period on its first day.</source>
        <translation>Keskeytys ei voi alkaa tulevaisuudessa: keskeytä jakso sen ensimmäisenä päivänä.</translation>
    </message>
    <message>
        <source>The period was already paused on that day: choose a later day.</source>
        <translation>Jakso oli jo keskeytettynä sinä päivänä: valitse myöhäisempi päivä.</translation>
    </message>
    <message>
        <source>The period is not paused.</source>
        <translation>Jaksoa ei ole keskeytetty.</translation>
    </message>
    <message>
        <source>The return day cannot be in the future: resume the period on the day the trainee is back.</source>
        <translation>Paluupäivä ei voi olla tulevaisuudessa: jatka jaksoa sinä päivänä, kun valmentautuja palaa.</translation>
    </message>
    <message>
        <source>The return day cannot be before the first day of the pause ({day}).</source>
        <translation>Paluupäivä ei voi olla ennen keskeytyksen ensimmäistä päivää ({day}).</translation>
    </message>
    <message>
        <source>The return day cannot be before the period.</source>
        <translation>Paluupäivä ei voi olla ennen jaksoa.</translation>
    </message>
    <message>
        <source>Attendance is recorded for {count} day(s) after the end date ({days}). Remove those records or choose a later end date.</source>
        <translation>Päättymispäivän jälkeen on kirjattu läsnäoloja {count} päivälle ({days}). Poista kirjaukset tai valitse myöhäisempi päättymispäivä.</translation>
    </message>
    <message>
        <source>Attendance is recorded for {count} day(s) from the start of the pause ({days}). Remove those records or choose a later start.</source>
        <translation>Keskeytyksen alusta lähtien on kirjattu läsnäoloja {count} päivälle ({days}). Poista kirjaukset tai valitse myöhäisempi alkupäivä.</translation>
    </message>
    <message>
        <source>The order “{title}” ({orderer}, {dates}) has the same task on {overlap}. Hours of those days count for the earlier order “{title}”, not for this one.</source>
        <translation>Tilauksessa ”{title}” ({orderer}, {dates}) on sama tehtävä ajalla {overlap}. Näiden päivien tunnit lasketaan aiemmalle tilaukselle ”{title}”, eivät tälle.</translation>
    </message>
    <message>
        <source>The order “{title}” ({orderer}, {dates}) has the same task on {overlap}. Hours of those days count for this order, which starts earlier, not for “{title}”.</source>
        <translation>Tilauksessa ”{title}” ({orderer}, {dates}) on sama tehtävä ajalla {overlap}. Näiden päivien tunnit lasketaan tälle, aiemmin alkavalle tilaukselle, eivät tilaukselle ”{title}”.</translation>
    </message>
</context>
<context>
    <name>errors_dialog</name>
    <message>
        <source>Not allowed</source>
        <translation>Ei sallittu</translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation>Ei onnistunut</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log file.</source>
        <translation>Jokin meni vikaan eikä mitään tallennettu. Tarkemmat tiedot ovat lokitiedostossa.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Ohjannut asiakasvastaava</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Jakson tyyppi</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Suunniteltu loppu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Tuntia päivässä</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Päivää viikossa</translation>
    </message>
    <message>
        <source>Coaching package</source>
        <translation>Valmennuspaketti</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Absence reason</source>
        <translation>Poissaolon syy</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Personal identity code (or last name, first name and birth date)</source>
        <translation>Henkilötunnus (tai sukunimi, etunimi ja syntymäaika)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Absences {start} – {end}</source>
        <translation>Poissaolot {start} – {end}</translation>
    </message>
    <message>
        <source>Rehabilitative work activity, absence notification to Kela</source>
        <translation>Kuntouttava työtoiminta, poissaoloilmoitus Kelalle</translation>
    </message>
    <message>
        <source>All coaching environments you have access to</source>
        <translation>Kaikki valmennusympäristöt, joihin sinulla on oikeus</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Päiviä</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Syykoodi</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>No absences in this period.</source>
        <translation>Ei poissaoloja tällä aikavälillä.</translation>
    </message>
    <message>
        <source>Organiser: signature and name in block letters</source>
        <translation>Järjestäjä: allekirjoitus ja nimenselvennys</translation>
    </message>
    <message>
        <source>Allowance report {month}</source>
        <translation>Kulukorvaukset {month}</translation>
    </message>
    <message>
        <source>{environment}, {municipality} – rehabilitative work activity</source>
        <translation>{environment}, {municipality} – kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Allowance {rate} € per day attended, at most {cap} days a calendar week.</source>
        <translation>Kulukorvaus {rate} € läsnäolopäivältä, enintään {cap} päivää kalenteriviikossa.</translation>
    </message>
    <message>
        <source>Approved {when} by {who}.</source>
        <translation>Hyväksytty {when}, hyväksyjä {who}.</translation>
    </message>
    <message>
        <source>Not yet approved.</source>
        <translation>Ei vielä hyväksytty.</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Läsnäolopäivät</translation>
    </message>
    <message>
        <source>Allowance days</source>
        <translation>Korvauspäivät</translation>
    </message>
    <message>
        <source>Allowance €</source>
        <translation>Kulukorvaus €</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Poissaolot</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>No rehabilitative work activity in this month.</source>
        <translation>Ei kuntouttavaa työtoimintaa tässä kuussa.</translation>
    </message>
    <message>
        <source>Work coach: signature and name in block letters</source>
        <translation>Työvalmentaja: allekirjoitus ja nimenselvennys</translation>
    </message>
    <message>
        <source>Approved by: signature and name in block letters</source>
        <translation>Hyväksyjä: allekirjoitus ja nimenselvennys</translation>
    </message>
    <message>
        <source>Absence days by reason</source>
        <translation>Poissaolopäivät syyn mukaan</translation>
    </message>
    <message>
        <source>Attendance sheet {month}</source>
        <translation>Läsnäolokortti {month}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Vkpv</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Days attended {days}, hours {hours}, absence days {absent}.</source>
        <translation>Läsnäolopäiviä {days}, tunteja {hours}, poissaolopäiviä {absent}.</translation>
    </message>
    <message>
        <source>Trainee: signature</source>
        <translation>Valmentautujan allekirjoitus</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Sivu {page} / {pages}</translation>
    </message>
    <message>
        <source>Produced {when} by {who}</source>
        <translation>Tuotettu {when}, tekijä {who}</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <source>{name}, born {birth}</source>
        <translation>{name}, syntynyt {birth}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikaattorit</translation>
    </message>
    <message>
        <source>Missing entry data</source>
        <translation>Puuttuvat aloitustiedot</translation>
    </message>
    <message>
        <source>ESF+ participants {start}–{end}</source>
        <translation>ESR+-osallistujat {start}–{end}</translation>
    </message>
    <message>
        <source>Trainee id</source>
        <translation>Valmentautujan tunniste</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Aloittanut</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Ikä aloittaessa</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Päättänyt</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Lokiraportti</translation>
    </message>
    <message>
        <source>Who has used the data of {name} ({hetu}) in TOIMI Desktop</source>
        <translation>Kuka on käsitellyt henkilön {name} ({hetu}) tietoja TOIMI Desktopissa</translation>
    </message>
    <message>
        <source>Every view of the person's record, every showing of the whole personal identity code, every printout and export holding their data and every refused attempt, as logged on the devices and the sync server up to {day}. Views of the same data by the same user within {minutes} minutes are one row.</source>
        <translation>Jokainen henkilön tietojen katselu, koko henkilötunnuksen näyttäminen, hänen tietojaan sisältävä tuloste ja vienti sekä jokainen estetty yritys sellaisina kuin ne on kirjattu laitteilla ja synkronointipalvelimella {day} mennessä. Saman käyttäjän saman tiedon katselut {minutes} minuutin sisällä ovat yksi rivi.</translation>
    </message>
    <message>
        <source>Uses of the data</source>
        <translation>Tietojen käyttö</translation>
    </message>
    <message>
        <source>Changes to the data</source>
        <translation>Tietoihin tehdyt muutokset</translation>
    </message>
    <message>
        <source>Who changed the person's records; the changed fields are named, their values are in the records.</source>
        <translation>Kuka on muuttanut henkilön tietoja; muutetut kentät on nimetty, niiden arvot ovat itse tiedoissa.</translation>
    </message>
    <message>
        <source>No use of the data has been logged.</source>
        <translation>Tietojen käyttöä ei ole kirjattu.</translation>
    </message>
    <message>
        <source>No changes have been logged.</source>
        <translation>Muutoksia ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <source>done</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>estetty</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>tuntematon käyttäjä</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>kuukausi {month}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>as {format}</source>
        <translation>muodossa {format}</translation>
    </message>
    <message>
        <source>with whole identity codes</source>
        <translation>kokonaisin henkilötunnuksin</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Tiedot luotu</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Tietoja muutettu</translation>
    </message>
    <message>
        <source>Coaching period started</source>
        <translation>Valmennusjakso aloitettu</translation>
    </message>
    <message>
        <source>Coaching period closed</source>
        <translation>Valmennusjakso päätetty</translation>
    </message>
    <message>
        <source>Results on leaving recorded</source>
        <translation>Poistumisen tulokset kirjattu</translation>
    </message>
    <message>
        <source>Six-month follow-up recorded</source>
        <translation>Puolen vuoden seuranta kirjattu</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Läsnäolo kirjattu</translation>
    </message>
    <message>
        <source>Approved attendance corrected</source>
        <translation>Hyväksyttyä läsnäoloa korjattu</translation>
    </message>
    <message>
        <source>Assessment recorded</source>
        <translation>Arviointi kirjattu</translation>
    </message>
    <message>
        <source>Assessment corrected</source>
        <translation>Arviointia korjattu</translation>
    </message>
    <message>
        <source>Continuation plan saved</source>
        <translation>Jatkosuunnitelma tallennettu</translation>
    </message>
    <message>
        <source>Task evaluation recorded</source>
        <translation>Tehtävän arvio kirjattu</translation>
    </message>
    <message>
        <source>Task evaluation removed</source>
        <translation>Tehtävän arvio poistettu</translation>
    </message>
    <message>
        <source>Job search on leaving</source>
        <translation>Työnhaussa lähtiessä</translation>
    </message>
    <message>
        <source>In education on leaving</source>
        <translation>Koulutuksessa lähtiessä</translation>
    </message>
    <message>
        <source>Qualification on leaving</source>
        <translation>Tutkinto lähtiessä</translation>
    </message>
    <message>
        <source>Employed on leaving</source>
        <translation>Työssä lähtiessä</translation>
    </message>
    <message>
        <source>Six-month point</source>
        <translation>Kuuden kuukauden kohta</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>Seurattu</translation>
    </message>
    <message>
        <source>Employed after six months</source>
        <translation>Työssä kuuden kuukauden jälkeen</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>Tilanne parantunut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikaattori</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Coaching period</source>
        <translation>Valmennusjakso</translation>
    </message>
    <message>
        <source>{environment}, {kind}, {start}–{end}</source>
        <translation>{environment}, {kind}, {start}–{end}</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Ura-agentti</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Agreed with the trainee</source>
        <translation>Sovittu valmentautujan kanssa</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>{version}, saved {when} by {who}</source>
        <translation>{version}, tallentanut {who} {when}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>No steps written.</source>
        <translation>Vaiheita ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Palvelut, joihin ohjattu</translation>
    </message>
    <message>
        <source>We have made this plan together. The trainee has received a copy of it.</source>
        <translation>Olemme laatineet tämän suunnitelman yhdessä. Valmentautuja on saanut siitä kopion.</translation>
    </message>
    <message>
        <source>Trainee: signature and name in block letters</source>
        <translation>Valmentautuja: allekirjoitus ja nimenselvennys</translation>
    </message>
    <message>
        <source>Career agent: signature and name in block letters</source>
        <translation>Ura-agentti: allekirjoitus ja nimenselvennys</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Paikka ja päiväys</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Palveluluettelo</translation>
    </message>
    <message>
        <source>Service card: {name}</source>
        <translation>Palvelukortti: {name}</translation>
    </message>
    <message>
        <source>{environment}, {municipality}</source>
        <translation>{environment}, {municipality}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Yhteystiedot: {contact}</translation>
    </message>
    <message>
        <source>Work service packages</source>
        <translation>Työpalvelupaketit</translation>
    </message>
    <message>
        <source>Task catalogue</source>
        <translation>Tehtäväluettelo</translation>
    </message>
    <message>
        <source>No work service packages yet.</source>
        <translation>Työpalvelupaketteja ei vielä ole.</translation>
    </message>
    <message>
        <source>No tasks in use.</source>
        <translation>Ei käytössä olevia tehtäviä.</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>Sopii</translation>
    </message>
    <message>
        <source>skill levels {low}–{high}</source>
        <translation>osaamistasoille {low}–{high}</translation>
    </message>
    <message>
        <source>work-ability levels {low}–{high}</source>
        <translation>työkykytasoille {low}–{high}</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Tyypilliset tunnit</translation>
    </message>
    <message>
        <source>Internal price</source>
        <translation>Sisäinen hinta</translation>
    </message>
    <message>
        <source>{price} € / h, typically {total} €</source>
        <translation>{price} € / h, tyypillisesti {total} €</translation>
    </message>
    <message>
        <source>{price} € / h</source>
        <translation>{price} € / h</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Tehty tähän mennessä</translation>
    </message>
    <message>
        <source>Orders done: {orders}, feedback {score} / 5 on average</source>
        <translation>Tilauksia tehty: {orders}, palaute keskimäärin {score} / 5</translation>
    </message>
    <message>
        <source>Orders done: {orders}</source>
        <translation>Tilauksia tehty: {orders}</translation>
    </message>
    <message>
        <source>No orders done yet</source>
        <translation>Ei vielä tehtyjä tilauksia</translation>
    </message>
    <message>
        <source>Tasks included</source>
        <translation>Sisältyvät tehtävät</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ala</translation>
    </message>
    <message>
        <source>Skill / work ability</source>
        <translation>Osaaminen / työkyky</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Physical load</source>
        <translation>Fyysinen kuormitus</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <source>group work</source>
        <translation>ryhmätyö</translation>
    </message>
    <message>
        <source>induction needed</source>
        <translation>vaatii perehdytyksen</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Tasot</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Osaamistaso</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Työkykyvaatimus</translation>
    </message>
    <message>
        <source>The whole TOIMI project</source>
        <translation>Koko TOIMI-hanke</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Työmarkkina-asema</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Vammaisuus</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Kolmannen maan kansalainen</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Ulkomaalaistausta</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Vähemmistö</translation>
    </message>
    <message>
        <source>Homeless or housing exclusion</source>
        <translation>Asunnoton tai asuntomarkkinoilta syrjäytynyt</translation>
    </message>
    <message>
        <source>From a rural area</source>
        <translation>Maaseudulta</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Osallistujia yhteensä</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Työttömät, myös pitkäaikaistyöttömät</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyöttömät</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Työvoiman ulkopuolella olevat</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Työlliset, myös itsensä työllistäjät</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Alle 18-vuotiaat lapset</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>18–29-vuotiaat nuoret</translation>
    </message>
    <message>
        <source>Participants 55 years of age and above</source>
        <translation>55 vuotta täyttäneet osallistujat</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0–2)</source>
        <translation>Enintään perusasteen koulutus (ISCED 0–2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3–4)</source>
        <translation>Toisen asteen tai sen jälkeinen muu kuin korkea-asteen koulutus (ISCED 3–4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5–8)</source>
        <translation>Korkea-asteen koulutus (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Vammaiset osallistujat</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Kolmansien maiden kansalaiset</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Ulkomaalaistaustaiset osallistujat</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities)</source>
        <translation>Vähemmistöt (myös marginalisoituneet yhteisöt)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Asunnottomat tai asuntomarkkinoilta syrjäytyneet</translation>
    </message>
    <message>
        <source>Participants from rural areas</source>
        <translation>Maaseudulta tulevat osallistujat</translation>
    </message>
    <message>
        <source>Participants engaged in job searching upon leaving</source>
        <translation>Lähtiessään työnhakijoina olevat osallistujat</translation>
    </message>
    <message>
        <source>Participants in education or training upon leaving</source>
        <translation>Lähtiessään koulutuksessa olevat osallistujat</translation>
    </message>
    <message>
        <source>Participants gaining a qualification upon leaving</source>
        <translation>Lähtiessään tutkinnon suorittaneet osallistujat</translation>
    </message>
    <message>
        <source>Participants in employment, including self-employment, upon leaving</source>
        <translation>Lähtiessään työssä olevat osallistujat, myös itsensä työllistäjät</translation>
    </message>
    <message>
        <source>Participants in employment, including self-employment, six months after leaving</source>
        <translation>Kuusi kuukautta lähdön jälkeen työssä olevat osallistujat, myös itsensä työllistäjät</translation>
    </message>
    <message>
        <source>Participants with an improved labour market situation six months after leaving</source>
        <translation>Osallistujat, joiden työmarkkina-asema on parantunut kuusi kuukautta lähdön jälkeen</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Edistymiskooste</translation>
    </message>
    <message>
        <source>Progress summary: {scope}, {range}</source>
        <translation>Edistymiskooste: {scope}, {range}</translation>
    </message>
    <message>
        <source>Compared with the previous range of equal length: {range}</source>
        <translation>Vertailukohtana edellinen yhtä pitkä jakso: {range}</translation>
    </message>
    <message>
        <source>Produced on {day} by {who}</source>
        <translation>Laadittu {day}, laatija {who}</translation>
    </message>
    <message>
        <source>No figure identifies anyone. A figure from fewer than {threshold} persons is shown as “&lt;{threshold}”; “..” marks a figure hidden so that a small one cannot be worked out from the totals. No names, personal identity codes or free text are included.</source>
        <translation>Mikään luku ei tunnista ketään. Alle {threshold} henkilön luku näytetään muodossa ”&lt;{threshold}”; ”..” merkitsee lukua, joka on piilotettu, jotta pientä lukua ei voisi laskea summista. Koosteessa ei ole nimiä, henkilötunnuksia eikä vapaata tekstiä.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Tunnusluvut</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Trainees in coaching</source>
        <translation>Valmennuksessa olleet</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Aloitukset</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Päättymiset</translation>
    </message>
    <message>
        <source>In employment on leaving (share of exits)</source>
        <translation>Työssä lähtiessä (osuus päättyneistä)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Läsnäoloaste</translation>
    </message>
    <message>
        <source>Improved in assessments (share)</source>
        <translation>Arvioinneissa edistyneet (osuus)</translation>
    </message>
    <message>
        <source>Hours of work for departments</source>
        <translation>Toimialoille tehdyt työtunnit</translation>
    </message>
    <message>
        <source>With a current continuation plan (share)</source>
        <translation>Voimassa oleva jatkosuunnitelma (osuus)</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Miten luvut lasketaan</translation>
    </message>
    <message>
        <source>A trainee counts once in each figure, with their latest qualifying period in the range, so rows add up to the totals.</source>
        <translation>Valmentautuja lasketaan kuhunkin lukuun kerran, aikavälin viimeisimmän kelpaavan jaksonsa mukaan, joten rivit summautuvat yhteissummiin.</translation>
    </message>
    <message>
        <source>The previous range is the quarter, month or year before a whole quarter, month or year, and otherwise the same number of days just before.</source>
        <translation>Edellinen jakso on kokonaista neljännestä, kuukautta tai vuotta edeltävä neljännes, kuukausi tai vuosi, muuten yhtä monta päivää juuri ennen aikaväliä.</translation>
    </message>
    <message>
        <source>A change is shown only when both of its figures are shown; a share only when its count is shown. Charts draw shown figures only.</source>
        <translation>Muutos näytetään vain, kun molemmat sen luvut näytetään, ja osuus vain, kun sen lukumäärä näytetään. Kaavioissa piirretään vain näytettävät luvut.</translation>
    </message>
    <message>
        <source>Counting trainees, starts and exits…</source>
        <translation>Lasketaan valmentautujia, aloituksia ja päättymisiä…</translation>
    </message>
    <message>
        <source>Counting attendance…</source>
        <translation>Lasketaan läsnäoloa…</translation>
    </message>
    <message>
        <source>Comparing assessments…</source>
        <translation>Verrataan arviointeja…</translation>
    </message>
    <message>
        <source>Adding up work done for departments…</source>
        <translation>Lasketaan toimialoille tehtyä työtä…</translation>
    </message>
    <message>
        <source>Checking continuation plans…</source>
        <translation>Tarkistetaan jatkosuunnitelmia…</translation>
    </message>
    <message>
        <source>Days attended (fully or partly) of the days trainees were expected; a day the service was not held counts neither way. Allowance days: rehabilitative work activity, at most {cap} days a calendar week.</source>
        <translation>Läsnäolopäivät (kokonaan tai osittain) niistä päivistä, joina valmentautujia odotettiin; päivä, jona palvelua ei järjestetty, ei lasketa kumpaankaan. Korvauspäivät: kuntouttava työtoiminta, enintään {cap} päivää kalenteriviikossa.</translation>
    </message>
    <message>
        <source>Attendance in the range</source>
        <translation>Läsnäolo aikavälillä</translation>
    </message>
    <message>
        <source>Absence days</source>
        <translation>Poissaolopäivät</translation>
    </message>
    <message>
        <source>Trainees with attendance records</source>
        <translation>Valmentautujat, joilla on läsnäolomerkintöjä</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Läsnäoloaste kuukausittain</translation>
    </message>
    <message>
        <source>Progress in assessments</source>
        <translation>Edistyminen arvioinneissa</translation>
    </message>
    <message>
        <source>Trainees assessed in the range: their latest assessment against their first one (coach's scores). A trainee improved when their scores rose on average, each scale weighted alike.</source>
        <translation>Aikavälillä arvioidut valmentautujat: viimeisin arviointi verrattuna ensimmäiseen (työvalmentajan pisteet). Valmentautuja edistyi, kun pisteet nousivat keskimäärin, jokainen asteikko samalla painolla.</translation>
    </message>
    <message>
        <source>Change since the first assessment</source>
        <translation>Muutos ensimmäisestä arvioinnista</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Edistyi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Heikkeni</translation>
    </message>
    <message>
        <source>Assessed at least twice</source>
        <translation>Arvioitu vähintään kahdesti</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Valmentautujat</translation>
    </message>
    <message>
        <source>Average change per criterion group</source>
        <translation>Keskimääräinen muutos kriteeriryhmittäin</translation>
    </message>
    <message>
        <source>Criterion group</source>
        <translation>Kriteeriryhmä</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>Average change</source>
        <translation>Keskimääräinen muutos</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>In the scale's points; a group from fewer trainees than the threshold is not shown.</source>
        <translation>Asteikon pisteinä; ryhmää, jossa on kynnysarvoa vähemmän valmentautujia, ei näytetä.</translation>
    </message>
    <message>
        <source>Work done for municipal departments</source>
        <translation>Kunnan toimialoille tehty työ</translation>
    </message>
    <message>
        <source>Hours attended on work tasks, counted for the department whose order covered the task that day (else the task's usual orderer). Hours are not stored: they come from attendance.</source>
        <translation>Työtehtävissä kertyneet läsnäolotunnit sen toimialan hyväksi, jonka tilaus kattoi tehtävän sinä päivänä (muuten tehtävän tavallisen tilaajan). Tunteja ei tallenneta erikseen: ne lasketaan läsnäolosta.</translation>
    </message>
    <message>
        <source>Hours by field of work</source>
        <translation>Tunnit työaloittain</translation>
    </message>
    <message>
        <source>Field of work</source>
        <translation>Työala</translation>
    </message>
    <message>
        <source>Hours by orderer department</source>
        <translation>Tunnit tilaajatoimialoittain</translation>
    </message>
    <message>
        <source>Orderer department</source>
        <translation>Tilaajatoimiala</translation>
    </message>
    <message>
        <source>No orderer named</source>
        <translation>Tilaajaa ei nimetty</translation>
    </message>
    <message>
        <source>Orders done</source>
        <translation>Valmiit tilaukset</translation>
    </message>
    <message>
        <source>Feedback 1–5</source>
        <translation>Palaute 1–5</translation>
    </message>
    <message>
        <source>All data of a person</source>
        <translation>Henkilön kaikki tiedot</translation>
    </message>
    <message>
        <source>{name}: everything stored in TOIMI Desktop on {day}</source>
        <translation>{name}: kaikki TOIMI Desktopiin tallennettu {day}</translation>
    </message>
    <message>
        <source>Made for a subject access request. The same data is available as a machine-readable JSON file.</source>
        <translation>Laadittu tarkastuspyynnön perusteella. Samat tiedot ovat saatavilla koneluettavana JSON-tiedostona.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>not asked / not told</source>
        <translation>ei kysytty / ei kertonut</translation>
    </message>
    <message>
        <source>Basic details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Coaching periods and outcomes</source>
        <translation>Valmennusjaksot ja tulokset</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Task evaluations</source>
        <translation>Tehtävien arviot</translation>
    </message>
    <message>
        <source>Continuation plans</source>
        <translation>Jatkosuunnitelmat</translation>
    </message>
    <message>
        <source>Other versions of texts (sync conflicts)</source>
        <translation>Tekstien muut versiot (synkronoinnin ristiriidat)</translation>
    </message>
    <message>
        <source>Uses of the data (access log)</source>
        <translation>Tietojen käyttö (käyttöloki)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Ei kirjauksia.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Suostumuspäivä</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Asunnoton</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Asuu maaseudulla</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Muutettu viimeksi</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Suunniteltu päättyminen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Work coach</source>
        <translation>Työvalmentaja</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Tunteja päivässä</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Päiviä viikossa</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Coaching package</source>
        <translation>Valmennuspaketti</translation>
    </message>
    <message>
        <source>Note on the exit</source>
        <translation>Huomio poistumisesta</translation>
    </message>
    <message>
        <source>Engaged in job search on leaving</source>
        <translation>Työnhakijana poistuessa</translation>
    </message>
    <message>
        <source>In education or training on leaving</source>
        <translation>Koulutuksessa poistuessa</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Suoritti tutkinnon</translation>
    </message>
    <message>
        <source>In employment on leaving</source>
        <translation>Työssä poistuessa</translation>
    </message>
    <message>
        <source>Six-month follow-up</source>
        <translation>Puolen vuoden seuranta</translation>
    </message>
    <message>
        <source>In employment after six months</source>
        <translation>Työssä puolen vuoden kuluttua</translation>
    </message>
    <message>
        <source>Situation improved after six months</source>
        <translation>Tilanne parantunut puolessa vuodessa</translation>
    </message>
    <message>
        <source>Absence reason</source>
        <translation>Poissaolon syy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Oma</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomiot</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sopivuus</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Askel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Tallentaja</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Toinen versio</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Onnistui</translation>
    </message>
    <message>
        <source>Trainees in an open coaching period on {day}, and whether they had a continuation plan for that period and its review was on time.</source>
        <translation>Valmentautujat, joiden valmennusjakso oli käynnissä {day}, ja oliko heillä jaksolle jatkosuunnitelma ja oliko sen tarkistus ajallaan.</translation>
    </message>
    <message>
        <source>Continuation plans on {day}</source>
        <translation>Jatkosuunnitelmat {day}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Current plan, review on time</source>
        <translation>Voimassa oleva suunnitelma, tarkistus ajallaan</translation>
    </message>
    <message>
        <source>Current plan, review overdue</source>
        <translation>Voimassa oleva suunnitelma, tarkistus myöhässä</translation>
    </message>
    <message>
        <source>No current plan</source>
        <translation>Ei voimassa olevaa suunnitelmaa</translation>
    </message>
    <message>
        <source>Trainees in an open period</source>
        <translation>Valmentautujat käynnissä olevalla jaksolla</translation>
    </message>
    <message>
        <source>Trainees in coaching at any time in the range (each once, in their latest period), those who started and those who left.</source>
        <translation>Aikavälillä valmennuksessa olleet (kukin kerran, viimeisimmän jaksonsa mukaan), aloittaneet ja päättäneet.</translation>
    </message>
    <message>
        <source>In coaching by period kind</source>
        <translation>Valmennuksessa jaksotyypeittäin</translation>
    </message>
    <message>
        <source>Exits by period kind</source>
        <translation>Päättymiset jaksotyypeittäin</translation>
    </message>
    <message>
        <source>By period kind</source>
        <translation>Jaksotyypin mukaan</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Sukupuolen mukaan</translation>
    </message>
    <message>
        <source>Trainees in coaching by target group</source>
        <translation>Valmennuksessa olleet kohderyhmittäin</translation>
    </message>
    <message>
        <source>A trainee can belong to several target groups, so the rows do not add up to the number of trainees.</source>
        <translation>Valmentautuja voi kuulua useaan kohderyhmään, joten rivit eivät summaudu valmentautujien määräksi.</translation>
    </message>
    <message>
        <source>Starts by month</source>
        <translation>Aloitukset kuukausittain</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Naiset</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Miehet</translation>
    </message>
    <message>
        <source>Other or not known</source>
        <translation>Muu tai ei tiedossa</translation>
    </message>
    <message>
        <source>This range</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Exits and results</source>
        <translation>Päättymiset ja tulokset</translation>
    </message>
    <message>
        <source>Where trainees went when their period ended, the ESF+ results on leaving (within 28 days, the last event counts) and six months after leaving.</source>
        <translation>Mihin valmentautujat siirtyivät jakson päättyessä, ESR+-tulokset lähtöhetkellä (28 päivän kuluessa, viimeisin tapahtuma ratkaisee) ja kuusi kuukautta lähdön jälkeen.</translation>
    </message>
    <message>
        <source>Exits by outcome</source>
        <translation>Päättymiset tuloksen mukaan</translation>
    </message>
    <message>
        <source>Entrepreneurship (sole trader, cooperative, light)</source>
        <translation>Yrittäjyys (toiminimi, osuuskunta, kevytyrittäjyys)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>ESF+ results on leaving</source>
        <translation>ESR+-tulokset lähtöhetkellä</translation>
    </message>
    <message>
        <source>Of the trainees who left in the range; the share is of all who left, unknown answers included.</source>
        <translation>Aikavälillä päättäneistä; osuus kaikista päättäneistä, tuntemattomat vastaukset mukaan lukien.</translation>
    </message>
    <message>
        <source>Six months after leaving</source>
        <translation>Kuusi kuukautta lähdön jälkeen</translation>
    </message>
    <message>
        <source>Trainees whose six-month point fell in the range.</source>
        <translation>Valmentautujat, joiden kuuden kuukauden kohta osui aikavälille.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Share yes</source>
        <translation>Kyllä-osuus</translation>
    </message>
    <message>
        <source>Previous share</source>
        <translation>Edellinen osuus</translation>
    </message>
    <message>
        <source>Engaged in job searching (EECR01)</source>
        <translation>Työnhakijana (EECR01)</translation>
    </message>
    <message>
        <source>In education or training (EECR02)</source>
        <translation>Koulutuksessa (EECR02)</translation>
    </message>
    <message>
        <source>Gained a qualification (EECR03)</source>
        <translation>Suorittanut tutkinnon (EECR03)</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment (EECR04)</source>
        <translation>Työssä, myös itsensä työllistäjänä (EECR04)</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment (EECR05)</source>
        <translation>Työssä, myös itsensä työllistäjänä (EECR05)</translation>
    </message>
    <message>
        <source>Improved labour market situation (EECR06)</source>
        <translation>Työmarkkina-asema parantunut (EECR06)</translation>
    </message>
    <message>
        <source>{value} pp</source>
        <translation>{value} %-yks.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Expense allowance per day</source>
        <translation>Kulukorvaus päivältä</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Rehabilitative work activity: paid for each day actually attended (9 € in 2026).</source>
        <translation>Kuntouttava työtoiminta: maksetaan jokaiselta päivältä, jona valmentautuja on ollut paikalla (9 € vuonna 2026).</translation>
    </message>
    <message>
        <source>Allowance days at most a week</source>
        <translation>Korvattavia päiviä enintään viikossa</translation>
    </message>
    <message>
        <source>days</source>
        <translation>päivää</translation>
    </message>
    <message>
        <source>Kela allows at most 5; the municipalities' practice is 4.</source>
        <translation>Kela sallii enintään 5; kuntien käytäntö on 4.</translation>
    </message>
    <message>
        <source>Smallest figure shown in summaries</source>
        <translation>Pienin koosteissa näytettävä luku</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>henkilöä</translation>
    </message>
    <message>
        <source>Smaller figures in steering-group summaries are hidden so that no person can be recognised (Sovari uses 7).</source>
        <translation>Ohjausryhmän koosteissa pienemmät luvut piilotetaan, jottei ketään voi tunnistaa (Sovari käyttää rajaa 7).</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>Varmuuskopiomuistutus</translation>
    </message>
    <message>
        <source>When changes wait for sync and the last backup is older than this, the status bar reminds to back up.</source>
        <translation>Kun muutoksia odottaa synkronointia ja viimeisin varmuuskopio on tätä vanhempi, tilarivi muistuttaa varmuuskopioinnista.</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lukitus käyttämättömänä</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuuttia</translation>
    </message>
    <message>
        <source>The window locks when nobody has used it for this long and asks for the password again; unsaved input stays. 0 = never.</source>
        <translation>Ikkuna lukittuu, kun sitä ei ole käytetty näin pitkään, ja kysyy salasanan uudelleen; tallentamattomat tiedot säilyvät. 0 = ei koskaan.</translation>
    </message>
    <message>
        <source>Keep records of former trainees</source>
        <translation>Entisten valmentautujien tietojen säilytys</translation>
    </message>
    <message>
        <source>years</source>
        <translation>vuotta</translation>
    </message>
    <message>
        <source>After the last period ended; then the retention job deletes them. Municipal practice and ESF+ both keep 5 years.</source>
        <translation>Viimeisen jakson päättymisestä; sen jälkeen säilytysajan ylittäneet tiedot poistetaan. Kuntien käytäntö ja ESR+ säilyttävät molemmat 5 vuotta.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Allowance approval</source>
        <translation>Kulukorvausten hyväksyntä</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>Arvioinnin pisteet</translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Arviointipohja</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>Tapahtumalokin merkintä</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Valmennusympäristö</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Suljettu päivä</translation>
    </message>
    <message>
        <source>Coach of an environment</source>
        <translation>Ympäristön valmentaja</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Coaching period</source>
        <translation>Valmennusjakso</translation>
    </message>
    <message>
        <source>Plan step</source>
        <translation>Suunnitelman vaihe</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Suunnitelman versio</translation>
    </message>
    <message>
        <source>Service package</source>
        <translation>Palvelupaketti</translation>
    </message>
    <message>
        <source>Task of a package</source>
        <translation>Paketin tehtävä</translation>
    </message>
    <message>
        <source>Text conflict</source>
        <translation>Tekstiristiriita</translation>
    </message>
    <message>
        <source>Task evaluation</source>
        <translation>Tehtävän arvio</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Työtilaus</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Exit note</source>
        <translation>Päättämisen huomio</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Development needs</source>
        <translation>Kehittämistarpeet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomiot</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Turvallisuusohjeet</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Palvelut, joihin ohjattu</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Välineet</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>It is outside your role or municipalities.</source>
        <translation>Se ei kuulu roolisi tai kuntiesi tietoihin.</translation>
    </message>
    <message>
        <source>The record is no longer on this computer.</source>
        <translation>Tietoa ei enää ole tällä tietokoneella.</translation>
    </message>
    <message>
        <source>The person is already in the register with this personal identity code. Open the existing person and merge this copy into it.</source>
        <translation>Henkilö on jo rekisterissä tällä henkilötunnuksella. Avaa rekisterissä oleva henkilö ja yhdistä tämä kopio siihen.</translation>
    </message>
    <message>
        <source>The person is already in the register of another municipality with this personal identity code. Ask a coordinator.</source>
        <translation>Henkilö on jo toisen kunnan rekisterissä tällä henkilötunnuksella. Kysy koordinaattorilta.</translation>
    </message>
    <message>
        <source>A text is too long for the server.</source>
        <translation>Teksti on palvelimelle liian pitkä.</translation>
    </message>
    <message>
        <source>The record cannot be changed once saved.</source>
        <translation>Tietoa ei voi muuttaa tallentamisen jälkeen.</translation>
    </message>
    <message>
        <source>The server did not accept it ({reason}).</source>
        <translation>Palvelin ei hyväksynyt sitä ({reason}).</translation>
    </message>
    <message>
        <source>Another record on this computer has the same {field}.</source>
        <translation>Tällä tietokoneella on jo toinen tieto, jolla on sama {field}.</translation>
    </message>
    <message>
        <source>The field {field} is empty.</source>
        <translation>Kenttä {field} on tyhjä.</translation>
    </message>
    <message>
        <source>It refers to a record that is not on this computer.</source>
        <translation>Se viittaa tietoon, jota ei ole tällä tietokoneella.</translation>
    </message>
    <message>
        <source>It does not fit the data on this computer; an update of the app may be needed.</source>
        <translation>Se ei sovi tämän tietokoneen tietoihin; sovellus on ehkä päivitettävä.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Not asked or declined</source>
        <translation>Ei kysytty / ei kertonut</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
</TS>