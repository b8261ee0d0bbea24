"""compose(assessment) -> Reply: what to say, to whom, in which language.

Pure functions. Every user-facing string goes through the catalog of the reply language, in the
Welsh register of the reader.

A concern reply is planned in one place (`plan_concern`): the urgent steps first when the message
is also an emergency (999; danger steps and/or self-harm steps per reason), then the topic's own
key steps, then the rest, within `REPLY_BUDGET` (what a phone shows well). What does not fit moves
behind "What else can I do?", whose button carries the situation so `compose_more` can give
exactly what the first reply left out.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from typing_extensions import assert_never

from nlu.assessment import Assessment
from nlu.vocabulary import (
    CONCERN_TOPICS,
    REASON_OF_TOPIC,
    Action,
    Audience,
    Detail,
    Reader,
    Reason,
    Topic,
    callback,
    reader,
)

from . import answers as A
from .advice import advice_text
from .faq import advice_reply
from .guidance import (
    ADULT_CONCERNS,
    ADULT_TOPICS,
    CONCERNS,
    EMERGENCY_ADVICE,
    EMERGENCY_ADVICE_YP,
    EMERGENCY_SIGNPOSTS,
    HELP_NOW,
    HELPLINES,
    HUMAN_SERVICE,
    TALK_NOW,
    Guidance,
)
from .i18n import SUPPORTED, CatalogMissing, gettext_for, translations
from .reply import Reply
from .services import SERVICES
from .situation import Situation, details_flags


@dataclass(frozen=True)
class Budget:
    """How much one reply may hold to read well on a phone: characters of text, advice points
    (bullets) and services listed."""
    chars: int
    points: int
    services: int


# What one reply may hold, by reader, in the longer of the two languages (Welsh). A young
# person's reply stays within about two phone screens at the default text size; a parent's and a
# member of staff's may be a little longer (the school's procedure, the five reasons to refer).
# What does not fit moves behind "What else can I do?".
REPLY_BUDGET: Dict[Reader, Budget] = {
    Audience.YOUNG_PERSON: Budget(chars=1600, points=6, services=5),
    Audience.PARENT: Budget(chars=1800, points=6, services=5),
    Audience.STAFF: Budget(chars=2000, points=6, services=5),
}
# A plan keeps room for the longer closing question ("I'm not sure I understood you...") in the
# reply's language, so what a reply holds does not depend on whether the model was sure.
# The full directory ("Show all helplines"), which a person asks for explicitly.
DIRECTORY_BUDGET = Budget(chars=3500, points=0, services=12)



def budget_for(audience: object) -> Budget:
    return REPLY_BUDGET[reader(audience)]


def _unique(items: Iterable[str]) -> List[str]:
    seen: List[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def service_lines(ids: Sequence[str], language: str, full: bool = False,
                  audience: object = Audience.UNKNOWN, now: bool = False) -> str:
    _ = gettext_for(language, audience)
    return "\n".join(f"\u2022 {SERVICES[i].render(_, language, full=full, now=now)}" for i in ids)


def _bullets(points: Sequence[str]) -> str:
    return "\n".join(f"\u2022 {p}" for p in points)


def _assemble(language: str, audience: object, opening: Sequence[str], points: Sequence[str],
              signposts: Sequence[str], closing: Sequence[str] = (), middle: Sequence[str] = ()) -> str:
    _ = gettext_for(language, audience)
    blocks = [" ".join(opening), *middle]
    if points:
        blocks.append(_bullets(points))
    if signposts:
        blocks.append(_(A.SERVICES_HEADING) + "\n" + service_lines(signposts, language, audience=audience))
    blocks.extend(closing)
    return "\n\n".join(b for b in blocks if b)


def human_services(audience: object, adult: bool = False) -> Tuple[str, ...]:
    """The human services a concern reply must name one of, for this reader and route."""
    return HUMAN_SERVICE[(reader(audience), adult)]


# --- the concern plan ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ConcernPlan:
    guidance: Guidance
    adult: bool                     # the adult route (18 or over)
    points: Tuple[str, ...]         # advice ids shown as bullets, in order
    signposts: Tuple[str, ...]      # services listed, most urgent first
    closing: Tuple[str, ...]        # advice ids shown as closing lines
    rest_points: Tuple[str, ...]    # what did not fit: first behind "What else can I do?"
    rest_signposts: Tuple[str, ...]

    @property
    def advice(self) -> List[str]:
        return (["adult_route"] if self.adult else []) + list(self.points) + list(self.closing)


def guidance_for(topic: Topic, audience: object, adult: bool = False) -> Guidance:
    table = ADULT_CONCERNS if adult and topic in ADULT_TOPICS else CONCERNS
    return table[(Topic(topic), reader(audience))]


def _topic_points(s: Situation, guidance: Guidance, adult_route: bool) -> Tuple[List[str], List[str]]:
    """The topic's points and its key points, with what the stated details add."""
    points, key = list(guidance.advice), list(guidance.key)
    if Detail.ALREADY_PAID in s.details and s.topic == Topic.SEXTORTION:
        if "dont_pay" in points:  # "already paid" says "don't pay again" too
            points[points.index("dont_pay")] = "already_paid"
            key = ["already_paid" if k == "dont_pay" else k for k in key]
        else:  # staff: after the first steps of the procedure
            points.insert(3, "already_paid")
    if Detail.AI_IMAGE in s.details and s.topic in (Topic.SEXTORTION, Topic.IMAGE_SHARED):
        points.insert(1, "ai_image")
        if not s.is_emergency:  # in an emergency the urgent steps come first; this can wait
            key.append("ai_image")
    return points, key


