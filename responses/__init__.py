"""Deciding what to say: pure functions from an Assessment to a Reply."""
from .compose import compose, compose_help_now, compose_helplines, compose_more
from .failsafe import failsafe_reply
from .reply import Reply

__all__ = ["compose", "compose_more", "compose_helplines", "compose_help_now", "failsafe_reply", "Reply"]
