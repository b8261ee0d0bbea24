"""The Welsh catalog: complete, valid, compiled, and in step with the code."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from babel.messages.pofile import read_po

from nlu.model import PROJECT_DIR
from responses.i18n import LOCALE_DIR, gettext_for

PO = LOCALE_DIR / "cy" / "LC_MESSAGES" / "messages.po"
POT = LOCALE_DIR / "messages.pot"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def catalog(path):
    with open(path, "rb") as handle:
        return read_po(handle)


def test_every_welsh_string_is_translated_and_none_is_fuzzy():
    cy = catalog(PO)
    missing = [m.id for m in cy if m.id and not m.string]
    fuzzy = [m.id for m in cy if m.id and m.fuzzy]
    assert missing == [] and fuzzy == []


def test_placeholders_and_line_breaks_match():
    for message in catalog(PO):
        if message.id:
            assert sorted(PLACEHOLDER.findall(message.id)) == sorted(PLACEHOLDER.findall(message.string)), message.id
            assert message.id.count("\n\n") == message.string.count("\n\n"), message.id


def test_babel_catalog_checks_pass():
    assert list(catalog(PO).check()) == []


def keys(cat):
    """(context, msgid) of every message: a string in two registers is two messages."""
    return {(m.context, m.id) for m in cat if m.id}


def test_template_is_up_to_date_with_the_code(tmp_path):
    fresh = tmp_path / "messages.pot"
    pybabel = os.path.join(os.path.dirname(sys.executable), "pybabel")
    subprocess.run([pybabel, "extract", "--mapping", "babel.cfg", "--keywords", "N_", "--keywords", "NP_:1c,2",
                    "--add-comments", "NOTE:", "-o", str(fresh), "."],
                   cwd=PROJECT_DIR, check=True, capture_output=True)
    in_code = keys(catalog(fresh))
    assert in_code == keys(catalog(POT)), "run `make extract`"
    assert in_code == keys(catalog(PO)), "run `make extract` and translate"
    assert {m.context for m in catalog(fresh) if m.id} == {None, "ti", "chi"}


def test_translators_see_a_note_where_a_string_looks_wrong_out_of_context():
    notes = {m.id: " ".join(m.auto_comments) for m in catalog(PO) if m.id}
    assert "reply in Welsh" in notes["OK, I'll reply in English."]
    assert "/cymorth" in notes["That button has expired. Tell me what's happening, or send /help."]
    assert "neutral" in notes["Hello. I only work in private chats, so nobody else sees what you write. "
                              "To talk to me, open a private chat: {link}"]


def test_the_welsh_fixes_of_issue_9_are_in_the_catalog():
    _ = gettext_for("cy", "young_person")
    assert _("Samaritans") == "Samariaid (Samaritans)"
    assert _("text {word} to {number}") == "tecstio {word} i {number}"
    assert _("Police emergency") == "Heddlu (argyfwng)" and _("Police non-emergency") == "Heddlu (pan nad oes brys)"
    assert _("Internet Watch Foundation (IWF)") == "Sefydliad Gwylio'r Rhyngrwyd (IWF)"
    iwf = [m.string for m in catalog(PO) if m.id and "Internet Watch Foundation" in m.id]
    assert iwf and all("Sefydliad Gwylio'r Rhyngrwyd (IWF)" in text for text in iwf)
    strings = [m.string for m in catalog(PO) if m.id]
    assert not any("Dw i ddim ar gyfer argyfyngau" in text for text in strings)
    assert not any(re.search(r"/help\b", text) for text in strings)
    assert not any("neges destun:" in text for text in strings)
    assert not any("troi'n ôl" in text or "droi'n ôl" in text for text in strings)
    assert not any("cam-fanteisio" in text for text in strings)


def test_the_compiled_welsh_catalog_is_used():
    _ = gettext_for("cy")
    assert _("Show all helplines") != "Show all helplines"
    assert _("(in English only)") == "(Saesneg yn unig)"


def test_translators_see_where_each_string_is_used():
    """The template keeps source locations (issue 9): a translator can open the code around a
    string whose meaning is unclear out of context."""
    unlocated = [m.id for m in catalog(POT) if m.id and not m.locations]
    assert not unlocated, unlocated[:3]
    assert all(m.locations for m in catalog(PO) if m.id)
