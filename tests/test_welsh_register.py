"""The Welsh register: a young person (or anyone unknown) reads "ti", a parent or member of staff
"chi", in every string they can receive, and one reply never mixes them (CONTENT.md, "Register").

Every Welsh reply, button label, notice and fail-safe is rendered for every audience and its
second-person forms are checked. The check is strict: a word ending in -a or -wch must be known
to be an imperative or known not to be one, so a new string cannot slip a form past it.
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from babel.messages.pofile import read_po

from nlu.vocabulary import Audience, reader
from responses import failsafe_reply
from responses import notices as N
from responses.i18n import LOCALE_DIR, ByRegister, InContext, gettext_for
from tests.replies import AUDIENCES, all_replies

# "ti": pronouns, possessives, verb forms and the singular imperatives this bot uses.
TI_WORDS = frozenset({
    "ti", "di", "dy", "wyt", "rwyt", "dwyt", "oeddet", "byddi", "fyddi", "galli", "elli", "gallet", "hoffet",
    "arnat", "atat", "wrthot", "ohonot", "paid", "cymer", "cer", "rho", "gweli", "ddywedaist", "wnei",
    # singular imperatives in -a
    "anfona", "arhosa", "blocia", "cadwa", "cysyllta", "defnyddia", "dewisa", "dilea", "dweda", "ffonia",
    "gofynna", "gwna", "llithra", "pwysa", "riportia", "siarada", "sgwrsia", "stopia", "symuda", "teipia",
    "ysgrifenna", "agora", "gwranda", "tria", "chwilia", "cofia", "chofia",
})
# "chi": pronouns, possessives, verb forms; imperatives end in -wch.
CHI_WORDS = frozenset({
    "chi", "eich", "ydych", "rydych", "oeddech", "byddwch", "fyddwch", "gallwch", "allwch", "hoffech",
    "gallech", "arnoch", "atoch", "wrthych", "ohonoch", "gennych", "ddywedoch", "peidiwch", "pheidiwch",
})
# Words ending in -a that are not imperatives, and -wch words that are nouns.
NOT_TI_IMPERATIVE = frozenset({
    "alla", "bydda", "dda", "dyma", "dyna", "galla", "gyda", "negeseua", "ohona", "wella", "wrtha", "yma",
    "yna", "ffa", "pa", "na", "a", "ia", "da",
})
NOT_CHI_IMPERATIVE = frozenset({"diogelwch", "ddiogelwch", "nniogelwch", "e-ddiogelwch", "uwch", "llwch", "trwch"})
_APOSTROPHE = re.compile(r"[\u2019\u2018`]")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _fold(text: str) -> str:
    text = _APOSTROPHE.sub("'", text).lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def register_marks(text: str) -> tuple[set, set, set]:
    """(ti forms, chi forms, unclassified -a / -wch words) in a Welsh text."""
    folded = _fold(text)
    ti, chi, unknown = set(), set(), set()
    # 'th ("i'th", "a'th") is "your" for ti; 'ch ("i'ch", "a'ch", "wedi'ch") for chi
    ti |= {m for m in re.findall(r"(?<=[a-z])'th\b", folded)}
    chi |= {m for m in re.findall(r"(?<=[a-z])'ch\b", folded)}
    for word in _WORD.findall(folded.replace("'", " ")):
        if word in TI_WORDS:
            ti.add(word)
        elif word in CHI_WORDS:
            chi.add(word)
        elif word.endswith("wch") and word not in NOT_CHI_IMPERATIVE:
            chi.add(word)
        elif word.endswith("a") and word not in NOT_TI_IMPERATIVE and len(word) > 3 and _looks_welsh_verb(word):
            unknown.add(word)
    # "dy hun" / "eich hun" are caught by dy / eich
    return ti, chi, unknown


def _looks_welsh_verb(word: str) -> bool:
    # English words in Welsh text (names of services, "Yoti", "Delete") are not Welsh imperatives
    return word not in {"samaritans", "cymra", "via", "extra", "meta"}


def _expected(audience) -> str:
    return "ti" if reader(audience) == Audience.YOUNG_PERSON else "chi"


def _check(label, audience, text):
    ti, chi, unknown = register_marks(text)
    assert not unknown, f"{label}: classify these words in the register test: {sorted(unknown)}"
    wrong = chi if _expected(audience) == "ti" else ti
    assert not wrong, f"{label} ({audience}): {sorted(wrong)} in a reply that should use {_expected(audience)!r}"


def test_the_check_catches_a_real_mix_and_ignores_look_alikes():
    assert register_marks("Os wyt ti mewn perygl, ffoniwch 999.")[0:2] == ({"wyt", "ti"}, {"ffoniwch"})
    assert register_marks("Gallwch ofyn i'ch plentyn; paid â thalu.")[0:2] == ({"paid"}, {"gallwch", "'ch"})
    assert register_marks("Cadwa dy negeseuon gyda'r dystiolaeth.")[0:2] == ({"cadwa", "dy"}, set())
    assert register_marks("Dywedwch wrtha i yn eich geiriau eich hun.")[0:2] == (set(), {"dywedwch", "eich"})
    # look-alikes: verb-nouns, "diogelwch" (safety), "gyda", "wrtha i", "Childline", "di-" prefixes
    neutral = ("Cadw'r dystiolaeth a pheidio â thalu: diogelwch ar-lein gyda Childline. "
               "Heddlu (pan nad oes brys), gwasanaeth di-dâl, dweud wrtha i, yma, dyna ni.")
    assert register_marks(neutral)[0:2] == (set(), set())
    assert register_marks("Blocia'r cyfrif")[0] == {"blocia"}
    assert register_marks("Gwrandawa")[2] == {"gwrandawa"}  # an unknown -a word must be classified


REPLIES_CY = list(all_replies("cy"))


def _audience_of(label, assessment):
    return assessment.audience if assessment is not None else label.rsplit("/", 1)[-1]


def test_every_welsh_reply_and_its_buttons_use_the_readers_register():
    for label, assessment, reply in REPLIES_CY:
        audience = _audience_of(label, assessment)
        if assessment is not None and assessment.topic == "advice":
            continue  # the FAQ answers: see the next test
        text = "\n".join([reply.text] + [button for button, _ in reply.buttons])
        _check(label, audience, text)


def test_welsh_advice_replies_use_the_readers_register():
    """The whole advice reply (the answer, services, the checking question, buttons) is in the
    reader's register."""
    for label, assessment, reply in REPLIES_CY:
        if assessment is None or assessment.topic != "advice":
            continue
        _check(label, assessment.audience, "\n".join([reply.text] + [button for button, _ in reply.buttons]))


