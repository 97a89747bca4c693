"""Name pools for demo people. Weights make common surnames (Virtanen, Korhonen) common, so
search behaves as with real data: a prefix like "Kor" matches hundreds of trainees."""

from __future__ import annotations

FEMALE_FIRST: tuple[str, ...] = (
    "Anna", "Maria", "Johanna", "Sari", "Minna", "Tiina", "Päivi", "Satu", "Hanna", "Anne",
    "Katja", "Laura", "Heidi", "Jenni", "Elina", "Riikka", "Marjo", "Tuula", "Pirjo",
    "Sanna", "Niina", "Eveliina", "Aino", "Emma", "Sofia", "Aleksandra", "Helmi", "Venla",
    "Marja-Liisa", "Irma", "Leena", "Merja", "Tarja", "Kaisa", "Noora", "Milla", "Jonna",
    "Pauliina", "Susanna", "Outi",
)
MALE_FIRST: tuple[str, ...] = (
    "Juha", "Timo", "Matti", "Mikko", "Jari", "Kari", "Antti", "Jukka", "Markku", "Pekka",
    "Mika", "Hannu", "Heikki", "Sami", "Janne", "Petri", "Ville", "Tuomas", "Jani", "Marko",
    "Teemu", "Aleksi", "Joni", "Eero", "Lauri", "Onni", "Veeti", "Eetu", "Juho", "Toni",
    "Esa", "Seppo", "Raimo", "Tapio", "Pasi", "Jouni", "Arto", "Reijo", "Ari", "Jarmo",
)
NEUTRAL_FIRST: tuple[str, ...] = ("Aarre", "Alex", "Kim", "Robin", "Sasha", "Toni", "Ilo",
                                  "Kaino", "Niko", "Riku")

# (surname, weight): common national surnames first, then typical North Karelian ones.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("Korhonen", 30), ("Virtanen", 30), ("Mäkinen", 16), ("Nieminen", 15), ("Mäkelä", 12),
    ("Hämäläinen", 14), ("Laine", 12), ("Heikkinen", 16), ("Koskinen", 10), ("Järvinen", 10),
    ("Lehtonen", 9), ("Lehtinen", 9), ("Saarinen", 8), ("Salminen", 8), ("Heinonen", 10),
    ("Niemi", 8), ("Heikkilä", 6), ("Kinnunen", 14), ("Salonen", 7), ("Turunen", 14),
    ("Salo", 6), ("Laitinen", 10), ("Tuominen", 6), ("Rantanen", 6), ("Karjalainen", 22),
    ("Jokinen", 7), ("Mattila", 5), ("Savolainen", 10), ("Lahtinen", 6), ("Ahonen", 9),
    ("Hyvönen", 14), ("Pesonen", 14), ("Kettunen", 14), ("Hirvonen", 12), ("Pitkänen", 10),
    ("Ikonen", 10), ("Piirainen", 10), ("Kärkkäinen", 12), ("Hakkarainen", 9),
    ("Puustinen", 9), ("Tolvanen", 8), ("Ryynänen", 9), ("Kokkonen", 8), ("Martikainen", 9),
    ("Kiiskinen", 7), ("Parviainen", 8), ("Väisänen", 9), ("Kononen", 8), ("Nevalainen", 8),
    ("Vatanen", 6), ("Tanskanen", 6), ("Rautiainen", 8), ("Sivonen", 6), ("Mustonen", 9),
    ("Leinonen", 7), ("Lipponen", 6), ("Hyttinen", 7), ("Koponen", 7), ("Partanen", 8),
    ("Huttunen", 9), ("Ronkainen", 6), ("Kurki", 4), ("Sirviö", 5), ("Hiltunen", 6),
    ("Eronen", 6), ("Räsänen", 9), ("Ikäheimo", 3), ("Oinonen", 6), ("Pärnänen", 4),
    ("Tahvanainen", 6), ("Lappalainen", 9), ("Turpeinen", 5), ("Könönen", 5),
    ("Harinen", 4), ("Kuittinen", 5), ("Vänskä", 3), ("Nenonen", 5), ("Asikainen", 5),
    ("Jeskanen", 3), ("Pölönen", 4), ("Kähkönen", 5), ("Hakulinen", 4), ("Mononen", 5),
    ("Tikka", 3), ("Kuronen", 4), ("Sallinen", 4), ("Purmonen", 3), ("Timonen", 6),
)