# The order of the urgent steps in a reply that is an emergency for more than one reason.
# Every reason is in it (tests/test_tables_complete.py), or its steps would be left out.
URGENT_ORDER: Tuple[Reason, ...] = (Reason.SELF_HARM, Reason.DANGER)

# The closing line of a young person's sextortion reply: sextortion is linked to self-harm, so it
# always says what to do if they feel like hurting themselves (with danger now when not urgent).
_SELF_HARM_LINE: Dict[Tuple[bool, bool], str] = {  # (in danger now already answered, adult route) -> advice id
    (False, False): "danger_or_self_harm", (False, True): "danger_or_self_harm_adult",
    (True, False): "self_harm_line", (True, True): "self_harm_line_adult",
}
_SELF_HARM_LINE_SERVICES: Dict[bool, Tuple[str, ...]] = {  # adult route -> the services it names
    False: ("childline", "samaritans"), True: ("samaritans", "shout"),
}


def _closing(s: Situation, audience: object, adult_route: bool) -> List[str]:
    """Closing lines (advice ids): what to do if it becomes an emergency, and for a young person's
    sextortion reply what to do if they feel like hurting themselves."""
    who = reader(audience)
    if s.topic == Topic.SEXTORTION and who == Audience.YOUNG_PERSON:
        if Reason.SELF_HARM in s.reasons:
            return []  # the self-harm steps are the first points
        return [_SELF_HARM_LINE[(s.is_emergency, adult_route)]]
    if not s.is_emergency and who != Audience.STAFF:
        # not an emergency now, but say what to do if it becomes one (staff: check_safety_now)
        return ["get_safe_now"]
    return []


def _fit(ordered: Sequence[str], must: Iterable[str], limit: int) -> List[str]:
    """The first `limit` items, keeping every `must` item, in their order."""
    must = [m for m in ordered if m in set(must)]
    chosen = set(must[:max(limit, len(must))])
    for item in ordered:
        if len(chosen) >= limit:
            break
        chosen.add(item)
    return [item for item in ordered if item in chosen]


def _measured_languages() -> List[str]:
    """The languages a plan is measured in: every one whose catalog is there."""
    languages = []
    for language in SUPPORTED:
        try:
            translations(language)
        except CatalogMissing:
            continue
        languages.append(language)
    return languages


def plan_concern(s: Situation, audience: object, language: object = None,
                 budget: Budget | None = None) -> ConcernPlan:
    """What a concern reply holds: urgent steps first, then the topic's key steps, within budget.

    The same in every language (the Welsh reply carries the same advice and services as the
    English one): measured in the longest of them. `language` is accepted for symmetry only."""
    return _plan(s, reader(audience), budget or budget_for(audience), tuple(_measured_languages()))


