"""Understanding a message: intent (Rasa NLU), language, audience, urgency."""
from .assess import assess, default_model
from .assessment import Assessment

__all__ = ["assess", "default_model", "Assessment"]