# Immigrant names by language (ISO 639-1): (female first, male first, surnames).
# `gendered_surnames` languages take a feminine surname form for women.
IMMIGRANT_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("Olga", "Irina", "Svetlana", "Natalia", "Jelena", "Tatjana"),
           ("Sergei", "Aleksei", "Dmitri", "Ivan", "Nikolai", "Andrei"),
           ("Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov")),
    "uk": (("Olena", "Oksana", "Iryna", "Kateryna", "Yulia", "Halyna"),
           ("Oleksandr", "Andrii", "Serhii", "Mykola", "Taras", "Yurii"),
           ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
            "Boiko")),
    "ar": (("Fatima", "Aisha", "Mariam", "Noor", "Layla", "Huda"),
           ("Ahmed", "Mohammed", "Ali", "Omar", "Hassan", "Yousef"),
           ("Hassan", "Ali", "Al-Sayed", "Abdullah", "Haddad", "Khalil", "Mahmoud")),
    "so": (("Hodan", "Amina", "Faadumo", "Sahra", "Ifrah", "Nasra"),
           ("Abdi", "Mohamed", "Abdullahi", "Hussein", "Ismail", "Yusuf"),
           ("Mohamed", "Ahmed", "Warsame", "Abdi", "Farah", "Jama", "Osman")),
    "fa": (("Zahra", "Maryam", "Fatemeh", "Shirin", "Leila", "Parisa"),
           ("Reza", "Ali", "Hossein", "Mehdi", "Amir", "Mohammad"),
           ("Ahmadi", "Hosseini", "Rahimi", "Karimi", "Mohammadi", "Rezaei", "Jafari")),
    "en": (("Grace", "Mary", "Joy", "Esther", "Sarah", "Blessing"),
           ("John", "David", "Samuel", "Emmanuel", "Daniel", "Michael"),
           ("Smith", "Okafor", "Mensah", "Johnson", "Adeyemi", "Brown", "Williams")),
    "et": (("Kadri", "Triin", "Mari", "Liis", "Kristiina", "Piret"),
           ("Andres", "Toomas", "Margus", "Jaan", "Priit", "Rein"),
           ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane")),
    "ti": (("Selam", "Helen", "Saba", "Rahel", "Senait", "Tsega"),
           ("Yonas", "Daniel", "Tesfay", "Michael", "Samuel", "Berhane"),
           ("Tesfamariam", "Ghebremedhin", "Haile", "Berhe", "Kidane", "Tekle", "Woldu")),
}
IMMIGRANT_LANGUAGE_WEIGHTS: dict[str, int] = {
    "ru": 30, "uk": 22, "ar": 12, "so": 8, "fa": 10, "en": 8, "et": 6, "ti": 4,
}
GENDERED_SURNAMES = frozenset({"ru"})
EU_LANGUAGES = frozenset({"et"})  # citizens of an EU country are not third-country nationals

# Client managers (asiakasvastaavat) of the employment area who refer trainees.
CLIENT_MANAGERS: tuple[str, ...] = (
    "Riikka Kettunen", "Mervi Hiltunen", "Jussi Pakarinen", "Terhi Kärkkäinen",
    "Anu Tolvanen", "Harri Rautiainen", "Katri Sivonen", "Pia Nenonen", "Ossi Lappalainen",
    "Maija Eronen", "Elina Asikainen", "Tommi Hakulinen", "Sini Oinonen", "Kalle Turpeinen",
)


def feminine_surname(surname: str, language: str) -> str:
    """Russian surnames take -a for women (Ivanov → Ivanova)."""
    if language in GENDERED_SURNAMES and surname.endswith(("ov", "ev", "in")):
        return surname + "a"
    return surname


def ascii_slug(text: str) -> str:
    """Ääkköset off, for e-mail addresses and user names: "Hämäläinen" → "hamalainen"."""
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})
    return "".join(ch for ch in text.translate(table).lower() if ch.isalnum() or ch in ".-")
