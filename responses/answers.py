"""Answers to the advice questions, drawn from the two seed documents, and small-talk replies."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

from nlu.vocabulary import Audience

from .i18n import N_, NP_, Message, by_register

YP, PARENT, STAFF = Audience.YOUNG_PERSON, Audience.PARENT, Audience.STAFF


@dataclass(frozen=True)
class Answer:
    intro: str
    points: Tuple[str, ...]
    signposts: Dict[str, Tuple[str, ...]]  # by audience; "young_person" also serves "unknown"


def A(intro, points, yp, parent, staff):
    return Answer(intro, tuple(points), {YP: tuple(yp), PARENT: tuple(parent), STAFF: tuple(staff)})


ANSWERS: Dict[str, Answer] = {
    "advice_what_is_grooming": A(
        N_("Online grooming is when someone befriends a child or young person online to exploit them. They build trust to get sexual chat, nude pictures or videos, or to meet up."),
        [
            N_("It happens on social networks, messaging and live-streaming apps, photo apps, chat rooms, dating apps and online games."),
            N_("Groomers send lots of messages, give compliments and gifts, and ask to keep things secret."),
            N_("They ask where you are, if you are alone, and for personal details like your school."),
            N_("It can happen fast: sometimes in under 20 minutes of chat."),
        ],
        ["childline", "ceop", "meic"], ["ceop", "nspcc"], ["dsp", "ceop", "nspcc"],
    ),
    "advice_what_is_sextortion": A(
        N_("Sextortion is online blackmail: someone threatens to share nude or semi-nude images of a person (real or faked) unless they pay money or send more."),
        [
            N_("It is often run by organised criminals who want money fast, sometimes within an hour of first contact."),
            N_("Anyone can be targeted, but many victims are boys aged 14 to 18."),
            N_("The National Crime Agency's advice: don't pay, stop contact and block, don't delete anything, and report it."),
        ],
        ["childline", "ceop", "report_remove"], ["ceop", "police_101", "nspcc"], ["dsp", "ceop", "nspcc"],
    ),
    "advice_grooming_signs": A(
        N_("Signs that a child may be being groomed include:"),
        [
            N_("Sudden changes in behaviour, such as spending much more or less time online."),
            N_("Being secretive about their phone or computer, or going missing from home or school."),
            N_("Unexplained gifts, or a relationship with a much older person."),
            N_("Sexual language you wouldn't expect them to know, seeming upset or withdrawn, or mental health problems."),
        ],
        ["childline", "meic"], ["nspcc", "ceop"], ["dsp", "nspcc"],
    ),
    "advice_why_children_dont_tell": A(
        N_("Children often don't tell anyone because:"),
        [
            N_("They don't realise they are being groomed, or think it is a caring relationship."),
            N_("They are scared of what the person will do, or don't want to get them in trouble."),
            N_("They feel it is their fault, or they are embarrassed."),
            N_("Help them by teaching about healthy relationships and naming safe people they can go to."),
        ],
        ["childline", "meic"], ["nspcc", "childline"], ["dsp", "nspcc"],
    ),
    "advice_who_is_at_risk": A(
        N_("Any child can be groomed, whatever their age or background. Some are more at risk:"),
        [
            N_("Children who are lonely or unhappy, have low self-esteem, or share their feelings online."),
            N_("Children whose time online is not supervised, or who don't know the risks."),
            N_("Disabled children, those with additional learning needs, looked-after children and those outside mainstream education."),
            N_("Children exploring their sexuality or identity online."),
        ],
        ["childline", "meic"], ["nspcc", "ceop"], ["dsp", "nspcc"],
    ),
    "advice_block_report": A(
        N_("To block and report someone:"),
        [
            N_("First keep the evidence: don't delete the chat, usernames or messages."),
            N_("Then block the account and use the app's report button (usually in the profile or the chat menu)."),
            N_("Report grooming or blackmail to CEOP, or to the police on {non_emergency} ({emergency} if someone is in danger)."),
            N_("If a nude image is involved, Report Remove or Take It Down can help get it blocked."),
        ],
        ["ceop", "childline", "report_remove"], ["ceop", "police_101", "nspcc"], ["dsp", "ceop"],
    ),
    "advice_talk_to_child": A(
        N_("When you talk to your child:"),
        [
            N_("Stay calm and listen. Reassure them they are not in trouble and did the right thing by telling you."),
            N_("Don't blame, shout or take their phone away as a punishment: it can stop them telling you next time."),
            N_("Ask open questions, and let them know you will help them sort it out together."),
            N_("Talk regularly about who they talk to online, before anything goes wrong."),
        ],
        ["childline", "meic"], ["nspcc", "childline"], ["dsp", "nspcc"],
    ),
    "advice_school_response": A(
        N_("What a school or college should have in place:"),
        [
            N_("A concern goes straight to the DSP under the school's procedure; the DSP refers to social services or the police. If a child is in immediate danger, call {emergency}."),
            N_("Staff never view, copy or forward images, and ask parents to keep evidence."),
            N_("Online safety in policies, the curriculum, RSE, staff training and work with parents."),
            N_("Governors can ask the five key questions and check the school uses 360 safe Cymru on Hwb."),
        ],
        ["childline", "meic"], ["nspcc", "dsp"], ["dsp", "hwb_360", "nspcc"],
    ),
    "advice_nudes_law": A(
        N_("The law protects under-18s: it is against the law to make, have or share a nude image of anyone under 18, even of yourself. But if it has happened to you, you are not in trouble for asking for help."),
        [
            N_("The law is there to protect young people. If you are pressured or threatened, you are the victim, and Childline and the police want to help you."),
            N_("If someone pressures you for nudes or threatens to share one, that person is the one committing a crime."),
            N_("If a nude of you is out there, Report Remove can help get it taken down."),
        ],
        ["childline", "report_remove", "meic"], ["nspcc", "report_remove"], ["dsp", "report_remove"],
    ),
}

# Small talk reaches every audience: one version per Welsh register where it says "you".
SMALLTALK: Dict[str, Message] = {
    "greet": by_register(
        NP_("ti", "Hello. I'm an automated guide, not a person, for worries about things online: someone asking for pictures, threatening to share images, or blackmail. Tell me what's happening in your own words, in English or Welsh."),
        NP_("chi", "Hello. I'm an automated guide, not a person, for worries about things online: someone asking for pictures, threatening to share images, or blackmail. Tell me what's happening in your own words, in English or Welsh.")),
    "thanks": by_register(
        NP_("ti", "You're welcome. If anything else happens, or you want to talk to a person, help is there any time."),
        NP_("chi", "You're welcome. If anything else happens, or you want to talk to a person, help is there any time.")),
    "goodbye": by_register(
        NP_("ti", "Take care. You can come back any time."),
        NP_("chi", "Take care. You can come back any time.")),
    "bot_challenge": by_register(
        NP_("ti", "I'm an automated guide, not a person, and no one reads this chat. To talk to a real person, contact one of these services."),
        NP_("chi", "I'm an automated guide, not a person, and no one reads this chat. To talk to a real person, contact one of these services.")),
    "what_can_you_do": by_register(
        NP_("ti", "I can help if someone online is asking for pictures, threatening to share images of you, or blackmailing you, or if an image has been shared. I tell you what to do and who can help. Parents and school staff can ask too. I'm not an emergency service: if you are in danger, call {emergency}."),
        NP_("chi", "I can help if someone online is asking for pictures, threatening to share images of you, or blackmailing you, or if an image has been shared. I tell you what to do and who can help. Parents and school staff can ask too. I'm not an emergency service: if you are in danger, call {emergency}.")),
    # NOTE: sent only after the person has chosen this language: in Welsh it says "I'll reply in Welsh".
    "change_language": N_("OK, I'll reply in English."),
    "out_of_scope": by_register(
        NP_("ti", "I'm a guide for worries about things online, like someone asking for pictures, threats to share images, or blackmail, so I can't help with that. If something is worrying you, tell me what's happening."),
        NP_("chi", "I'm a guide for worries about things online, like someone asking for pictures, threats to share images, or blackmail, so I can't help with that. If something is worrying you, tell me what's happening.")),
}

# "Did I get that right?": the question on every concern reply (neutral in Welsh), and the longer
# one on an uncertain reply. {no} is the label of the "No, it's something else" button.
CHECK_QUESTION = N_("Did I get that right?")
UNCERTAIN_QUESTION = by_register(
    NP_("ti", "I'm not sure I understood. Did I get that right? If not, choose \"{no}\" or tell me more."),
    NP_("chi", "I'm not sure I understood. Did I get that right? If not, choose \"{no}\" or tell me more."))
SERVICES_HEADING = N_("Who can help:")
DANGER_LINE = by_register(
    NP_("ti", "If you are in danger right now, call {emergency}."),
    NP_("chi", "If you are in danger right now, call {emergency}."))

BUTTON_MORE = N_("What else can I do?")
BUTTON_HELPLINES = N_("Show all helplines")
BUTTON_HELP_NOW = N_("I need help now")
BUTTON_TALK_NOW = N_("Talk to a person now")
BUTTON_YES = N_("Yes")
BUTTON_NO = N_("No, it's something else")
BUTTON_ENGLISH = "English"
BUTTON_WELSH = "Cymraeg"
BUTTON_YOUNG_PERSON = N_("I'm a young person")
BUTTON_PARENT = N_("I'm a parent or carer")
BUTTON_STAFF = N_("I'm school staff")

MORE_HEADING = by_register(NP_("ti", "More you can do:"), NP_("chi", "More you can do:"))
HELPLINES_HEADING = N_("Helplines and services:")
HELP_NOW_CLOSING = by_register(
    NP_("ti", "Or tell me what's happening, in your own words."),
    NP_("chi", "Or tell me what's happening, in your own words."))
TALK_NOW_HEADING = by_register(
    NP_("ti", "You can talk to a person now:"),
    NP_("chi", "You can talk to a person now:"))
