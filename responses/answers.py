"""Small-talk replies and the shared headings and button labels (advice answers: faq.py)."""
from __future__ import annotations

from typing import Dict

from .i18n import N_, NP_, Message, by_register

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
