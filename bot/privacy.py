"""Keep message text and the bot token out of every log, at every level.

Rasa logs parsed text at DEBUG (structlog event `processor.message.parse`), httpx logs each
request URL (which holds the bot token) at INFO, python-telegram-bot logs updates at DEBUG. We
cap those libraries at WARNING, route structlog through a filtering logger at WARNING, and put a
redacting filter on the root handlers as a last line of defence for anything else.
"""
from __future__ import annotations

import logging
import os
import re

NOISY_LIBRARIES = (
    "rasa", "tensorflow", "absl", "h5py", "matplotlib", "httpx", "httpcore", "telegram",
    "apscheduler", "sanic", "asyncio", "urllib3", "aiohttp", "py.warnings", "numexpr",
    "pykwalify", "root.tensorflow",
)
_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}|bot\d+:[^/\s]+")


class RedactSecrets(logging.Filter):
    """Replace anything shaped like a bot token in a log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose args don't format: drop the args, keep the event
            message = str(record.msg)
        redacted = _TOKEN.sub("<token>", message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, ()
        return True


def quiet_libraries(level: int = logging.WARNING) -> None:
    """Idempotent: safe to call before and after importing Rasa and telegram."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("LOG_LEVEL_LIBRARIES", "ERROR")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    for name in NOISY_LIBRARIES:
        logging.getLogger(name).setLevel(max(level, logging.getLogger(name).level))
    try:
        import structlog

        structlog.configure(
            wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING),
            processors=[_drop_event_payload, structlog.processors.KeyValueRenderer()],
            logger_factory=structlog.stdlib.LoggerFactory(),
            cache_logger_on_first_use=False,
        )
    except ImportError:  # structlog comes with Rasa; without Rasa there is nothing to quiet
        pass
    root = logging.getLogger()
    for handler in root.handlers:
        if not any(isinstance(f, RedactSecrets) for f in handler.filters):
            handler.addFilter(RedactSecrets())


def _drop_event_payload(logger, method_name, event_dict):
    """Keep only the event name and level of a structlog event: payloads may hold text."""
    return {"event": event_dict.get("event"), "level": method_name}


def configure_logging(level: str | int = "WARNING") -> None:
    """Logging for our own front ends: to stderr, never stdout (batch output is stdout)."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=None,
    )
    quiet_libraries()
