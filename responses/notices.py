"""Fixed messages of the front ends (welcome, help, privacy, media, groups), marked for translation.

A notice a front end sends to a chat is translated with `gettext_for(language, audience)` of that
chat, so a young person reads "ti" and a parent or member of staff "chi" in Welsh. Notices that
say "you" come in one version per register (`by_register`); the rest are neutral in Welsh.
"""
from __future__ import annotations

from .i18n import N_, NP_, by_register

WELCOME = by_register(
    NP_("ti",
        "Hello. I'm an automated guide for children and young people, parents and school staff "
        "in Wales and the UK, for worries about things online: someone asking for pictures, "
        "threatening to share images, blackmail or grooming.\n\n"
        "I'm not a person and no one watches this chat. I'm not an emergency service: if you are in "
        "danger right now, call {emergency}.\n\n"
        "Choose your language and who you are, or just tell me what's happening."),
    NP_("chi",
        "Hello. I'm an automated guide for children and young people, parents and school staff "
        "in Wales and the UK, for worries about things online: someone asking for pictures, "
        "threatening to share images, blackmail or grooming.\n\n"
        "I'm not a person and no one watches this chat. I'm not an emergency service: if you are in "
        "danger right now, call {emergency}.\n\n"
        "Choose your language and who you are, or just tell me what's happening."),
)
# NOTE: in Welsh, give the Welsh command names (/nawr, /clirio, /iaith, /preifatrwydd, /anghofio).
HELP = by_register(
    NP_("ti",
        "Tell me what's happening in your own words, in English or Welsh, and I'll tell you what to "
        "do and who can help.\n\n"
        "/now: help now\n"
        "/helplines: all the helplines for you\n"
        "/clear: quick exit: delete this chat's messages\n"
        "/language: English or Cymraeg\n"
        "/privacy: what I keep and how to delete it\n"
        "/forget: delete everything I keep about this chat"),
    NP_("chi",
        "Tell me what's happening in your own words, in English or Welsh, and I'll tell you what to "
        "do and who can help.\n\n"
        "/now: help now\n"
        "/helplines: all the helplines for you\n"
        "/clear: quick exit: delete this chat's messages\n"
        "/language: English or Cymraeg\n"
        "/privacy: what I keep and how to delete it\n"
        "/forget: delete everything I keep about this chat"),
)
# NOTE: shown in both languages at once; the Welsh puts the Welsh question first.
CHOOSE_LANGUAGE = N_("Which language would you like? Pa iaith?")
# NOTE: sent only after the person has chosen this language: in Welsh it says "I'll reply in Welsh".
LANGUAGE_SET = N_("OK, I'll reply in English.")
AUDIENCE_SET_YOUNG_PERSON = N_("Thanks. Tell me what's happening and I'll help you work out what to do.")
AUDIENCE_SET_PARENT = N_("Thank you. Tell me what has happened and I'll explain the steps to take and who can help.")
AUDIENCE_SET_STAFF = N_("Thank you. Tell me about the concern and I'll set out what to do under your safeguarding procedure.")
# How long message ids are kept for the quick exit (/clear): Telegram lets a bot delete messages in
# a private chat for 48 hours, so ids are of no use, and are not kept, after that.
MESSAGE_ID_HOURS = 48
# NOTE: in Welsh, give the Welsh command names (/clirio, /anghofio).
PRIVACY = by_register(
    NP_("ti",
        "What I keep: only this chat's chosen language and whether you are a young person, parent "
        "or school staff, so I can answer you the right way. I never keep your messages, your name, "
        "your username, photos or files.\n\n"
        "For the quick exit (/clear), I also keep the numbers (ids) of the messages in this chat, "
        "never what they say, for {clear_hours} hours and no longer.\n\n"
        "How long: what I keep is deleted after {days} days without use.\n\n"
        "To delete it now, send /forget."),
    NP_("chi",
        "What I keep: only this chat's chosen language and whether you are a young person, parent "
        "or school staff, so I can answer you the right way. I never keep your messages, your name, "
        "your username, photos or files.\n\n"
        "For the quick exit (/clear), I also keep the numbers (ids) of the messages in this chat, "
        "never what they say, for {clear_hours} hours and no longer.\n\n"
        "How long: what I keep is deleted after {days} days without use.\n\n"
        "To delete it now, send /forget."),
)
FORGET_CONFIRM = by_register(
    NP_("ti", "Delete everything I keep about this chat (your language and who you are)?"),
    NP_("chi", "Delete everything I keep about this chat (your language and who you are)?"),
)
FORGET_YES = N_("Yes, delete it")
FORGET_NO = N_("No, keep it")
FORGOTTEN = N_("Done: I have deleted everything I kept about this chat.")
FORGET_CANCELLED = N_("OK, nothing was deleted.")
MEDIA_NOT_ALLOWED = by_register(
    NP_("ti",
        "Please don't send photos, videos or files here: I can't look at them, and I've removed it "
        "from this chat where I could. You don't need to show anyone an image to get help.\n\n"
        "If it's a nude or sexual image of you, it is not your fault: Report Remove or Take It Down "
        "can help get it taken down. Tell me in words what is happening."),
    NP_("chi",
        "Please don't send photos, videos or files here: I can't look at them, and I've removed it "
        "from this chat where I could. You don't need to show anyone an image to get help.\n\n"
        "If it's a nude or sexual image of you, it is not your fault: Report Remove or Take It Down "
        "can help get it taken down. Tell me in words what is happening."),
)
TYPE_INSTEAD = by_register(
    NP_("ti", "I can't listen to voice notes or read stickers. Please type what's happening, in your own words."),
    NP_("chi", "I can't listen to voice notes or read stickers. Please type what's happening, in your own words."),
)
LOCATION_WARNING = by_register(
    NP_("ti",
        "Please don't share your location or other people's contact details online, including here. "
        "I haven't kept it. If you are in danger right now, call {emergency}. Otherwise, type what's happening."),
    NP_("chi",
        "Please don't share your location or other people's contact details online, including here. "
        "I haven't kept it. If you are in danger right now, call {emergency}. Otherwise, type what's happening."),
)
EMPTY_MESSAGE = by_register(
    NP_("ti", "I didn't get any words there. Tell me what's happening, in English or Welsh."),
    NP_("chi", "I didn't get any words there. Tell me what's happening, in English or Welsh."),
)
# NOTE: sent to a group, so the Welsh is neutral (no "ti" or "chi").
GROUP_ONLY_PRIVATE = N_(
    "Hello. I only work in private chats, so nobody else sees what you write. To talk to me, "
    "open a private chat: {link}"
)
# NOTE: in Welsh, give the Welsh command name /cymorth.
UNKNOWN_BUTTON = by_register(
    NP_("ti", "That button has expired. Tell me what's happening, or send /help."),
    NP_("chi", "That button has expired. Tell me what's happening, or send /help."),
)

