"""Fixed messages of the front ends (welcome, privacy, media, groups), marked for translation."""
from __future__ import annotations

from .i18n import N_

WELCOME = N_(
    "Hello. I'm an automated guide for children and young people, parents and school staff "
    "in Wales and the UK, for worries about things online: someone asking for pictures, "
    "threatening to share images, blackmail or grooming.\n\n"
    "I'm not a person and no one watches this chat. I'm not for emergencies: if you are in "
    "danger right now, call {emergency}.\n\n"
    "Choose your language and who you are, or just tell me what's happening."
)
HELP = N_(
    "Tell me what's happening in your own words, in English or Welsh, and I'll tell you what to "
    "do and who can help.\n\n"
    "/helplines: all the helplines for you\n"
    "/language: English or Cymraeg\n"
    "/privacy: what I keep and how to delete it\n"
    "/forget: delete everything I keep about this chat"
)
CHOOSE_LANGUAGE = N_("Which language would you like? Pa iaith hoffech chi?")
LANGUAGE_SET = N_("OK, I'll reply in English.")
AUDIENCE_SET_YOUNG_PERSON = N_("Thanks. Tell me what's happening and I'll help you work out what to do.")
AUDIENCE_SET_PARENT = N_("Thank you. Tell me what has happened and I'll explain the steps to take and who can help.")
AUDIENCE_SET_STAFF = N_("Thank you. Tell me about the concern and I'll set out what to do under your safeguarding procedure.")
PRIVACY = N_(
    "What I keep: only this chat's chosen language and whether you are a young person, parent "
    "or school staff, so I can answer you the right way. I never keep your messages, your name, "
    "your username, photos or files.\n\n"
    "How long: what I keep is deleted after {days} days without use.\n\n"
    "To delete it now, send /forget."
)
FORGET_CONFIRM = N_("Delete everything I keep about this chat (your language and who you are)?")
FORGET_YES = N_("Yes, delete it")
FORGET_NO = N_("No, keep it")
FORGOTTEN = N_("Done: I have deleted everything I kept about this chat.")
FORGET_CANCELLED = N_("OK, nothing was deleted.")
MEDIA_NOT_ALLOWED = N_(
    "Please don't send photos, videos or files here: I can't look at them, and I've removed it "
    "from this chat where I could. You don't need to show anyone an image to get help.\n\n"
    "If it's a nude or sexual image of you, it is not your fault: Report Remove or Take It Down "
    "can help get it taken down. Tell me in words what is happening."
)
TYPE_INSTEAD = N_("I can't listen to voice notes or read stickers. Please type what's happening, in your own words.")
LOCATION_WARNING = N_(
    "Please don't share your location or other people's contact details online, including here. "
    "I haven't kept it. If you are in danger right now, call {emergency}. Otherwise, type what's happening."
)
EMPTY_MESSAGE = N_("I didn't get any words there. Tell me what's happening, in English or Welsh.")
GROUP_ONLY_PRIVATE = N_(
    "Hello. I only work in private chats, so nobody else sees what you write. To talk to me, "
    "open a private chat: {link}"
)
UNKNOWN_BUTTON = N_("That button has expired. Tell me what's happening, or send /help.")

# Command descriptions shown in Telegram's menu.
CMD_START = N_("Start and choose language")
CMD_HELP = N_("How I can help")
CMD_HELPLINES = N_("All helplines for you")
CMD_LANGUAGE = N_("English or Cymraeg")
CMD_PRIVACY = N_("What I keep and how to delete it")
CMD_FORGET = N_("Delete what I keep about this chat")
