"""Settings validation and the per-chat store (what is kept, expiry, forgetting)."""
from __future__ import annotations

import sqlite3

import pytest

from bot.core import ChatPrefs
from bot.settings import SettingsError, load_settings
from bot.store import DAY, ChatStore

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def test_polling_is_the_default_and_the_token_is_never_in_the_repr():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.mode == "polling" and settings.store_ttl_days == 30
    assert TOKEN not in repr(settings) and "AAHdq" not in repr(settings)


def test_webhook_mode_needs_a_url_and_a_secret_and_every_problem_is_listed():
    with pytest.raises(SettingsError) as error:
        load_settings({"TELEGRAM_BOT_TOKEN": "nonsense", "BOT_MODE": "webhook", "WEBHOOK_PORT": "x"})
    message = str(error.value)
    for expected in ("TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_PORT"):
        assert expected in message
    assert "nonsense" not in message


def test_a_self_hosted_api_server_sets_base_and_file_urls():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "http://127.0.0.1:8081/bot"})
    assert settings.api_url == "http://127.0.0.1:8081/bot"
    assert settings.file_url == "http://127.0.0.1:8081/file/bot"


def test_missing_token_is_a_clear_error():
    with pytest.raises(SettingsError, match="BotFather"):
        load_settings({})


def test_the_store_keeps_only_language_and_audience_by_chat_id(tmp_path):
    path = tmp_path / "chats.sqlite3"
    store = ChatStore(path)
    store.put(42, ChatPrefs(language="cy", audience="parent"))
    assert store.get(42) == ChatPrefs(language="cy", audience="parent")
    store.close()
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(chat_prefs)")]
    assert columns == ["chat_id", "language", "audience", "updated_at"]


def test_entries_expire_and_forget_deletes_at_once(tmp_path):
    now = [1_000_000.0]
    store = ChatStore(tmp_path / "chats.sqlite3", ttl_days=30, clock=lambda: now[0])
    store.put(1, ChatPrefs(language="cy"))
    store.put(2, ChatPrefs(language="cy"))
    now[0] += 29 * DAY
    assert store.get(1).language == "cy"
    now[0] += 2 * DAY
    assert store.get(1) == ChatPrefs() and not store.exists(1)
    assert store.purge_expired() == 1 and not store.exists(2)
    store.put(3, ChatPrefs(audience="staff"))
    store.forget(3)
    assert not store.exists(3)
