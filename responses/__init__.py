"""Deciding what to say: pure functions from an Assessment (or a button) to a Reply."""
from .buttons import is_known_callback, reply_to_button
from .compose import compose, compose_concern, compose_help_now, compose_helplines, compose_more, compose_talk_now
from .failsafe import failsafe_reply
from .feedback import compose_acknowledgement, compose_choice, compose_menu
from .help_now import help_now_plea, is_help_now_plea
from .quick_exit import compose_cleared, compose_privacy
from .reply import Reply

__all__ = ["compose", "compose_concern", "compose_more", "compose_helplines", "compose_help_now",
           "compose_talk_now", "compose_acknowledgement", "compose_menu", "compose_choice",
           "compose_cleared", "compose_privacy", "failsafe_reply", "help_now_plea", "is_help_now_plea",
           "reply_to_button", "is_known_callback", "Reply"]
