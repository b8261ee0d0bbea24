"""The reply when anything fails: it must work with no model, no catalog, no network.

Plain literals in both languages (no gettext), numbers taken from the service directory. One
version per reader where the audience is known: a young person (and anyone unknown) gets the
Welsh "ti", a parent or member of staff "chi", as in the catalog.
"""
from __future__ import annotations

from .reply import Reply
from .services import SERVICES

_CHILDLINE = SERVICES["childline"].contacts
_CHILDLINE_PHONE = _CHILDLINE[0][1]["number"]
_CHILDLINE_WEB = _CHILDLINE[1][1]["address"]
_EMERGENCY = SERVICES["police_999"].contacts[0][1]["number"]

_YOUNG = {
    "en": (
        "Sorry, something went wrong on my side, so I can't give you my full answer right now.\n\n"
        f"If you or anyone is in danger right now, call {_EMERGENCY}.\n"
        f"You can talk to Childline any time, for free: call {_CHILDLINE_PHONE} or chat at {_CHILDLINE_WEB}.\n"
        "Whatever is happening, it is not your fault, and telling someone is the right thing to do."
    ),
    "cy": (
        "Mae'n ddrwg gen i, aeth rhywbeth o'i le ar fy ochr i, felly alla i ddim rhoi fy ateb llawn i ti nawr.\n\n"
        f"Os wyt ti neu rywun arall mewn perygl nawr, ffonia {_EMERGENCY}.\n"
        f"Galli di siarad â Childline unrhyw bryd, am ddim: ffonia {_CHILDLINE_PHONE} "
        f"neu sgwrsia ar {_CHILDLINE_WEB}.\n"
        "Beth bynnag sy'n digwydd, nid dy fai di yw hyn, a dweud wrth rywun yw'r peth iawn i'w wneud."
    ),
}
_ADULT = {
    "en": (
        "Sorry, something went wrong on my side, so I can't give you my full answer right now.\n\n"
        f"If a child or anyone else is in danger right now, call {_EMERGENCY}.\n"
        f"Children and young people can talk to Childline any time, for free: call {_CHILDLINE_PHONE} "
        f"or chat at {_CHILDLINE_WEB}.\n"
        "Whatever is happening, the child is not to blame, and telling someone is the right thing to do."
    ),
    "cy": (
        "Mae'n ddrwg gen i, aeth rhywbeth o'i le ar fy ochr i, felly alla i ddim rhoi fy ateb llawn i chi nawr.\n\n"
        f"Os yw plentyn neu rywun arall mewn perygl nawr, ffoniwch {_EMERGENCY}.\n"
        f"Gall plant a phobl ifanc siarad â Childline unrhyw bryd, am ddim: ffôn {_CHILDLINE_PHONE} "
        f"neu sgwrs ar {_CHILDLINE_WEB}.\n"
        "Beth bynnag sy'n digwydd, nid y plentyn sydd ar fai, a dweud wrth rywun yw'r peth iawn i'w wneud."
    ),
}


def failsafe_reply(language: str = "en", audience: object = None) -> Reply:
    """Childline and 999, in `language`, for the reader's register (no catalog needed)."""
    adult = str(audience) in ("parent", "staff")
    texts = _ADULT if adult else _YOUNG
    return Reply(
        text=texts.get(str(language), texts["en"]),
        signposts=["police_999", "childline"],
        advice=["get_safe_now", "not_your_fault"],
        buttons=[],
    )
