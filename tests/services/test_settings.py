"""Saving settings: every field checked, coordinators only for project settings, audited,
and this computer's language and text size kept in its preferences file."""

from __future__ import annotations

import json

import pytest

from toimi_desktop import preferences
from toimi_desktop.services import settings
from toimi_desktop.services.errors import PermissionDenied, ValidationError

RATE, CAP, THRESHOLD = (settings.ALLOWANCE_RATE.key, settings.ALLOWANCE_WEEKLY_CAP.key,
                        settings.SUPPRESSION_THRESHOLD.key)


def test_every_field_is_checked_and_nothing_saved_on_error(as_user):
    ctx = as_user("koordinaattori")
    with pytest.raises(ValidationError) as failed:
        settings.save_settings(ctx, {RATE: "nine", CAP: 4.5, THRESHOLD: 2},
                               preferences.Preferences(language="sv", font_size=40))
    errors = failed.value.errors
    assert set(errors) == {RATE, CAP, THRESHOLD, "language", "font_size"}
    assert errors[RATE].template == "Give a number."
    assert errors[CAP].template == "Give a whole number."
    assert errors[THRESHOLD].params == {"low": 3, "high": 20}
    assert settings.read_all(ctx) == {s.key: s.default for s in settings.all_settings()}
    assert not preferences.path().exists()


def test_coordinator_saves_project_settings_with_an_audit_entry(as_user, db):
    ctx = as_user("koordinaattori")
    saved = settings.save_settings(ctx, {RATE: 9.5, CAP: 4, THRESHOLD: 7})
    assert saved.changed == [RATE, THRESHOLD] and not saved.restart_needed
    assert settings.read_all(ctx) == {**{s.key: s.default for s in settings.all_settings()},
                                      RATE: 9.5, THRESHOLD: 7}
    action, details = db.reader().execute(
        "SELECT action, details FROM audit_entry WHERE entity = 'setting'").fetchone()
    assert action == "settings.save"
    assert json.loads(details) == {RATE: [9.0, 9.5], THRESHOLD: [5, 7]}
    outbox = {t for (t,) in db.reader().execute("SELECT table_name FROM sync_outbox")}
    assert "audit_entry" in outbox
    # Saving the same values again changes nothing and writes no audit entry.
    assert settings.save_settings(ctx, {RATE: 9.5, CAP: 4, THRESHOLD: 7}).changed == []
    assert db.reader().execute(
        "SELECT count(*) FROM audit_entry WHERE entity = 'setting'").fetchone()[0] == 1


def test_others_keep_project_settings_but_choose_their_language(as_user):
    coach = as_user("valmentaja")
    with pytest.raises(PermissionDenied):
        settings.save_settings(coach, {RATE: 12.0})
    assert settings.read_all(coach)[RATE] == 9.0
    saved = settings.save_settings(coach, {RATE: 9.0},  # unchanged: allowed
                                   preferences.Preferences(language="en", font_size=13))
    assert saved.restart_needed and set(saved.changed) == {"language", "font_size"}
    stored = preferences.load()
    assert (stored.language, stored.font_size) == ("en", 13)


def test_preferences_survive_a_broken_file_and_keep_the_database_choice(tmp_path):
    preferences.path().parent.mkdir(parents=True, exist_ok=True)
    preferences.path().write_text("{not json", encoding="utf-8")
    assert preferences.load() == preferences.Preferences()
    chosen = tmp_path / "mine.db"
    chosen.touch()
    settings.save_first_run("en", str(chosen))
    assert preferences.chosen_database(preferences.load()) == chosen
    with pytest.raises(ValidationError):
        settings.save_first_run("de", str(chosen))


def test_a_new_setting_is_found_by_itself(monkeypatch):
    """The Settings dialog lists `all_settings()`: a new module-level Setting joins it."""
    extra = settings.Setting("test.coffee_breaks", 2, 0, 4, label="Coffee breaks")
    monkeypatch.setattr(settings, "COFFEE_BREAKS", extra, raising=False)
    assert settings.all_settings()[-1] is extra
    assert settings.by_key("test.coffee_breaks") is extra
