"""assess(text): what is happening, how urgent, who is asking, in which language."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .assessment import Assessment
from .audience import detect_audience
from .intents import ALL_INTENTS, FALLBACK, RISK_INTENTS, reasons_for, topic_for
from .language import detect_language, requested_language
from .model import IntentModel, Parse
from .safety import explicit_reasons, mentions_a_concern
from .vocabulary import (CONCERN_TOPICS, REASON_OF_TOPIC, TOPIC_OF_REASON, Audience, Language, Reason,
                         Urgency)

# Recall first: a concern this likely, even when not the top intent, gets the concern's guidance
# (with a checking question) rather than small talk.
CONCERN_FLOOR = 0.20
# Below this the top intent is "uncertain": the reply asks whether it understood.
CONFIDENT = 0.60


@dataclass(frozen=True)
class Thresholds:
    """The two decision thresholds; `make evaluate` sweeps them on the validation set."""
    concern_floor: float = CONCERN_FLOOR
    confident: float = CONFIDENT


DEFAULT_THRESHOLDS = Thresholds()


@lru_cache(maxsize=1)
def default_model() -> IntentModel:
    return IntentModel()


def _choose_intent(parse: Parse, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> tuple[str, float, bool]:
    """(intent, confidence, uncertain) from a parse, recall first."""
    ranking = [(name, conf) for name, conf in parse.ranking if name in ALL_INTENTS]
    if not ranking:
        return "out_of_scope", 0.0, True
    best, best_conf = ranking[0]
    uncertain = parse.intent == FALLBACK or best_conf < thresholds.confident
    if best not in RISK_INTENTS:
        concerns = [(n, c) for n, c in ranking if n in RISK_INTENTS and c >= thresholds.concern_floor]
        if concerns:
            return concerns[0][0], concerns[0][1], True
    return best, best_conf, uncertain


def assess(
    text: str,
    chat_language: Language | str = Language.EN,
    chat_audience: Audience | str = Audience.UNKNOWN,
    model: Optional[IntentModel] = None,
    from_someone_else: bool = False,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Assessment:
    """The Assessment of one message. Raises if the model cannot be loaded or fails.

    The deterministic safety layer runs on the full text and can only raise urgency.
    `from_someone_else`: a forwarded message (what the offender sent). Its words say what is
    happening, not who the reader is or which language they want: those stay the chat's.
    """
    model = model or default_model()
    intent, confidence, uncertain = _choose_intent(model.parse(text), thresholds)
    topic = topic_for(intent)
    explicit = explicit_reasons(text)
    reasons = reasons_for(intent) | explicit

    # A concern label with no word of images, blackmail or contact in the text is the model
    # guessing; the explicit phrase says what this is ("my mind keeps telling me to end my life").
    if explicit and (topic not in CONCERN_TOPICS or (
            REASON_OF_TOPIC.get(topic) not in explicit and not mentions_a_concern(text))):
        topic = TOPIC_OF_REASON[Reason.SELF_HARM if Reason.SELF_HARM in explicit else Reason.DANGER]
        intent, uncertain, reasons = topic.value, False, explicit

    language = chat_language if from_someone_else else detect_language(text, chat_language)
    if intent == "change_language" and not from_someone_else:
        language = requested_language(text) or language

    return Assessment(
        language=language,
        intent=intent,
        confidence=round(min(max(confidence, 0.0), 1.0), 4),
        topic=topic,
        urgency=Urgency.EMERGENCY if reasons else Urgency.NORMAL,
        audience=chat_audience if from_someone_else else detect_audience(text, chat_audience),
        reasons=reasons,
        uncertain=uncertain,
    )
