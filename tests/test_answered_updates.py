"""The ids of updates answered, kept a day so that one Telegram delivers again is answered once:
ids only, expired, and when the store fails the update is answered again rather than dropped."""
from __future__ import annotations

import asyncio
import sqlite3

from bot.safe_store import SafeStore
from bot.store import DAY, ChatStore


def test_answered_update_ids_are_kept_a_day_and_nothing_else(tmp_path):
    now = [1_000_000.0]
    path = tmp_path / "chats.sqlite3"
    store = ChatStore(path, clock=lambda: now[0])
    store.mark_answered(7, 8)
    assert store.was_answered(7) and store.was_answered(8) and not store.was_answered(9)
    store.forget(7)  # /forget is about a chat; an update id says nothing about one
    now[0] += DAY - 60
    assert store.was_answered(7)
    now[0] += 120
    assert store.purge_expired() == 2 and not store.was_answered(7)
    store.close()
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(answered_updates)")]
    assert columns == ["update_id", "updated_at"]


class CountingStore(ChatStore):
    def __init__(self, path):
        super().__init__(path)
        self.writes = 0

    def mark_answered(self, *update_ids):
        self.writes += 1
        super().mark_answered(*update_ids)


def test_ids_answered_together_are_written_together(tmp_path):
    store = CountingStore(tmp_path / "chats.sqlite3")
    safe = SafeStore.wrapping(store)

    async def scenario():
        return await asyncio.gather(*(safe.mark_answered(i) for i in range(1, 41)))
    assert all(asyncio.run(scenario()))
    assert all(store.was_answered(i) for i in range(1, 41))
    assert store.writes <= 2  # one disk write for the burst, not forty


class BrokenStore(ChatStore):
    def was_answered(self, update_id):
        raise sqlite3.OperationalError("database is locked")

    def mark_answered(self, *update_ids):
        raise sqlite3.OperationalError("database is locked")


def test_when_the_store_cannot_say_the_update_is_answered_again_not_dropped(tmp_path):
    safe = SafeStore.wrapping(BrokenStore(tmp_path / "chats.sqlite3"))

    async def scenario():
        return await safe.was_answered(7), await safe.mark_answered(7)
    assert asyncio.run(scenario()) == (False, False)
