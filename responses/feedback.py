""""Did I get that right?": Yes, or "No, it's something else" and a short menu, on every concern
reply and every uncertain one.

A false alarm gets out in one tap; a missed concern gets a second chance. Every answer is a pure
function of (button value, audience, language): nothing about the conversation is stored, the
button carries what the reply was about (responses/situation.py).
"""
from __future__ import annotations

from typing import Dict, Final, Optional

from nlu.vocabulary import Action, Audience, Reader, Reason, Topic, callback, reader

from . import answers as A
from .compose import compose_concern, concern_buttons, everyday_signposts, human_services, service_lines
from .guidance import ADULT_TOPICS
from .i18n import N_, NP_, by_register, gettext_for
from .reply import Reply
from .situation import Situation, details_flags, is_concern, parse_flags

YP: Final = Audience.YOUNG_PERSON
PARENT: Final = Audience.PARENT
STAFF: Final = Audience.STAFF

# The menu behind "No, it's something else", in order. Each choice's value in `pick:<value>`.
THREAT, CONTACT, IMAGE, DANGER, QUESTION, OTHER = (
    "sextortion", "grooming", "image_shared", "danger", "question", "other")
MENU = (THREAT, CONTACT, IMAGE, DANGER, QUESTION, OTHER)
# The concern each choice stands for (the danger choice covers danger now and self-harm).
CHOICE_SITUATION = {
    THREAT: (Topic.SEXTORTION, frozenset()),
    CONTACT: (Topic.GROOMING, frozenset()),
    IMAGE: (Topic.IMAGE_SHARED, frozenset()),
    DANGER: (Topic.IMMEDIATE_DANGER, frozenset({Reason.DANGER, Reason.SELF_HARM})),
}

# Labels short enough for a phone's button (about 40 characters), in each reader's words.
MENU_LABELS: Dict[Reader, Dict[str, str]] = {
    YP: {
        THREAT: N_("Someone's threatening to share pics of me"),
        CONTACT: N_("An adult online is making me uneasy"),
        IMAGE: N_("A picture of me has been shared"),
        DANGER: N_("I'm in danger or want to hurt myself"),
        QUESTION: N_("I have a question"),
        OTHER: N_("Something else"),
    },
    PARENT: {
        THREAT: N_("Threats to share pictures of my child"),
        CONTACT: N_("An adult online is targeting my child"),
        IMAGE: N_("A picture of my child has been shared"),
        DANGER: N_("Danger now, or my child may self-harm"),
        QUESTION: N_("I have a question"),
        OTHER: N_("Something else"),
    },
    STAFF: {
        THREAT: N_("Threats to share pictures of a pupil"),
        CONTACT: N_("An adult online is targeting a pupil"),
        IMAGE: N_("A nude image of a pupil has been shared"),
        DANGER: N_("Danger now, or a pupil may self-harm"),
        QUESTION: N_("I have a question"),
        OTHER: N_("Something else"),
    },
}

MENU_PROMPT = by_register(
    NP_("ti", "Sorry, I got that wrong. Which of these is closest? You can also tell me in your own words."),
    NP_("chi", "Sorry, I got that wrong. Which of these is closest? You can also tell me in your own words."))

# "Yes" to a concern reply: a short acknowledgement and what next, not a repeat.
ACKNOWLEDGED: Dict[Reader, str] = {
    YP: N_("Thanks for letting me know. Take the steps one at a time, starting with the first: you don't have to do everything at once, and you don't have to do it alone."),
    PARENT: N_("Thank you. Take the steps one at a time, starting with the first, and get support for yourself too."),
    STAFF: N_("Thank you. Start with the first step, and follow your school's safeguarding procedure."),
}
ACKNOWLEDGED_OTHER = by_register(
    NP_("ti", "Thanks. If anything else is worrying you, tell me in your own words."),
    NP_("chi", "Thanks. If anything else is worrying you, tell me in your own words."))

QUESTION_PROMPT: Dict[Reader, str] = {
    YP: N_("What would you like to know? Ask me in your own words, for example: What is sextortion? What are the signs of grooming? How do I block and report someone?"),
    PARENT: N_("What would you like to know? Ask me in your own words, for example: What is sextortion? How do I talk to my child about it? How do I block and report someone?"),
    STAFF: N_("What would you like to know? Ask me in your own words, for example: What should a school have in place? What are the signs of grooming? Why don't children tell anyone?"),
}
OTHER_PROMPT = by_register(
    NP_("ti", "Tell me what's happening in your own words, and I'll do my best to help. If you'd rather talk to a person, they can help:"),
    NP_("chi", "Tell me what's happening in your own words, and I'll do my best to help. If you'd rather talk to a person, they can help:"))


def compose_acknowledgement(value: str, audience: object, language: str) -> Optional[Reply]:
    """"Yes": thanks and what next (one step at a time, a person to talk to), not a repeat."""
    s = Situation.decode(value)
    if s is None:
        return None
    _ = gettext_for(language, audience)
    who = reader(audience)
    if not is_concern(s):
        return Reply(text=_(ACKNOWLEDGED_OTHER), buttons=[])
    human = [human_services(who, s.adult and s.topic in ADULT_TOPICS)[0]]
    text = _(ACKNOWLEDGED[who]) + "\n\n" + _(A.SERVICES_HEADING) + "\n" + service_lines(human, language, audience=audience)
    return Reply(text=text, signposts=human, advice=[],
                 buttons=concern_buttons(s, audience, language, check=False))


def compose_menu(flags: str, audience: object, language: str) -> Optional[Reply]:
    """"No, it's something else": the menu, in the reader's words and register."""
    parsed = parse_flags(flags or "")
    if parsed is None or parsed[0]:
        return None
    details = parsed[1]
    _ = gettext_for(language, audience)
    labels = MENU_LABELS[reader(audience)]
    route = details_flags(details)
    buttons = [(_(labels[c]), callback(Action.CHOICE, f"{c}/{route}" if route else c)) for c in MENU]
    text = _(MENU_PROMPT) + "\n\n" + _(A.DANGER_LINE)
    return Reply(text=text, signposts=[], advice=[], buttons=buttons)


def compose_choice(value: str, audience: object, language: str) -> Optional[Reply]:
    """A menu choice: that reply at once (a concern's guidance, a question prompt, or "tell me")."""
    choice, _sep, flags = (value or "").partition("/")
    parsed = parse_flags(flags)
    if choice not in MENU or parsed is None or parsed[0]:
        return None
    details = parsed[1]
    _ = gettext_for(language, audience)
    who = reader(audience)
    if choice in CHOICE_SITUATION:
        topic, reasons = CHOICE_SITUATION[choice]
        # the person chose it: no "Did I get that right?" again
        return compose_concern(Situation(topic, reasons, details), audience, language, check=False)
    signposts = everyday_signposts(audience)
    prompt = _(QUESTION_PROMPT[who]) if choice == QUESTION else _(OTHER_PROMPT)
    if choice == QUESTION:
        text = prompt + "\n\n" + _(A.SERVICES_HEADING) + "\n" + service_lines(signposts, language, audience=audience)
    else:
        text = prompt + "\n" + service_lines(signposts, language, audience=audience)
    buttons = [(_(A.BUTTON_HELP_NOW), callback(Action.HELP_NOW)), (_(A.BUTTON_HELPLINES), callback(Action.HELPLINES))]
    return Reply(text=text, signposts=signposts, advice=[], buttons=buttons)