@lru_cache(maxsize=512)
def _plan(s: Situation, who: Reader, budget: Budget, languages: Tuple[str, ...]) -> ConcernPlan:
    adult_route = s.adult and s.topic in ADULT_TOPICS
    guidance = guidance_for(s.topic, who, adult_route)
    topic_points, key = _topic_points(s, guidance, adult_route)

    # emergency steps: the topic's own steps cover its own reason; add the steps of every other
    extra = [r for r in URGENT_ORDER if r in s.reasons and REASON_OF_TOPIC.get(s.topic) != r]
    steps = EMERGENCY_ADVICE_YP if who == Audience.YOUNG_PERSON else EMERGENCY_ADVICE
    urgent_points = [p for r in extra for p in steps[r]]
    urgent_key = [steps[r][0] for r in extra]  # a safe place / 999 or A&E; "talk to someone" can move
    urgent_services = [p for r in extra for p in EMERGENCY_SIGNPOSTS[r]]
    if urgent_points:  # mixed: urgent steps, then the topic's key steps, then the rest
        ordered = _unique(urgent_points + [p for p in topic_points if p in key] + topic_points)
    else:
        ordered = _unique(topic_points)
    must_points = _unique(urgent_key + key)

    closing = _closing(s, who, adult_route)
    # the services a closing line names are listed too
    named = [x for c in closing if c in _SELF_HARM_LINE.values()
             for x in _SELF_HARM_LINE_SERVICES["adult" in c]]
    services = _unique((["police_999"] if s.is_emergency else []) + urgent_services
                       + list(guidance.signposts) + named)
    human = next((h for h in services if h in human_services(who, adult_route)), None)
    must_services = _unique((["police_999"] if s.is_emergency else []) + urgent_services
                            + ([human] if human else []) + list(guidance.key_signposts) + named)

    points = _fit(ordered, must_points, budget.points)
    signposts = _fit(services, must_services, budget.services)
    reserve = max(len(check_question(True, who, language)) for language in languages) + 2

    def plan() -> ConcernPlan:
        return ConcernPlan(guidance, adult_route, tuple(points), tuple(signposts), tuple(closing),
                           tuple(p for p in ordered if p not in points),
                           tuple(x for x in services if x not in signposts))

    # then characters: drop the last point, then the last service, that the topic can spare
    while max(len(_concern_text(plan(), s, who, language)) for language in languages) > budget.chars - reserve:
        spare = [p for p in points if p not in must_points]
        spare_services = [x for x in signposts if x not in must_services]
        if spare:
            points.remove(spare[-1])
        elif spare_services:
            signposts.remove(spare_services[-1])
        else:
            break  # the tests hold every reply to the budget
    return plan()


def _concern_text(plan: ConcernPlan, s: Situation, audience: object, language: str) -> str:
    _ = gettext_for(language, audience)
    who = reader(audience)
    opening = [_(plan.guidance.headline)]
    if s.is_emergency and s.topic != Topic.IMMEDIATE_DANGER:
        opening.insert(0, _(A.DANGER_LINE))
    middle = [_(advice_text("adult_route", who))] if plan.adult else []
    points = [_(advice_text(i, who)) for i in plan.points]
    closing = [_(advice_text(i, who)) for i in plan.closing]
    return _assemble(language, audience, opening, points, plan.signposts, closing, middle)


def concern_buttons(s: Situation, audience: object, language: str, check: bool = True) -> List[Tuple[str, str]]:
    """Talk to a person now, What else can I do?, and (when asked) Yes / No, it's something else."""
    _ = gettext_for(language, audience)
    route = details_flags(s.details & {Detail.ADULT})
    buttons = [(_(A.BUTTON_TALK_NOW), callback(Action.TALK_NOW, route or None)),
               (_(A.BUTTON_MORE), callback(Action.MORE, s.encode()))]
    if check:
        buttons += check_buttons(s, audience, language)
    return buttons


def check_buttons(s: Situation, audience: object, language: str) -> List[Tuple[str, str]]:
    """"Did I get that right?": Yes / No, it's something else."""
    _ = gettext_for(language, audience)
    route = details_flags(s.details & {Detail.ADULT})
    return [(_(A.BUTTON_YES), callback(Action.RIGHT, s.encode())),
            (_(A.BUTTON_NO), callback(Action.WRONG, route or None))]


def check_question(uncertain: bool, audience: object, language: str) -> str:
    _ = gettext_for(language, audience)
    if uncertain:
        return _(A.UNCERTAIN_QUESTION).format(no=_(A.BUTTON_NO))
    return _(A.CHECK_QUESTION)


