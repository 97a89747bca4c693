"""Shared fixtures: headless Qt, isolated user dirs, the test keyring, real (encrypted)
SQLite files from a template."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

# Without a display Qt aborts the whole run instead of failing: go offscreen before any import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Database keys and sync tokens go to the in-memory test keyring, chosen before keyring loads
# a backend; processes a test starts find it on PYTHONPATH.
TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(TESTS), *filter(None, [os.environ.get("PYTHONPATH")])])
os.environ["PYTHON_KEYRING_BACKEND"] = "memory_keyring.MemoryKeyring"

from memory_keyring import SHARED_FILE, MemoryKeyring  # noqa: E402
from people_helpers import give_password, link_coach  # noqa: E402

from toimi_desktop.models import Environment, User  # noqa: E402
from toimi_desktop.models.database import Database  # noqa: E402
from toimi_desktop.models.enums import EnvironmentKind, Role  # noqa: E402
from toimi_desktop.models.ids import new_id  # noqa: E402
from toimi_desktop.services.context import ServiceContext, actor_for  # noqa: E402

# The `people` fixture of the rights and access-log tests (tests/access_fixtures.py).
pytest_plugins = ["access_fixtures"]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's real data, config or keyring."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))


@pytest.fixture(autouse=True)
def _demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI signs in with $TOIMI_PASSWORD: the demo users' password, which the test
    helpers give their users too (`people_helpers.give_password`)."""
    from toimi_desktop.services.signin import DEMO_PASSWORD

    monkeypatch.setenv("TOIMI_PASSWORD", DEMO_PASSWORD)


@pytest.fixture(autouse=True)
def _finnish_by_default():
    """Each test starts in the default language, whatever an earlier test switched to."""
    from toimi_desktop import i18n

    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture(scope="session", autouse=True)
def _session_keyring(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One test keyring for the session, shared with the processes tests start."""
    os.environ[SHARED_FILE] = str(tmp_path_factory.mktemp("keyring") / "keyring.json")
    MemoryKeyring.secrets.clear()


@pytest.fixture(autouse=True)
def _test_keyring(_session_keyring: None):
    """Each test starts with the session's keys (the template's) and leaves none behind; a
    test may switch the backend (e.g. to none at all), the next one gets the test keyring."""
    import keyring

    keyring.set_keyring(MemoryKeyring())
    MemoryKeyring.load()
    kept = dict(MemoryKeyring.secrets)
    yield MemoryKeyring.secrets
    MemoryKeyring.secrets.clear()
    MemoryKeyring.secrets.update(kept)
    MemoryKeyring.save()
    keyring.set_keyring(MemoryKeyring())


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory, _session_keyring: None) -> Path:
    """A freshly migrated database, made once; tests get copies (migrations are slow-ish).
    The copies carry the template's salt, so they open with its key from the keyring."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    Database(path).dispose()
    return path


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Database:
    path = tmp_path / "toimi.db"
    shutil.copy(template_db, path)
    database = Database(path)
    yield database
    database.dispose()


def add_user(db: Database, username: str, role: Role, municipalities: list[str]) -> str:
    """Test setup helper: a user row straight into the table (accounts come from the server)."""
    from toimi_desktop.models import Municipality

    with db.session() as session, session.begin():
        user = User(id=new_id(), username=username, display_name=username.title(), role=role)
        user.municipalities = [session.get(Municipality, code) for code in municipalities]
        session.add(user)
    give_password(db, username)
    return user.id


def add_environment(db: Database, municipality_code: str, name: str) -> str:
    with db.session() as session, session.begin():
        env = Environment(id=new_id(), municipality_code=municipality_code, name=name,
                          kind=EnvironmentKind.INTERNAL_MUNICIPAL, updated_hlc="0")
        session.add(env)
        return env.id


@pytest.fixture
def world(db: Database) -> dict[str, str]:
    """Users of several roles and an environment in Joensuu and in Liperi, each coach a
    coach of their municipality's environment."""
    people = {
        "coordinator": add_user(db, "koordinaattori", Role.COORDINATOR, []),
        "coach": add_user(db, "valmentaja", Role.COACH, ["167"]),
        "career_agent": add_user(db, "agentti", Role.CAREER_AGENT, ["167"]),
        "steering": add_user(db, "ohjausryhma", Role.STEERING_GROUP, ["167"]),
        "liperi_coach": add_user(db, "liperi", Role.COACH, ["426"]),
        "joensuu_env": add_environment(db, "167", "Taitamo"),
        "liperi_env": add_environment(db, "426", "Liperin työpaja"),
    }
    link_coach(db, people["joensuu_env"], people["coach"])
    link_coach(db, people["liperi_env"], people["liperi_coach"])
    return people


@pytest.fixture
def as_user(db: Database, world: dict[str, str]):
    """`as_user("valmentaja")` → a ServiceContext acting as that user."""
    return lambda username: ServiceContext(db, actor_for(db, username))
