"""CONTENT.md's rules, enforced over every reply the bot can produce, in English and Welsh."""
from __future__ import annotations

import re

import pytest

from responses.services import SERVICES
from tests.replies import LANGUAGES, all_replies, concern_assessments, other_assessments
from responses import compose

# In a clause that mentions one of these actions, English replies must negate it.
RISKY_ACTIONS = re.compile(
    r"\b(pay|paying|delete|deleting|forward|screenshot|confront|send (more|another|them|him|her|it))\b", re.I)
# "unless" describes the blackmailer's demand ("...unless they pay"), it is not advice.
NEGATION = re.compile(r"\b(don'?t|do not|never|not|no|rarely|nothing|any more|unless)\b|n't\b", re.I)
WELSH_RISKY = re.compile(  # "manylion talu" is "payment details", a noun
    r"(?<!manylion )(?<!fanylion )\b(talu|thalu|dalu|dileu|ddileu|anfon ymlaen|sgrinlun|wynebu)\b", re.I)
WELSH_NEGATION = re.compile(r"\b(paid|peidiwch|peidio|na|nad|ddim|dim|byth|neb|heb|anaml|oni bai|os na)\b", re.I)
ASKS_PERSONAL = re.compile(
    r"\b(what'?s|what is|tell me|send me|give me) your (name|school|address|phone|number|location|age)\b", re.I)
PROMISES_SECRECY = re.compile(
    r"\b(i won'?t tell anyone|no one will (ever )?know|completely confidential|totally confidential|"
    r"this is (a )?secret|keep (it|this) secret)\b", re.I)
BLAMES = re.compile(r"\bwhy did you\b|\byou shouldn'?t have\b|\byour own fault\b|\bprosecut", re.I)
GUARANTEES = re.compile(r"\bguarantee|will be removed|removed everywhere|will remove\b", re.I)
MISPRINTS = ("0800 111 ", "0800 111\n", "080 880 2345", "07860077333")
ENGLISH_ONLY = [s for s in SERVICES.values() if s.english_only]
ALL_CONTACTS = {v for s in SERVICES.values() for v in s.numbers}
NUMBER_LIKE = re.compile(r"(?<![\w.])(\d[\d ]{1,14}\d|\d{3})(?![\w])")

REPLIES = {lang: list(all_replies(lang)) for lang in LANGUAGES}


def clauses(text):
    return [c for c in re.split(r"[.:;!?\n]|, and |, then | but ", text) if c.strip()]


def human_services(audience):
    return {"parent": {"nspcc"}, "staff": {"dsp"}}.get(audience, {"childline", "meic"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_concern_reply_names_a_human_service(language):
    for a in concern_assessments(language):
        reply = compose(a)
        named = human_services(a.audience) & set(reply.signposts)
        assert named, f"{a}: no human service in {reply.signposts}"
        for service_id in named:
            assert SERVICES[service_id].numbers[0] in reply.text if SERVICES[service_id].numbers else "DSP" in reply.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_emergencies_put_999_first(language):
    for a in concern_assessments(language):
        if a.urgency != "emergency":
            continue
        reply = compose(a)
        assert reply.signposts[0] == "police_999", a
        first_line = reply.text.split("\n")[0]
        assert "999" in first_line, (a, first_line)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reply_is_in_the_telegram_limit_and_states_only_directory_numbers(language):
    for label, _, reply in REPLIES[language]:
        assert 0 < len(reply.text) <= 4096, label
        for number in NUMBER_LIKE.findall(reply.text):
            number = number.strip()
            assert any(number in contact for contact in ALL_CONTACTS) or number in ("13", "18", "19", "25", "14", "20", "8", "360"), (label, number)
        for misprint in MISPRINTS:
            assert misprint not in reply.text + " ", (label, misprint)


def test_english_replies_never_advise_paying_deleting_forwarding_or_confronting():
    for label, _, reply in REPLIES["en"]:
        for clause in clauses(reply.text):
            if RISKY_ACTIONS.search(clause):
                assert NEGATION.search(clause), f"{label}: un-negated risky advice: {clause!r}"


def test_welsh_replies_never_advise_paying_deleting_forwarding_or_confronting():
    for label, _, reply in REPLIES["cy"]:
        for clause in clauses(reply.text):
            if WELSH_RISKY.search(clause):
                assert WELSH_NEGATION.search(clause), f"{label}: un-negated risky advice: {clause!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_reply_asks_for_personal_details_promises_secrecy_blames_or_guarantees_removal(language):
    for label, _, reply in REPLIES[language]:
        assert not ASKS_PERSONAL.search(reply.text), label
        assert not PROMISES_SECRECY.search(reply.text), label
        assert not BLAMES.search(reply.text), label
        assert not GUARANTEES.search(reply.text), label


def test_ceop_is_never_said_to_be_anonymous():
    note = SERVICES["ceop"].note
    assert "cannot be anonymous" in note
    for label, _, reply in REPLIES["en"]:
        for clause in clauses(reply.text):
            if "CEOP" in clause and "anonym" in clause.lower():
                assert "cannot" in clause, label


def test_welsh_replies_say_english_only_services_are_in_english():
    marker = "Saesneg"
    for label, _, reply in REPLIES["cy"]:
        for service in ENGLISH_ONLY:
            if service.id in reply.signposts:
                line = next(l for l in reply.text.split("\n") if service.numbers[0] in l)
                assert marker in line, (label, service.id, line)


def test_welsh_and_english_replies_carry_the_same_signposts_advice_and_numbers():
    english = {label: reply for label, _, reply in REPLIES["en"]}
    for label, _, welsh in REPLIES["cy"]:
        en = english[label]
        assert welsh.signposts == en.signposts, label
        assert welsh.advice == en.advice, label
        assert [a for _, a in welsh.buttons] == [a for _, a in en.buttons], label
        assert sorted(NUMBER_LIKE.findall(welsh.text)) == sorted(NUMBER_LIKE.findall(en.text)), label
        for contact in ALL_CONTACTS:
            assert (contact in welsh.text) == (contact in en.text), (label, contact)
        assert welsh.text != en.text, f"{label}: the Welsh reply is not translated"


@pytest.mark.parametrize("language", LANGUAGES)
def test_non_concern_replies_still_name_a_person_to_talk_to_and_999(language):
    for a in other_assessments(language):
        reply = compose(a)
        assert set(reply.signposts) & {"childline", "meic", "nspcc", "dsp"}, a
        if a.topic != "advice":
            assert "999" in reply.text, a


def _user_facing_strings(path):
    """String constants of a module, less docstrings and identifiers such as 'police_999'."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and not re.fullmatch(r"[a-z0-9_:]+", node.value)]


def test_no_number_or_address_is_typed_anywhere_but_the_service_directory():
    from pathlib import Path

    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parent.parent
    strings = [s for d in ("bot", "nlu", "responses") for p in (root / d).rglob("*.py")
               if p.name != "services.py" for s in _user_facing_strings(p)]
    with open(root / "locales" / "cy" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        strings += [m.string for m in read_po(handle) if m.id]
    for text in strings:
        for contact in ALL_CONTACTS:
            assert contact not in text, (contact, text[:80])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_concern_reply_says_to_call_999_in_danger(language):
    for a in concern_assessments(language):
        assert "999" in compose(a).text, a