# Notices sent only to the audience just chosen.
FOR_ONE_AUDIENCE = {"AUDIENCE_SET_YOUNG_PERSON": Audience.YOUNG_PERSON, "AUDIENCE_SET_PARENT": Audience.PARENT,
                    "AUDIENCE_SET_STAFF": Audience.STAFF}


def _notices():
    for name in dir(N):
        value = getattr(N, name)
        if isinstance(value, (str, ByRegister)) and not name.startswith("_") and name.isupper():
            yield name, value


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_notice_uses_the_readers_register(audience):
    _ = gettext_for("cy", audience)
    for name, message in _notices():
        if FOR_ONE_AUDIENCE.get(name, audience) == audience:
            _check(f"notices.{name}", audience, _(message))


def test_notices_sent_before_the_audience_is_known_or_to_a_group_are_neutral():
    """The command menu (set per app language), the language question and the group notice."""
    _ = gettext_for("cy")
    for message in (N.GROUP_ONLY_PRIVATE, N.CHOOSE_LANGUAGE, N.LANGUAGE_SET, N.CMD_START, N.CMD_HELP,
                    N.CMD_NOW, N.CMD_HELPLINES, N.CMD_CLEAR, N.CMD_LANGUAGE, N.CMD_PRIVACY, N.CMD_FORGET):
        ti, chi, unknown = register_marks(_(message))
        assert not (ti or chi or unknown), (message, ti, chi)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_fail_safe_uses_the_readers_register_without_a_catalog(audience):
    _check("failsafe", audience, failsafe_reply("cy", audience).text)


def test_the_fail_safe_welsh_matches_the_catalog():
    text = failsafe_reply("cy", "young_person").text
    assert "nid dy fai di yw hyn" in text
    assert gettext_for("cy", "young_person")("It is not your fault, and you are not in trouble for asking for "
                                             "help.").startswith("Nid dy fai di yw hyn")


def test_every_string_with_a_register_has_both_versions_in_the_catalog():
    with open(LOCALE_DIR / "cy" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        catalog = read_po(handle)
    by_context = {}
    for message in catalog:
        if message.id and message.context:
            by_context.setdefault(message.id, {})[message.context] = message.string
    for msgid, versions in by_context.items():
        assert set(versions) == {"ti", "chi"}, msgid
        assert versions["ti"] != versions["chi"], f"the same Welsh in both registers: {msgid[:60]}"
        assert not register_marks(versions["ti"])[1], (msgid[:60], versions["ti"])
        assert not register_marks(versions["chi"])[0], (msgid[:60], versions["chi"])


def test_young_peoples_welsh_says_lluniau_not_delweddau():
    for label, assessment, reply in REPLIES_CY:
        if reader(_audience_of(label, assessment)) == Audience.YOUNG_PERSON:
            if assessment is not None and assessment.topic == "advice":
                continue  # the FAQ answers (responses/faq.py) are the FAQ helper's
            assert "delwedd" not in _fold(reply.text), (label, reply.text)


def test_in_context_strings_are_what_babel_extracts():
    assert isinstance(N.PRIVACY.ti, InContext) and N.PRIVACY.ti.context == "ti"
