"""Settings validation and the per-chat store (what is kept, expiry, forgetting)."""
from __future__ import annotations

import asyncio
import logging
import sqlite3
import time

import pytest

from bot.core import ChatPrefs
from bot.safe_store import SafeStore
from bot.settings import SettingsError, load_settings
from bot.store import DAY, ChatStore, StoreError

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


# ---------------------------------------------------------------------------------------------
# the store as the handlers see it: never raising, never blocking, said once in the log

class BrokenStore(ChatStore):
    """A real store whose every call fails as a locked or read-only file would."""

    def __init__(self, path, delay=0.0):
        super().__init__(path)
        self.delay = delay
        self.calls = 0

    def _fail(self):
        self.calls += 1
        time.sleep(self.delay)
        raise sqlite3.OperationalError("database is locked")

    def load(self, chat_id):
        self._fail()

    def put(self, chat_id, prefs):
        self._fail()

    def forget(self, chat_id):
        self._fail()


def test_a_failing_store_gives_defaults_skips_writes_and_says_so_once(tmp_path, caplog):
    broken = BrokenStore(tmp_path / "chats.sqlite3")
    store = SafeStore.wrapping(broken)

    async def scenario():
        return [await store.load(4242), await store.save(4242, ChatPrefs(language="cy")),
                await store.forget(4242), await store.load(4243)]
    with caplog.at_level(logging.WARNING):
        assert asyncio.run(scenario()) == [None, False, False, None]
    assert broken.calls == 1  # after the first failure the store is left alone for a while
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and "database is locked" in warnings[0]
    assert "4242" not in caplog.text and "4243" not in caplog.text


def test_a_store_that_hangs_costs_a_handler_at_most_the_timeout(tmp_path):
    store = SafeStore.wrapping(BrokenStore(tmp_path / "chats.sqlite3", delay=3.0))

    async def scenario():
        started = time.monotonic()
        result = await store.load(1)
        return result, time.monotonic() - started
    result, took = asyncio.run(scenario())
    assert result is None and took < 1.0


def test_the_store_is_tried_again_after_a_pause_and_its_return_is_logged(tmp_path, caplog):
    now = [0.0]
    path = tmp_path / "chats.sqlite3"
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("CREATE TABLE t (x)")
    locker.execute("BEGIN EXCLUSIVE")
    store = SafeStore(lambda: ChatStore(path), retry_after=10, clock=lambda: now[0])

    async def scenario():
        first = await store.save(7, ChatPrefs(language="cy"))
        locker.execute("ROLLBACK")
        now[0] = 5.0
        paused = await store.save(7, ChatPrefs(language="cy"))  # still within the pause: not tried
        now[0] = 11.0
        again = await store.save(7, ChatPrefs(language="cy"))
        return first, paused, again, await store.load(7)
    with caplog.at_level(logging.WARNING):
        problem = store.open_at_start()
        first, paused, again, loaded = asyncio.run(scenario())
    assert "database is locked" in problem
    assert (first, paused, again) == (False, False, True)
    assert loaded == ChatPrefs(language="cy")
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and "available again" in messages[1]
    asyncio.run(store.close())


def test_a_read_only_store_file_is_a_clear_problem_not_a_crash(tmp_path, monkeypatch):
    path = tmp_path / "chats.sqlite3"
    ChatStore(path).close()
    real_connect = sqlite3.connect

    def read_only(database, **kwargs):  # as SQLite opens a file it may not write (root ignores chmod)
        return real_connect(f"file:{database}?mode=ro", uri=True, **kwargs)
    monkeypatch.setattr("bot.store.sqlite3.connect", read_only)
    store = SafeStore(lambda: ChatStore(path))
    assert "readonly" in store.open_at_start()
    assert asyncio.run(store.load(1)) is None


@pytest.mark.parametrize("content", [b"this is not a database " * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_corrupt_store_file_is_a_clear_problem_not_a_crash(tmp_path, content):
    path = tmp_path / "chats.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="chats.sqlite3"):
        ChatStore(path)


def test_values_this_version_does_not_know_read_as_the_defaults(tmp_path):
    path = tmp_path / "chats.sqlite3"
    ChatStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO chat_prefs VALUES (5, 'fr', 'teacher', ?)", (int(time.time()),))
    assert ChatStore(path).get(5) == ChatPrefs()
