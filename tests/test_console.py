"""The console: the same core, typed at a terminal."""
from __future__ import annotations

import io

from bot.console import run_console
from nlu.model import Parse


def chat(model, *lines, explain=False):
    out = io.StringIO()
    run_console(model, explain=explain, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    return out.getvalue()


def replies(output):
    return [part.split("\nyou> ")[0] for part in output.split("bot> ")[1:]]


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


def test_now_and_nawr_give_help_now_in_the_right_language(model):
    now, nawr = replies(chat(model, "/now", "/nawr"))
    assert now.startswith("If you are in danger right now, call 999.") and "0800 1111" in now
    assert nawr.startswith("Os wyt ti mewn perygl nawr, ffonia 999.") and "SHOUT" in nawr


def test_help_typed_mid_conversation_gets_help_now(model):
    first, second = replies(chat(model, "someone says he'll post my pics unless i pay", "help"))
    assert "Report Remove" in first
    assert second.startswith("If you are in danger right now, call 999.") and "Shout" in second


class SextortionModel:
    """The model's part of the console check message as issue 7 wants it assessed (sextortion);
    the safety layer, the assessment and the reply are the real ones."""

    def parse(self, text):
        return Parse("sextortion", 0.9, (("sextortion", 0.9), ("self_harm", 0.05)))


def test_the_mixed_message_gets_999_first_then_dont_pay_keep_evidence_and_report_remove():
    out = chat(SextortionModel(), "i've taken loads of tablets and he's still saying he'll post the pics",
               explain=True)
    assert "topic=sextortion" in out and "reasons=self_harm" in out
    reply = replies(out)[0]
    assert reply.startswith("If you are in danger right now, call 999.")
    steps = [reply.index(s) for s in ("call 999 or go to A&E", "Don't pay", "Don't delete the chat", "Report Remove")]
    assert steps == sorted(steps)


def test_buttons_are_numbered_and_pressed_with_a_slash_number(model):
    out = chat(model, "someone says he'll post my pics unless i pay", "/4", "/4")
    first, menu, choice = replies(out)
    assert "[1 Talk to a person now]" in first and "[4 No, it's something else]" in first
    assert "Which of these is closest?" in menu and "[4 I'm in danger or want to hurt myself]" in menu
    assert choice.startswith("If you are in danger right now, call 999") and "116 123" in choice


def test_yes_gets_a_short_acknowledgement_and_talk_now_lists_people(model):
    out = chat(model, "someone says he'll post my pics unless i pay", "/3", "/1")
    _first, yes, talk = replies(out)
    assert yes.startswith("Thanks for letting me know.") and len(yes) < 500
    assert "You can talk to a person now:" in talk and "8am to midnight every day" in talk


def test_clear_and_clirio_give_the_quick_exit_reply_and_forget_the_choices(model):
    out = chat(model, "dw i'n rhiant ac mae fy merch yn cael ei blacmelio", "/clirio", "hello")
    cleared = replies(out)[1]
    assert "Negeseuon wedi'u dileu o'r sgwrs hon: 0." in cleared and "pwyswch" in cleared
