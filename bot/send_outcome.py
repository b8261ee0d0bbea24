"""Whether the reply to the update being processed was sent, as the delivery needs to know.

An update is acknowledged to Telegram (webhook: HTTP 200; polling: the offset moves past it)
only once it has been answered. Handlers do not report that: every request to Telegram passes
through the rate limiter (bot/rate_limit.py), which notes here how each sendMessage ended, in
the context of the update being processed (a ContextVar, set by bot/delivery.py around it).

The update counts as unanswered when its last sendMessage failed for a reason that may pass (no
network, a timeout, Telegram's flood control after every retry): delivered again later, it may
get through. A refusal that would only be repeated (the person blocked the bot, a bad request)
does not hold it back. An update that needs no reply (a message in a group) is answered.
"""
from __future__ import annotations

import contextlib
import contextvars
from dataclasses import dataclass
from typing import Iterator, Optional

from telegram.error import BadRequest, NetworkError, RetryAfter

REPLIES = frozenset({"sendMessage"})


@dataclass
class SendOutcome:
    unsent: bool = False  # the last reply could not be sent, for a reason that may pass


_CURRENT: contextvars.ContextVar[Optional[SendOutcome]] = contextvars.ContextVar("send_outcome", default=None)


def may_pass(error: BaseException) -> bool:
    """A failure that trying again later could get past."""
    if isinstance(error, RetryAfter):
        return True
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)  # includes TimedOut


def note_request(endpoint: str, error: Optional[BaseException]) -> None:
    """How a request to Telegram ended (error None: it was accepted)."""
    outcome = _CURRENT.get()
    if outcome is not None and endpoint in REPLIES:
        outcome.unsent = error is not None and may_pass(error)


@contextlib.contextmanager
def watching_sends() -> Iterator[SendOutcome]:
    """Note how the replies sent inside the block end (in this task and any it starts)."""
    outcome = SendOutcome()
    token = _CURRENT.set(outcome)
    try:
        yield outcome
    finally:
        _CURRENT.reset(token)
