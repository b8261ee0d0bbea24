"""Keep message text and the bot token out of every log, at every level, from every library.

Libraries log what they receive: python-telegram-bot logs a whole update it cannot parse at
CRITICAL, Rasa logs parsed text at DEBUG (structlog event `processor.message.parse`), httpx logs
request URLs (which hold the bot token) at INFO. Capping their levels is not enough, so a filter
on every handler judges each record by its content, not its level:

- a record from our own code (`bot`, `nlu`, `responses`) is kept: we never log text or ids;
- a record from a library keeps its fixed wording and numbers, but every other argument (a dict,
  a string, an update...) is replaced by `<hidden>`, and a message that arrives already formatted
  is hidden if it looks like it carries data (braces, quotes, `update_id`, `text=`...);
- an exception keeps its type and where it happened, never its message (which can quote data);
- anything shaped like a bot token is replaced by `<token>`.

Libraries are also capped at WARNING, and structlog events keep only their name and level.
"""
from __future__ import annotations

import logging
import os
import re
import traceback
from typing import Any, MutableMapping, Optional

from .library_warnings import quiet_library_warnings

OUR_LOGGERS = ("bot", "nlu", "responses", "__main__", "scripts")
NOISY_LIBRARIES = (
    "rasa", "tensorflow", "absl", "h5py", "matplotlib", "httpx", "httpcore", "telegram",
    "apscheduler", "sanic", "asyncio", "urllib3", "aiohttp", "py.warnings", "numexpr",
    "pykwalify", "root.tensorflow", "tornado",
)
HIDDEN = "<hidden>"
_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}|bot\d+:[^/\s]+")
# what an already formatted library message looks like when it carries data
_LOOKS_LIKE_DATA = re.compile(r"[{}\[\]'\"]|update_id|text=|Update\(|Message\(", re.IGNORECASE)
_SAFE_ARGS = (int, float, bool, type(None))


class _Hidden:
    """Stands in for an argument: formats as <hidden> with %s and %r alike."""

    def __repr__(self) -> str:
        return HIDDEN

    __str__ = __repr__


def is_ours(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in OUR_LOGGERS)


class KeepTextOut(logging.Filter):
    """Rewrites each record so that it can carry no message text and no token (see above)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = self._message(record)
        except Exception:  # never let a record through unjudged
            message = f"{HIDDEN} (a record that could not be checked)"
        record.msg, record.args = _TOKEN.sub("<token>", message), ()
        if record.exc_info:
            record.msg += "\n" + _describe_exception(record.exc_info)
            record.exc_info = None
        record.exc_text = None
        return True

    @staticmethod
    def _message(record: logging.LogRecord) -> str:
        if is_ours(record.name):
            return record.getMessage()
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        if not record.args:
            return f"{HIDDEN} (a message that may carry data)" if _LOOKS_LIKE_DATA.search(template) else template
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        safe = tuple(a if isinstance(a, _SAFE_ARGS) else _Hidden() for a in args)
        try:
            return template % safe
        except (TypeError, ValueError, KeyError):  # %d given <hidden>, or a mapping of args
            return f"{template} [{HIDDEN}]"


def _describe_exception(exc_info: Any) -> str:
    """The exception's type and where it happened (file, line, function), never its message."""
    kind, _value, tb = exc_info
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = "".join(f"\n  {os.path.basename(f.filename)}:{f.lineno} in {f.name}" for f in frames[-8:])
    return f"{getattr(kind, '__name__', 'Exception')} (message hidden){where}"


def guard_handlers(level: Optional[int] = None) -> None:
    """Put the filter on every handler there is now: the root's, any a library added to its own
    logger, and the last-resort handler. Idempotent."""
    handlers = list(logging.getLogger().handlers)
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger):
            handlers.extend(logger.handlers)
    if logging.lastResort is not None:
        handlers.append(logging.lastResort)
    for handler in handlers:
        if not any(isinstance(f, KeepTextOut) for f in handler.filters):
            handler.addFilter(KeepTextOut())


def quiet_libraries(level: int = logging.WARNING) -> None:
    """Idempotent: safe to call before and after importing Rasa and telegram (it guards any
    handler they added)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("LOG_LEVEL_LIBRARIES", "ERROR")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    quiet_library_warnings()
    for name in NOISY_LIBRARIES:
        logging.getLogger(name).setLevel(max(level, logging.getLogger(name).level))
    try:
        import structlog

        structlog.configure(
            wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING),
            processors=[_event_name_only],
            logger_factory=structlog.stdlib.LoggerFactory(),
            cache_logger_on_first_use=False,
        )
    except ImportError:  # structlog comes with Rasa; without Rasa there is nothing to quiet
        pass
    guard_handlers()


def _event_name_only(logger: Any, method_name: str, event_dict: MutableMapping[str, Any]) -> str:
    """A structlog event as its name alone: payloads may hold text."""
    return f"event {event_dict.get('event')}"


def configure_logging(level: str | int = "WARNING") -> None:
    """Logging for our own front ends: to stderr, never stdout (batch output is stdout)."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=None,
    )
    quiet_libraries()