# The quick exit (/clear, /clirio): what was deleted, what could not be, and how to finish in the app.
CLEARED = by_register(
    NP_("ti", "Done. Messages deleted from this chat: {deleted}. I've also forgotten this chat's language and who you are."),
    NP_("chi", "Done. Messages deleted from this chat: {deleted}. I've also forgotten this chat's language and who you are."),
)
# NOTE: {not_deleted} is a count of messages; Telegram lets a bot delete them for 48 hours only.
NOT_DELETED = N_("Messages Telegram would not let me delete, usually because they are more than {clear_hours} hours old: {not_deleted}.")
DELETE_CHAT_IN_APP = by_register(
    NP_("ti",
        "To remove the whole chat, delete it in the Telegram app: press and hold this chat in your "
        "list of chats (on an iPhone, swipe left on it), then choose Delete."),
    NP_("chi",
        "To remove the whole chat, delete it in the Telegram app: press and hold this chat in your "
        "list of chats (on an iPhone, swipe left on it), then choose Delete."),
)
EVIDENCE_IS_THEIR_MESSAGES = by_register(
    NP_("ti",
        "Keeping evidence means keeping the messages from the person doing this, in the app where "
        "they were sent. This chat with me is not evidence you need to keep."),
    NP_("chi",
        "Keeping evidence means keeping the messages from the person doing this, in the app where "
        "they were sent. This chat with me is not evidence you need to keep."),
)

# Command descriptions shown in Telegram's menu (set per app language, so neutral in Welsh).
CMD_START = N_("Start and choose language")
CMD_HELP = N_("How I can help")
CMD_NOW = N_("Help now: {emergency} and people to talk to")
CMD_HELPLINES = N_("All helplines for you")
CMD_CLEAR = N_("Quick exit: delete this chat's messages")
CMD_LANGUAGE = N_("English or Cymraeg")
CMD_PRIVACY = N_("What I keep and how to delete it")
CMD_FORGET = N_("Delete what I keep about this chat")