def compose_concern(s: Situation, audience: object, language: str, uncertain: bool = False,
                    check: bool = True) -> Reply:
    """The reply to a concern. `check`: end with "Did I get that right?" and Yes / No."""
    plan = plan_concern(s, audience, language)
    text = _concern_text(plan, s, audience, language)
    if check:
        text += "\n\n" + check_question(uncertain, audience, language)
    return Reply(text=text, signposts=list(plan.signposts), advice=plan.advice,
                 buttons=concern_buttons(s, audience, language, check))


def _concern(a: Assessment) -> Reply:
    return compose_concern(Situation.of(a), a.audience, a.language, uncertain=a.uncertain)


def _language_buttons() -> List[Tuple[str, str]]:
    return [(A.BUTTON_ENGLISH, callback(Action.LANGUAGE, "en")), (A.BUTTON_WELSH, callback(Action.LANGUAGE, "cy"))]


def audience_buttons(language: str) -> List[Tuple[str, str]]:
    _ = gettext_for(language)
    return [(_(A.BUTTON_YOUNG_PERSON), callback(Action.AUDIENCE, Audience.YOUNG_PERSON)),
            (_(A.BUTTON_PARENT), callback(Action.AUDIENCE, Audience.PARENT)),
            (_(A.BUTTON_STAFF), callback(Action.AUDIENCE, Audience.STAFF))]


def everyday_signposts(audience: object) -> List[str]:
    """Who to name in replies that are not about a concern: a human service and 999."""
    human = {Audience.PARENT: "nspcc", Audience.STAFF: "dsp"}.get(reader(audience), "childline")
    return [human, "police_999"]


def _smalltalk(a: Assessment) -> Reply:
    _ = gettext_for(a.language, a.audience)
    key = a.intent if a.intent in A.SMALLTALK else "out_of_scope"
    signposts = everyday_signposts(a.audience)
    closing = [check_question(True, a.audience, a.language)] if a.uncertain else []
    text = _assemble(a.language, a.audience, [_(A.SMALLTALK[key])], [], signposts, closing)
    buttons: List[Tuple[str, str]] = [(_(A.BUTTON_HELP_NOW), callback(Action.HELP_NOW))]
    if key in ("greet", "what_can_you_do", "change_language"):
        buttons = _language_buttons() + audience_buttons(a.language) + buttons
    if a.uncertain:
        buttons += check_buttons(Situation.of(a), a.audience, a.language)
    return Reply(text=text, signposts=signposts, advice=[], buttons=buttons)


def _with_check(reply: Reply, a: Assessment) -> Reply:
    """An uncertain answer ends with "Did I get that right?" and Yes / No, like every other."""
    text = reply.text + "\n\n" + check_question(True, a.audience, a.language)
    buttons = list(reply.buttons) + check_buttons(Situation.of(a), a.audience, a.language)
    return replace(reply, text=text, buttons=buttons)


def compose(a: Assessment) -> Reply:
    """The reply to an assessed message, in the assessment's language."""
    topic = a.topic
    if topic in CONCERN_TOPICS:
        return _concern(a)
    if topic is Topic.ADVICE:
        # an advice subject the bot has no answer for gets "what I can help with"
        reply = advice_reply(a)
        if reply is None:
            return _smalltalk(replace(a, intent="what_can_you_do"))
        return _with_check(reply, a) if a.uncertain else reply
    if topic is Topic.SMALLTALK or topic is Topic.OUT_OF_SCOPE:
        return _smalltalk(a)
    assert_never(topic)  # a new topic: decide here what its reply is


def more_value(s: Situation, page: int = 1) -> str:
    """The value of a "What else can I do?" button: the situation, and the page after the first."""
    return s.encode() if page <= 1 else f"{s.encode()}.{page}"


def parse_more_value(value: str) -> Tuple[Situation | None, int]:
    code, dot, page = (value or "").rpartition(".")
    if not dot:
        return Situation.decode(value or ""), 1
    if not page.isdigit() or int(page) < 2:
        return None, 0
    return Situation.decode(code), int(page)


def _more_text(points: Sequence[str], signposts: Sequence[str], who: Reader, language: str) -> str:
    _ = gettext_for(language, who)
    return _assemble(language, who, [_(A.MORE_HEADING)], [_(advice_text(i, who)) for i in points], signposts)


