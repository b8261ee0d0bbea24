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


def test_template_is_up_to_date_with_the_code(tmp_path):
    fresh = tmp_path / "messages.pot"
    pybabel = os.path.join(os.path.dirname(sys.executable), "pybabel")
    subprocess.run([pybabel, "extract", "--mapping", "babel.cfg", "--keywords", "N_", "--keywords", "NP_:1c,2", "--no-location",
                    "-o", str(fresh), "."],
                   cwd=PROJECT_DIR, check=True, capture_output=True)
    in_code = {m.id for m in catalog(fresh) if m.id}
    assert in_code == {m.id for m in catalog(POT) if m.id}, "run `make extract`"
    assert in_code == {m.id for m in catalog(PO) if m.id}, "run `make extract` and translate"


def test_the_compiled_welsh_catalog_is_used():
    _ = gettext_for("cy")
    assert _("Show all helplines") != "Show all helplines"
    assert _("(in English only)") == "(Saesneg yn unig)"
