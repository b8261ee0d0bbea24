"""assess(text): what is happening, how urgent, who is asking, in which language."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .assessment import Assessment
from .audience import detect_audience
from .concerns import spoken_concern
from .details import stated_details
from .intents import (
    FALLBACK,
    MODEL_INTENTS,
    OUT_OF_SCOPE,
    RETRIEVAL_INTENT,
    faq_intent,
    mixed_intent,
    reasons_for,
    topic_for,
)
from .language import detect_language, requested_language
from .model import IntentModel, Parse
from .safety import explicit_reasons, mentions_a_concern
from .vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, TOPIC_OF_REASON, Audience, Language, Reason, Topic, Urgency

# The thresholds are chosen on the validation set by `make evaluate` (which prints the curves),
# to meet the recall gates with the fewest false alarms; tests/test_understanding.py checks that
# these are the values it chooses.
# Recall first: when the concern labels together are this likely, the message gets the likeliest
# concern's guidance (with a checking question if that concern is not the top label). A concern
# that is the model's top label is taken whatever its confidence.
CONCERN_FLOOR = 0.70
# When the message is a concern and the labels that carry a reason (self-harm, danger now) are
# together this likely, the model adds that reason: 999 first, even if the top label is the
# concern alone.
EMERGENCY_FLOOR = 0.30
# Below this the top label is "uncertain": the reply asks whether it understood.
CONFIDENT = 0.95


@dataclass(frozen=True)
class Thresholds:
    """The decision thresholds; `make evaluate` sweeps them on the validation set."""
    concern_floor: float = CONCERN_FLOOR
    confident: float = CONFIDENT
    emergency_floor: float = EMERGENCY_FLOOR


DEFAULT_THRESHOLDS = Thresholds()


@lru_cache(maxsize=1)
def default_model() -> IntentModel:
    return IntentModel()


def _decide(parse: Parse, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> tuple[str, float, bool, frozenset]:
    """(intent, confidence, uncertain, the model's reasons) from a parse, recall first.

    Labels are a topic or `topic+reason`. The concern labels' confidences add up to how likely a
    concern is; the reasons' labels to how likely each reason is. An advice question's intent is
    `faq/<subject>`, the ResponseSelector's subject.
    """
    ranking = [(name, conf) for name, conf in parse.ranking if name in MODEL_INTENTS]
    if not ranking:
        return OUT_OF_SCOPE, 0.0, True, frozenset()
    best, best_conf = ranking[0]
    uncertain = parse.intent == FALLBACK or best_conf < thresholds.confident
    concerns = [(n, c) for n, c in ranking if topic_for(n) in CONCERN_TOPICS]
    # Recall first: the floor only ever adds a concern the model ranked below another label; it
    # never takes away the model's own first choice (a concern first at 0.47 is still that
    # concern, asked about because it is uncertain, never small talk).
    if concerns and (concerns[0][0] == best or sum(c for _n, c in concerns) >= thresholds.concern_floor):
        intent, confidence = concerns[0]
        uncertain = uncertain or intent != best
    else:
        others = [(n, c) for n, c in ranking if topic_for(n) not in CONCERN_TOPICS]
        intent, confidence = others[0] if others else (OUT_OF_SCOPE, 0.0)
        uncertain = uncertain or intent != best
        if intent == RETRIEVAL_INTENT:
            intent = faq_intent(parse.faq_subject) if parse.faq_subject else OUT_OF_SCOPE
    reasons = set(reasons_for(intent))
    if topic_for(intent) in CONCERN_TOPICS:
        # a concern may also be urgent; a message that is no concern is never made one this way
        for reason in Reason:
            if sum(c for n, c in ranking if reason in reasons_for(n)) >= thresholds.emergency_floor:
                reasons.add(reason)
    return intent, confidence, uncertain, frozenset(reasons)


def _emergency_topic(reasons: frozenset) -> Topic:
    return TOPIC_OF_REASON[Reason.SELF_HARM if Reason.SELF_HARM in reasons else Reason.DANGER]


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
    parse = model.parse(text)
    intent, confidence, uncertain, model_reasons = _decide(parse, thresholds)
    topic = topic_for(intent)
    explicit = explicit_reasons(text)
    # Two questions: the topic is the model's; the reasons are the model's and the safety
    # layer's together (the safety layer only ever adds).
    reasons = model_reasons | explicit

    if reasons and topic not in CONCERN_TOPICS:
        # urgent, but not about images, blackmail or contact: the emergency is the topic
        topic = _emergency_topic(reasons)
        intent, uncertain = topic.value, uncertain and not explicit
    elif explicit and topic not in REASON_OF_TOPIC and not mentions_a_concern(text):
        # A concern label with no word of images, blackmail or contact in the text is the model
        # guessing; the explicit phrase says what this is ("my mind keeps telling me to end my life").
        topic = _emergency_topic(explicit)
        intent, uncertain = topic.value, False

    if topic in REASON_OF_TOPIC:
        # Two questions: urgent, and what is happening. An emergency whose words also speak of
        # blackmail, an image out or grooming gets that concern's steps after the urgent ones
        # (nlu/concerns.py); the model's ranking chooses among the concerns the words name.
        concern = spoken_concern(text, parse.ranking)
        if concern is not None:
            reasons = reasons | {REASON_OF_TOPIC[topic]}
            topic, intent = concern, mixed_intent(concern, reasons)

    language = Language.parse(chat_language, Language.EN) if from_someone_else else detect_language(text, chat_language)
    if intent == "change_language" and not from_someone_else:
        language = requested_language(text) or language

    return Assessment(
        language=language,
        intent=intent,
        confidence=round(min(max(confidence, 0.0), 1.0), 4),
        topic=topic,
        urgency=Urgency.EMERGENCY if reasons else Urgency.NORMAL,
        audience=(Audience.parse(chat_audience, Audience.UNKNOWN) if from_someone_else
                  else detect_audience(text, chat_audience)),
        reasons=reasons,
        uncertain=uncertain,
        details=stated_details(text, by_reader=not from_someone_else),
    )