# One "What else can I do?" page: (advice ids, service ids).
Page = Tuple[Tuple[str, ...], Tuple[str, ...]]


@lru_cache(maxsize=512)
def _more_pages(s: Situation, who: Reader, languages: Tuple[str, ...]) -> Tuple[Page, ...]:
    """(points, services) of each "What else can I do?" page: what the first reply left out, then
    the further steps; each page within the reader's budget, so nothing is dropped."""
    budget = budget_for(who)
    plan = _plan(s, who, budget, languages)
    shown = set(plan.points) | set(plan.closing)
    advice = [p for p in _unique(list(plan.rest_points) + list(plan.guidance.more_advice)) if p not in shown]
    services = [x for x in _unique(list(plan.rest_signposts) + list(plan.guidance.more_signposts))
                if x not in plan.signposts]
    # every page names a human service; the first lists the services left out, then further ones
    human = [x for x in services if x in human_services(who, plan.adult)][:1] or [human_services(who, plan.adult)[0]]
    first = _fit(_unique(services + human), human, budget.services)
    pages: List[Page] = []
    while advice or not pages:
        signposts = first if not pages else human
        chunk: List[str] = []
        for point in advice:
            trial = chunk + [point]
            if len(trial) > budget.points or max(
                    len(_more_text(trial, signposts, who, language)) for language in languages) > budget.chars:
                break
            chunk = trial
        chunk = chunk or advice[:1]
        pages.append((tuple(chunk), tuple(signposts)))
        advice = advice[len(chunk):]
    return tuple(pages)


def compose_more(situation: object, audience: object, language: str) -> Reply:
    """Behind "What else can I do?": what the first reply left out, then the further steps.

    `situation`: a `Situation`, or the button's value ("sextortion/as", "sextortion/as.2" for the
    second page), or a topic."""
    s: Optional[Situation]
    if isinstance(situation, Situation):
        s, page = situation, 1
    else:
        s, page = parse_more_value(str(situation or ""))
    if s is None or s.topic not in CONCERN_TOPICS:
        return compose_helplines(audience, language)
    _ = gettext_for(language, audience)
    who = reader(audience)
    pages = _more_pages(s, who, tuple(_measured_languages()))
    advice, signposts = pages[min(page, len(pages)) - 1]
    text = _more_text(advice, signposts, who, language)
    buttons = [(_(A.BUTTON_TALK_NOW), callback(Action.TALK_NOW, details_flags(s.details & {Detail.ADULT}) or None))]
    if page < len(pages):
        buttons.append((_(A.BUTTON_MORE), callback(Action.MORE, more_value(s, page + 1))))
    buttons.append((_(A.BUTTON_HELPLINES), callback(Action.HELPLINES)))
    return Reply(text=text, signposts=list(signposts), advice=list(advice), buttons=buttons)


def compose_helplines(audience: object, language: str) -> Reply:
    """Every service for this audience, with what each is for."""
    _ = gettext_for(language, audience)
    ids = list(HELPLINES[reader(audience)])
    text = _(A.HELPLINES_HEADING) + "\n\n" + service_lines(ids, language, full=True, audience=audience)
    return Reply(text=text, signposts=ids, advice=[], buttons=[])


def compose_help_now(audience: object, language: str) -> Reply:
    """"I need help now", typed "help" or "SOS", /now: 999 first, then people to talk to now."""
    _ = gettext_for(language, audience)
    signposts = list(HELP_NOW[reader(audience)])
    text = "\n\n".join([_(A.DANGER_LINE), service_lines(signposts, language, audience=audience, now=True),
                        _(A.HELP_NOW_CLOSING)])
    return Reply(text=text, signposts=signposts, advice=["get_safe_now"], buttons=[])


def compose_talk_now(audience: object, language: str, adult: bool = False) -> Reply:
    """"Talk to a person now": the human services for this reader (and route), how to reach them
    right now (phone, text, online chat), with only the hours CONTENT.md marks as verified."""
    _ = gettext_for(language, audience)
    people = list(TALK_NOW[(reader(audience), bool(adult))])
    signposts = ["police_999"] + people
    text = "\n\n".join([_(A.DANGER_LINE),
                        _(A.TALK_NOW_HEADING) + "\n" + service_lines(people, language, audience=audience, now=True)])
    return Reply(text=text, signposts=signposts, advice=[], buttons=[])
