"""Per-chat choices (language, audience) in SQLite: nothing else, expired after a time.

Keyed by the chat id alone: no names, usernames, message text or other Telegram data.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Optional

from nlu.vocabulary import Audience, Language

from .core import ChatPrefs

DAY = 86400


class ChatStore:
    def __init__(self, path: Path | str, ttl_days: int = 30, clock=time.time) -> None:
        self.ttl = ttl_days * DAY
        self._clock = clock
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS chat_prefs ("
                " chat_id INTEGER PRIMARY KEY, language TEXT NOT NULL, audience TEXT NOT NULL,"
                " updated_at INTEGER NOT NULL)"
            )
        self.purge_expired()

    def load(self, chat_id: int) -> Optional[ChatPrefs]:
        """The chat's choices, or None when nothing is kept (or it has expired)."""
        with self._lock:
            row = self._db.execute(
                "SELECT language, audience, updated_at FROM chat_prefs WHERE chat_id = ?", (chat_id,)
            ).fetchone()
        if row is None:
            return None
        if self._clock() - row[2] > self.ttl:
            self.forget(chat_id)
            return None
        # a value this version does not know (an older schema, a hand-edited file) reads as the default
        return ChatPrefs(language=Language.parse(row[0], Language.EN),
                         audience=Audience.parse(row[1], Audience.UNKNOWN))

    def get(self, chat_id: int) -> ChatPrefs:
        """The chat's choices, or the defaults."""
        return self.load(chat_id) or ChatPrefs()

    def exists(self, chat_id: int) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM chat_prefs WHERE chat_id = ?", (chat_id,)).fetchone() is not None

    def put(self, chat_id: int, prefs: ChatPrefs) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO chat_prefs (chat_id, language, audience, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(chat_id) DO UPDATE SET language = excluded.language,"
                " audience = excluded.audience, updated_at = excluded.updated_at",
                (chat_id, prefs.language, prefs.audience, int(self._clock())),
            )

    def forget(self, chat_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM chat_prefs WHERE chat_id = ?", (chat_id,))

    def purge_expired(self) -> int:
        with self._lock:
            cursor = self._db.execute("DELETE FROM chat_prefs WHERE updated_at < ?", (int(self._clock() - self.ttl),))
        return cursor.rowcount

    def close(self) -> None:
        with self._lock:
            self._db.close()
