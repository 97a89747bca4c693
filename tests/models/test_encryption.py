"""Encryption at rest: what a copied file reveals, wrong and missing keys, no keyring, and the
encryption of an old plaintext file."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from memory_keyring import MemoryKeyring

from toimi_desktop.i18n import translate
from toimi_desktop.models.database import Database, connect, dbapi
from toimi_desktop.models.encryption import (
    IN_USE,
    KEY_MISSING,
    NO_KEYRING,
    NOT_A_DATABASE,
    SERVICE,
    UNSAFE_KEYRING,
    WRONG_KEY,
    DatabaseKey,
    DatabaseKeyError,
    file_kind,
    look_up_early,
)
from toimi_desktop.services.register import RegisterFilter, TraineeRegister
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)
NAME, HETU = "Kyllikki", "131052-308T"


def _files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


def _salt(path: Path) -> str:
    return path.read_bytes()[:16].hex()


def _decrypted_copy(db: Database, target: Path) -> None:
    """What a thief with the key would have: the same database without encryption."""
    conn = db.raw_connection()
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


@pytest.fixture
def person(db, as_user) -> str:
    return create_trainee(as_user("koordinaattori"), TraineeInput(
        NAME, "Korhonen", "167", hetu=HETU, phone="040 123 4567"), today=TODAY).id


def test_the_files_hold_no_name_or_hetu_though_search_finds_them(db, as_user, person,
                                                                   tmp_path):
    register = TraineeRegister(as_user("koordinaattori"), today=TODAY)
    assert [r.id for r in register.page(RegisterFilter(NAME.lower()[:4]))] == [person]
    assert [r.id for r in register.page(RegisterFilter(HETU))] == [person]
    files = _files(db.path)  # the database and its WAL, written but not yet folded in
    assert db.path.with_name(db.path.name + "-wal") in files
    for needle in (NAME, HETU, "Korhonen", "040 123 4567", "SQLite format 3"):
        for encoded in (needle.encode(), needle.encode("utf-16-le")):
            assert not any(encoded in p.read_bytes() for p in files), (needle, files)
    # The same search on the same data unencrypted does find them: the check can fail.
    _decrypted_copy(db, tmp_path / "plain.db")
    plain = (tmp_path / "plain.db").read_bytes()
    assert NAME.encode() in plain and HETU.encode() in plain


def test_a_copy_opens_only_with_its_key(db, person, tmp_path):
    db.dispose()
    stolen = tmp_path / "stolen.db"
    shutil.copy(db.path, stolen)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(stolen).execute("SELECT count(*) FROM trainee").fetchone()
    for key in (None, DatabaseKey.generate()):
        conn = dbapi.connect(str(stolen))
        if key is not None:
            conn.execute(f'PRAGMA key = "{key.pragma_value}"')
        with pytest.raises(dbapi.DatabaseError, match="file is not a database"):
            conn.execute("SELECT count(*) FROM trainee").fetchone()
        conn.close()
    # On this computer its key is in the keyring (under the salt the copy shares).
    assert connect(stolen).execute("SELECT first_name FROM trainee").fetchall() == [(NAME,)]


def test_without_its_key_in_the_keyring_the_database_is_refused_in_finnish(db, person):
    db.dispose()
    keyring.delete_password(SERVICE, _salt(db.path))  # as on another computer
    before = db.path.read_bytes()
    with pytest.raises(DatabaseKeyError) as missing:
        Database(db.path)
    assert missing.value.message.template == KEY_MISSING
    assert "salausavain" in missing.value.text("fi")
    assert db.path.read_bytes() == before


def test_a_wrong_key_in_the_keyring_is_refused(db, person):
    db.dispose()
    keyring.set_password(SERVICE, _salt(db.path), DatabaseKey.generate().key.hex())
    with pytest.raises(DatabaseKeyError) as wrong:
        Database(db.path)
    assert wrong.value.message.template == WRONG_KEY


def test_no_keyring_refuses_and_writes_no_plaintext(tmp_path):
    keyring.set_keyring(FailKeyring())
    with pytest.raises(DatabaseKeyError) as refused:
        Database(tmp_path / "new.db")
    assert refused.value.message.template == NO_KEYRING
    assert translate("errors", NO_KEYRING, "fi") != NO_KEYRING  # said in Finnish
    assert list(tmp_path.iterdir()) == []  # no file made, plaintext or otherwise


def test_a_keyring_that_forgets_is_no_keyring(tmp_path):
    class Forgetful(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            pass

        def delete_password(self, service, username):
            pass

    keyring.set_keyring(Forgetful())
    with pytest.raises(DatabaseKeyError) as refused:
        Database(tmp_path / "new.db")
    assert refused.value.message.template == NO_KEYRING
    assert list(tmp_path.iterdir()) == []


def test_a_plain_file_keyring_is_refused(tmp_path):
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"  # what keyrings.alt would give
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(DatabaseKeyError) as refused:
        Database(tmp_path / "new.db")
    assert refused.value.message.template == UNSAFE_KEYRING
    assert list(tmp_path.iterdir()) == []


def test_a_chain_with_a_plain_file_keyring_is_refused(tmp_path):
    from keyring.backends.chainer import ChainerBackend

    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    class Chain(ChainerBackend):  # what keyring builds when several backends are there
        backends = (MemoryKeyring(), PlaintextKeyring())  # the second takes over on failure

    keyring.set_keyring(Chain())
    with pytest.raises(DatabaseKeyError) as refused:
        Database(tmp_path / "new.db")
    assert refused.value.message.template == UNSAFE_KEYRING
    assert "PlaintextKeyring" in refused.value.text("en")


def test_the_key_is_never_in_a_repr():
    key = DatabaseKey.generate()
    assert key.key.hex() not in repr(key) and key.key.hex() not in key.account


# --- an old plaintext file ------------------------------------------------------------------

def _counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.fixture
def plaintext(db, person, tmp_path) -> tuple[Path, dict[str, int]]:
    """A database as an older version left it: unencrypted, in WAL mode, with data."""
    path = tmp_path / "old" / "toimi.db"
    path.parent.mkdir()
    _decrypted_copy(db, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE trainee SET phone = '050 765 4321'")  # left in the WAL
    conn.commit()
    counts = _counts(conn)
    conn.close()
    assert file_kind(path) == "plain" and counts["trainee"] == 1
    return path, counts


def test_a_plaintext_file_is_encrypted_in_place_keeping_every_row(plaintext):
    path, counts = plaintext
    database = Database(path)
    try:
        assert _counts(database.reader()) == counts
        assert database.reader().execute("SELECT first_name, phone FROM trainee").fetchall() \
            == [(NAME, "050 765 4321")]
    finally:
        database.dispose()
    assert file_kind(path) == "encrypted"
    assert keyring.get_password(SERVICE, _salt(path)) is not None
    assert sorted(p.name for p in path.parent.iterdir()) == ["toimi.db"]  # no temp, no WAL
    data = path.read_bytes()
    assert NAME.encode() not in data and HETU.encode() not in data
    assert b"050 765 4321" not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM trainee").fetchone()


def test_a_plaintext_file_in_use_is_left_as_it_is(plaintext):
    path, _ = plaintext
    # Another program has it open (another process: locks within one process do not count).
    other = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM trainee').fetchone(); print('open', flush=True); "
         "sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline() == "open\n"
        before = path.read_bytes()
        with pytest.raises(DatabaseKeyError) as busy:
            Database(path)
        assert busy.value.message.template == IN_USE
        assert path.read_bytes() == before
        assert file_kind(path) == "plain"
    finally:
        other.communicate("", timeout=30)
    assert not path.with_name(".toimi.db.encrypting").exists()


def test_another_programs_sqlite_file_is_never_encrypted(tmp_path):
    path = tmp_path / "server.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE record (id TEXT PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseKeyError) as refused:
        Database(path)
    assert refused.value.message.template == NOT_A_DATABASE
    assert path.read_bytes() == before


def test_a_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database\n")
    with pytest.raises(DatabaseKeyError) as refused:
        Database(path)
    assert refused.value.message.template == NOT_A_DATABASE


# --- the early look-up at start-up ------------------------------------------------------------

def test_a_key_looked_up_early_opens_the_database(db, person):
    db.dispose()
    look_up_early(db.path)  # what the app's start-up thread does
    database = Database(db.path)
    try:
        assert database.reader().execute("SELECT first_name FROM trainee").fetchall() == [
            (NAME,)]
    finally:
        database.dispose()


def test_an_early_look_up_without_a_keyring_fails_where_the_database_opens(db, person):
    db.dispose()
    keyring.set_keyring(FailKeyring())
    look_up_early(db.path)
    with pytest.raises(DatabaseKeyError) as refused:
        Database(db.path)
    assert refused.value.message.template == NO_KEYRING


def test_encrypting_a_plaintext_file_keeps_its_triggers_and_indexes(plaintext):
    """The summary's totals are kept by triggers: an encrypted copy without them would let the
    totals drift silently."""
    path, _counts = plaintext
    conn = sqlite3.connect(path)
    schema = sorted(conn.execute("SELECT type, name FROM sqlite_master WHERE type IN"
                                 " ('trigger', 'index')").fetchall())
    conn.close()
    assert ("trigger", "summary_attendance_insert") in schema
    database = Database(path)
    try:
        assert sorted(database.reader().execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index')"
        ).fetchall()) == schema
    finally:
        database.dispose()
