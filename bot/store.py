"""Per-chat choices (language, audience) in SQLite, the ids of a chat's recent messages for the
quick exit (/clear), and the ids of updates recently answered: nothing else, expired after a time.

Keyed by the chat id alone: no names, usernames, message text or other Telegram data. Message ids
(numbers, never what the messages say) are kept for `MESSAGE_ID_HOURS` only: Telegram lets a bot
delete messages in a private chat for 48 hours, so an older id is of no use. This is the
file itself, synchronous; the Telegram handlers reach it through bot/safe_store.py, which keeps
it off the event loop and answers with defaults when it fails.

To keep another small kind of data, add its Table to TABLES and its methods below: every table
has `updated_at` (rows expire after the TTL), and a per-chat table has `chat_id` (/forget deletes
its rows).
"""
from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Optional, Tuple

from nlu.vocabulary import Audience, Language
from responses.notices import MESSAGE_ID_HOURS

from .core import ChatPrefs

DAY = 86400
HOUR = 3600
BUSY_TIMEOUT = 0.2  # seconds SQLite waits for another connection's lock before giving up


@dataclass(frozen=True)
class Table:
    name: str
    columns: str
    per_chat: bool = True  # has a chat_id column: /forget deletes the chat's rows
    keep_for: Optional[int] = None  # seconds a row is kept; None: the store's TTL (STORE_TTL_DAYS)


TABLES: Tuple[Table, ...] = (
    Table("chat_prefs", "chat_id INTEGER PRIMARY KEY, language TEXT NOT NULL, audience TEXT NOT NULL,"
                        " updated_at INTEGER NOT NULL"),
    # the quick exit: ids of the bot's and the person's messages in a private chat; updated_at is
    # when the message was sent
    Table("message_ids", "chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                         " PRIMARY KEY (chat_id, message_id)", keep_for=MESSAGE_ID_HOURS * HOUR),
    # Telegram update ids answered in the last day (ids only, no chat), so that an update Telegram
    # delivers again after a crash or a lost acknowledgement is not answered twice.
    Table("answered_updates", "update_id INTEGER PRIMARY KEY, updated_at INTEGER NOT NULL",
          per_chat=False, keep_for=DAY),
)


class StoreError(RuntimeError):
    """The store file cannot be used (corrupt, locked, read-only, not a file...)."""


class ChatStore:
    def __init__(self, path: Path | str, ttl_days: int = 30, clock: Callable[[], float] = time.time,
                 busy_timeout: float = BUSY_TIMEOUT) -> None:
        """Open (or create) the store. Raises StoreError, saying what is wrong, if it can't be used."""
        self.ttl = ttl_days * DAY
        self._clock = clock
        self._lock = threading.Lock()
        self._purged_at = clock()
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=busy_timeout, check_same_thread=False,
                                       isolation_level=None)
        except (sqlite3.Error, OSError) as error:
            raise StoreError(f"cannot open the chat store {path}: {describe(error)}") from error
        try:
            with self._lock:
                for table in TABLES:
                    self._db.execute(f"CREATE TABLE IF NOT EXISTS {table.name} ({table.columns})")
            self.purge_expired()
        except sqlite3.Error as error:
            self._db.close()
            raise StoreError(f"cannot use the chat store {path}: {describe(error)}") from error

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
                (chat_id, str(prefs.language), str(prefs.audience), int(self._clock())),
            )

    def remember_messages(self, chat_id: int, messages: Iterable[Tuple[int, float]]) -> None:
        """Keep the ids of messages in a chat, each with the time it was sent (for the quick exit).
        An id already kept keeps its time; one already too old to delete is not kept."""
        now = self._clock()
        cutoff = now - MESSAGE_ID_HOURS * HOUR
        rows = [(chat_id, int(message_id), int(min(sent_at, now))) for message_id, sent_at in messages
                if sent_at >= cutoff]
        if not rows:
            return
        with self._lock, self._transaction():
            self._db.executemany(
                "INSERT INTO message_ids (chat_id, message_id, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(chat_id, message_id) DO NOTHING", rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction (one write to disk) for several statements; the connection is in
        autocommit mode otherwise."""
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def message_ids(self, chat_id: int) -> List[int]:
        """The ids kept for a chat, sent less than `MESSAGE_ID_HOURS` ago, oldest first."""
        cutoff = int(self._clock() - MESSAGE_ID_HOURS * HOUR)
        with self._lock:
            rows = self._db.execute(
                "SELECT message_id FROM message_ids WHERE chat_id = ? AND updated_at >= ? ORDER BY message_id",
                (chat_id, cutoff)).fetchall()
        return [row[0] for row in rows]
    def was_answered(self, update_id: int) -> bool:
        """Whether this Telegram update was answered (within the last day)."""
        with self._lock:
            return self._db.execute("SELECT 1 FROM answered_updates WHERE update_id = ?",
                                    (update_id,)).fetchone() is not None

    def mark_answered(self, *update_ids: int) -> None:
        """Remember that these updates were answered (one write for all); expired ids are purged
        about once an hour."""
        now = int(self._clock())
        with self._lock, self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO answered_updates (update_id, updated_at) VALUES (?, ?)",
                                 [(update_id, now) for update_id in update_ids])
        if self._clock() - self._purged_at > HOUR:
            self.purge_expired()

    def forget(self, chat_id: int) -> None:
        """Delete everything kept about one chat, in every table."""
        with self._lock:
            for table in TABLES:
                if table.per_chat:
                    self._db.execute(f"DELETE FROM {table.name} WHERE chat_id = ?", (chat_id,))

    def purge_expired(self) -> int:
        removed = 0
        with self._lock:
            self._purged_at = self._clock()
            for table in TABLES:
                cutoff = int(self._clock() - (self.ttl if table.keep_for is None else table.keep_for))
                removed += self._db.execute(f"DELETE FROM {table.name} WHERE updated_at < ?", (cutoff,)).rowcount
        return removed

    def close(self) -> None:
        with self._lock:
            self._db.close()


def describe(error: BaseException) -> str:
    """What went wrong, in words safe for a log: SQLite's and the OS's own messages carry no
    message text or chat ids."""
    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return f"{type(error).__name__}: {error.strerror}"
    if isinstance(error, sqlite3.Error) and str(error):
        return f"{type(error).__name__}: {error}"
    return type(error).__name__
