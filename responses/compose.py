"""compose(assessment) -> Reply: what to say, to whom, in which language.

Pure functions. Every user-facing string goes through the catalog of the reply language.
"""
from __future__ import annotations

from dataclasses import replace
from typing import AbstractSet, Iterable, List, Sequence, Tuple

from nlu.assessment import Assessment
from nlu.vocabulary import CONCERN_TOPICS, REASON_OF_TOPIC, Audience, Reason, Topic, Urgency, reader

from . import answers as A
from .advice import advice_text
from .faq import advice_reply
from .guidance import CONCERNS, EMERGENCY_ADVICE, EMERGENCY_SIGNPOSTS, HELPLINES, Guidance
from .i18n import gettext_for
from .reply import Reply
from .services import SERVICES

MAX_ADVICE_POINTS = 6


def _unique(items: Iterable[str]) -> List[str]:
    seen: List[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def service_lines(ids: Sequence[str], language: str, full: bool = False,
                  audience: object = Audience.UNKNOWN) -> str:
    _ = gettext_for(language, audience)
    return "\n".join(f"\u2022 {SERVICES[i].render(_, language, full=full)}" for i in ids)


def _bullets(points: Sequence[str]) -> str:
    return "\n".join(f"\u2022 {p}" for p in points)


def _assemble(language: str, audience: object, opening: Sequence[str], points: Sequence[str],
              signposts: Sequence[str], closing: Sequence[str] = ()) -> str:
    _ = gettext_for(language, audience)
    blocks = [" ".join(opening)]
    if points:
        blocks.append(_bullets(points))
    if signposts:
        blocks.append(_(A.SERVICES_HEADING) + "\n" + service_lines(signposts, language, audience=audience))
    blocks.extend(closing)
    return "\n\n".join(b for b in blocks if b)


def concern_plan(topic: Topic, audience: Audience, urgency: Urgency,
                 reasons: AbstractSet[Reason] = frozenset()) -> Tuple[Guidance, List[str], List[str]]:
    """The guidance, advice ids and signposts for a concern, emergency steps first."""
    guidance = CONCERNS[(Topic(topic), reader(audience))]
    advice = list(guidance.advice)
    signposts = list(guidance.signposts)
    if urgency == Urgency.EMERGENCY:
        # the topic's own steps cover its own reason; add the steps of every other reason
        extra = [r for r in (Reason.SELF_HARM, Reason.DANGER) if r in reasons and REASON_OF_TOPIC.get(topic) != r]
        if not extra and topic not in REASON_OF_TOPIC:
            extra = [Reason.DANGER]
        for reason in reversed(extra):
            advice = list(EMERGENCY_ADVICE[reason]) + advice
            signposts = list(EMERGENCY_SIGNPOSTS[reason]) + signposts
        signposts = ["police_999"] + signposts
    return guidance, _unique(advice)[:MAX_ADVICE_POINTS], _unique(signposts)


def _concern(a: Assessment) -> Reply:
    _ = gettext_for(a.language, a.audience)
    guidance, advice, signposts = concern_plan(a.topic, a.audience, a.urgency, a.reasons)
    opening = [_(guidance.headline)]
    if a.urgency == Urgency.EMERGENCY and a.topic != Topic.IMMEDIATE_DANGER:
        opening.insert(0, _(A.DANGER_LINE))
    points = [_(advice_text(i, reader(a.audience))) for i in advice]
    closing = []
    if a.urgency == Urgency.NORMAL and reader(a.audience) != Audience.STAFF:
        # not an emergency now, but say what to do if it becomes one (staff: check_safety_now)
        closing.append(_(advice_text("get_safe_now", reader(a.audience))))
        advice = advice + ["get_safe_now"]
    if a.uncertain:
        closing.append(_(A.UNCERTAIN_QUESTION))
    text = _assemble(a.language, a.audience, opening, points, signposts, closing)
    buttons = [(_(A.BUTTON_MORE), f"more:{a.topic}"), (_(A.BUTTON_HELPLINES), "helplines")]
    return Reply(text=text, signposts=signposts, advice=advice, buttons=buttons)


def _language_buttons() -> List[Tuple[str, str]]:
    return [(A.BUTTON_ENGLISH, "lang:en"), (A.BUTTON_WELSH, "lang:cy")]


def audience_buttons(language: str) -> List[Tuple[str, str]]:
    _ = gettext_for(language)
    return [(_(A.BUTTON_YOUNG_PERSON), "aud:young_person"), (_(A.BUTTON_PARENT), "aud:parent"),
            (_(A.BUTTON_STAFF), "aud:staff")]


def _everyday_signposts(audience: str) -> List[str]:
    """Who to name in replies that are not about a concern: a human service and 999."""
    human = {Audience.PARENT: "nspcc", Audience.STAFF: "dsp"}.get(reader(audience), "childline")
    return [human, "police_999"]


def _smalltalk(a: Assessment) -> Reply:
    _ = gettext_for(a.language, a.audience)
    key = a.intent if a.intent in A.SMALLTALK else "out_of_scope"
    signposts = _everyday_signposts(a.audience)
    text = _assemble(a.language, a.audience, [_(A.SMALLTALK[key])], [], signposts)
    buttons: List[Tuple[str, str]] = [(_(A.BUTTON_HELP_NOW), "help_now")]
    if key in ("greet", "what_can_you_do", "change_language"):
        buttons = _language_buttons() + audience_buttons(a.language) + buttons
    return Reply(text=text, signposts=signposts, advice=[], buttons=buttons)


def compose(a: Assessment) -> Reply:
    """The reply to an assessed message, in the assessment's language."""
    if a.topic in CONCERN_TOPICS:
        return _concern(a)
    if a.topic == Topic.ADVICE:
        # an advice subject the bot has no answer for gets "what I can help with"
        return advice_reply(a) or _smalltalk(replace(a, intent="what_can_you_do"))
    return _smalltalk(a)


def compose_more(topic: str, audience: str, language: str) -> Reply:
    """Behind "What else can I do?": the rest of the guidance for a concern."""
    if topic not in CONCERN_TOPICS:
        return compose_helplines(audience, language)
    _ = gettext_for(language, audience)
    guidance = CONCERNS[(topic, reader(audience))]
    # what did not fit in the first reply, then the further steps
    advice = _unique(list(guidance.advice[MAX_ADVICE_POINTS - 2:]) + list(guidance.more_advice))
    signposts = _unique(list(guidance.more_signposts) + list(guidance.signposts))
    points = [_(advice_text(i, reader(audience))) for i in advice]
    text = _assemble(language, audience, [_(A.MORE_HEADING)], points, signposts)
    return Reply(text=text, signposts=signposts, advice=advice,
                 buttons=[(_(A.BUTTON_HELPLINES), "helplines")])


def compose_helplines(audience: str, language: str) -> Reply:
    """Every service for this audience, with what each is for."""
    _ = gettext_for(language, audience)
    ids = list(HELPLINES[reader(audience)])
    text = _(A.HELPLINES_HEADING) + "\n\n" + service_lines(ids, language, full=True, audience=audience)
    return Reply(text=text, signposts=ids, advice=[], buttons=[])


def compose_help_now(audience: str, language: str) -> Reply:
    """The "I need help now" button: 999 first, then someone to talk to."""
    _ = gettext_for(language, audience)
    signposts = ["police_999"] + [s for s in HELPLINES[reader(audience)] if s in ("childline", "nspcc", "dsp", "samaritans")]
    text = _(A.DANGER_LINE) + "\n\n" + service_lines(signposts, language, audience=audience)
    return Reply(text=text, signposts=signposts, advice=["get_safe_now"], buttons=[])
