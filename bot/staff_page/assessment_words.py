"""An assessment in plain words, for people: what is happening, how urgent, who, which language,
how sure. Pure functions; the words are marked for translation and translated by the caller's `_`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Optional, Tuple

from nlu.assessment import Assessment
from nlu.vocabulary import Audience, Language, Reason, Topic, Urgency
from responses.i18n import N_

# What the bot thinks is happening: a short name (tables, charts) and a sentence (the try page).
TOPIC_NAMES: Dict[Topic, str] = {
    Topic.SEXTORTION: N_("Sextortion"),
    Topic.GROOMING: N_("Grooming"),
    Topic.IMAGE_SHARED: N_("Nude image shared"),
    Topic.IMMEDIATE_DANGER: N_("Danger right now"),
    Topic.SELF_HARM: N_("Self-harm or suicide"),
    Topic.ADVICE: N_("Asking for advice"),
    Topic.SMALLTALK: N_("Everyday chat"),
    Topic.OUT_OF_SCOPE: N_("Not something the bot deals with"),
}
TOPIC_SENTENCES: Dict[Topic, str] = {
    Topic.SEXTORTION: N_("Someone is threatening to share nude images unless they get money or more images."),
    Topic.GROOMING: N_("Someone may be grooming a child online: building trust in order to abuse."),
    Topic.IMAGE_SHARED: N_("A nude or semi-nude image has been shared, or may be."),
    Topic.IMMEDIATE_DANGER: N_("Someone is in danger right now."),
    Topic.SELF_HARM: N_("Someone is thinking about self-harm or suicide."),
    Topic.ADVICE: N_("A question asking for advice or information."),
    Topic.SMALLTALK: N_("Everyday chat: a greeting, thanks, or a question about the bot."),
    Topic.OUT_OF_SCOPE: N_("Something the bot does not deal with; it says what it can help with."),
}
URGENCY_NAMES: Dict[Urgency, str] = {
    Urgency.EMERGENCY: N_("Emergency"),
    Urgency.NORMAL: N_("Not an emergency"),
}
REASON_NAMES: Dict[Reason, str] = {
    Reason.DANGER: N_("danger right now"),
    Reason.SELF_HARM: N_("self-harm or suicide"),
}
AUDIENCE_NAMES: Dict[Audience, str] = {
    Audience.YOUNG_PERSON: N_("A young person"),
    Audience.PARENT: N_("A parent or carer"),
    Audience.STAFF: N_("School staff"),
    Audience.UNKNOWN: N_("Not clear: answered as a young person"),
}
LANGUAGE_NAMES: Dict[Language, str] = {
    Language.EN: N_("English"),
    Language.CY: N_("Welsh"),
}
SURE = N_("Sure")
FAIRLY_SURE = N_("Fairly sure")
UNSURE = N_("Unsure: the reply asks whether it understood")
CHOSEN = N_("chosen on this page")
# At or above this confidence (and not uncertain) the bot is "sure"; below it "fairly sure".
SURE_FROM = 0.85


@dataclass(frozen=True)
class PlainAssessment:
    """Each answer as a sentence in the page's language."""
    happening: str
    topic_name: str
    urgency: str
    emergency: bool
    audience: str
    language: str
    sureness: str
    confidence_percent: int
    uncertain: bool
    intent: str


def urgency_words(a: Assessment, _: Callable[[str], str]) -> str:
    """'Emergency: self-harm or suicide' or 'Not an emergency'."""
    words = _(URGENCY_NAMES[a.urgency])
    if a.reasons:
        order = [r for r in Reason if r in a.reasons]  # the vocabulary's order: danger first
        words += ": " + ", ".join(_(REASON_NAMES[r]) for r in order)
    return words


def sureness_words(a: Assessment, _: Callable[[str], str]) -> str:
    if a.uncertain:
        return _(UNSURE)
    return _(SURE) if a.confidence >= SURE_FROM else _(FAIRLY_SURE)


def describe(a: Assessment, _: Callable[[str], str], chosen_audience: Optional[Audience] = None,
             chosen_language: Optional[Language] = None) -> PlainAssessment:
    """The assessment in the page's language; choices made on the page are said to be so."""
    audience = _(AUDIENCE_NAMES[a.audience])
    if chosen_audience is not None and chosen_audience == a.audience:
        audience += f" ({_(CHOSEN)})"
    language = _(LANGUAGE_NAMES[a.language])
    if chosen_language is not None and chosen_language == a.language:
        language += f" ({_(CHOSEN)})"
    return PlainAssessment(
        happening=_(TOPIC_SENTENCES[a.topic]), topic_name=_(TOPIC_NAMES[a.topic]),
        urgency=urgency_words(a, _), emergency=a.is_emergency, audience=audience, language=language,
        sureness=sureness_words(a, _), confidence_percent=round(a.confidence * 100),
        uncertain=a.uncertain, intent=a.intent,
    )


def choice_labels(_: Callable[[str], str]) -> Tuple[Tuple[Tuple[str, str], ...], Tuple[Tuple[str, str], ...]]:
    """The form's audience and language choices: ('' = let the bot decide, label)."""
    audiences = (("", _(LET_BOT_DECIDE)),) + tuple(
        (a.value, _(AUDIENCE_CHOICES[a])) for a in (Audience.YOUNG_PERSON, Audience.PARENT, Audience.STAFF))
    languages = (("", _(LET_BOT_DECIDE)),) + tuple(
        (language.value, _(LANGUAGE_NAMES[language])) for language in (Language.EN, Language.CY))
    return audiences, languages


LET_BOT_DECIDE = N_("Let the bot decide")
AUDIENCE_CHOICES: Dict[Audience, str] = {
    Audience.YOUNG_PERSON: N_("Young person"),
    Audience.PARENT: N_("Parent or carer"),
    Audience.STAFF: N_("School staff"),
}
