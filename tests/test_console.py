"""The console: the same core, typed at a terminal."""
from __future__ import annotations

import io

from bot.console import run_console


def chat(model, *lines, explain=False):
    out = io.StringIO()
    run_console(model, explain=explain, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    return out.getvalue()


def test_english_sextortion_gets_guidance_naming_ceop_report_remove_and_childline(model):
    out = chat(model, "someone says they'll share my nudes unless i pay")
    assert "blackmail" in out and "CEOP" in out and "Report Remove" in out and "Childline" in out
    assert "Don't pay" in out


def test_welsh_sextortion_gets_a_welsh_reply_with_the_same_services(model):
    out = chat(model, "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu")
    assert "CEOP" in out and "Report Remove" in out and "Childline" in out and "0800 1111" in out
    assert "Saesneg yn unig" in out


def test_explain_shows_the_assessment(model):
    out = chat(model, "i want to die", explain=True)
    assert "intent=self_harm" in out and "urgency=emergency" in out and "language=en" in out


def test_helplines_and_more_commands(model):
    out = chat(model, "my son is being blackmailed over pics", "/more", "/helplines")
    assert "NSPCC" in out and "0808 800 5000" in out
