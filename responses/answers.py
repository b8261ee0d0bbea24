"""Small-talk replies and the shared headings and button labels (advice answers: faq.py)."""
from __future__ import annotations

from typing import Dict

from .i18n import N_

SMALLTALK: Dict[str, str] = {
    "greet": N_("Hello. I'm an automated guide, not a person, for worries about things online: someone asking for pictures, threatening to share images, or blackmail. Tell me what's happening in your own words, in English or Welsh."),
    "thanks": N_("You're welcome. If anything else happens, or you want to talk to a person, help is there any time."),
    "goodbye": N_("Take care. You can come back any time."),
    "bot_challenge": N_("I'm an automated guide, not a person, and no one reads this chat. To talk to a real person, contact one of these services."),
    "what_can_you_do": N_("I can help if someone online is asking for pictures, threatening to share images of you, or blackmailing you, or if an image has been shared. I tell you what to do and who can help. Parents and school staff can ask too. I'm not for emergencies: if you are in danger, call {emergency}."),
    "change_language": N_("OK, I'll reply in English."),
    "out_of_scope": N_("I'm a guide for worries about things online, like someone asking for pictures, threats to share images, or blackmail, so I can't help with that. If something is worrying you, tell me what's happening."),
}

UNCERTAIN_QUESTION = N_("Have I understood you right? If not, tell me a bit more in your own words.")
SERVICES_HEADING = N_("Who can help:")
DANGER_LINE = N_("If you are in danger right now, call {emergency}.")

BUTTON_MORE = N_("What else can I do?")
BUTTON_HELPLINES = N_("Show all helplines")
BUTTON_HELP_NOW = N_("I need help now")
BUTTON_ENGLISH = "English"
BUTTON_WELSH = "Cymraeg"
BUTTON_YOUNG_PERSON = N_("I'm a young person")
BUTTON_PARENT = N_("I'm a parent or carer")
BUTTON_STAFF = N_("I'm school staff")

MORE_HEADING = N_("More you can do:")
HELPLINES_HEADING = N_("Helplines and services:")
