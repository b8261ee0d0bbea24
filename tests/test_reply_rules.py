"""CONTENT.md's rules, enforced over every reply the bot can produce, in English and Welsh."""
from __future__ import annotations

import re

import pytest

from nlu.vocabulary import Detail
from responses import compose
from responses.services import SERVICES
from tests.replies import LANGUAGES, all_replies, concern_assessments, other_assessments

# In a clause that mentions one of these actions, English replies must negate it.
RISKY_ACTIONS = re.compile(
    r"\b(pay|paying|delete|deleting|forward|screenshot|confront|send (more|another|them|him|her|it))\b", re.I)
# "unless" describes the blackmailer's demand ("...unless they pay"), it is not advice.
NEGATION = re.compile(r"\b(don'?t|do not|never|not|no|rarely|nothing|any more|unless)\b|n't\b", re.I)
WELSH_RISKY = re.compile(  # "manylion talu" is "payment details", a noun; "wedi talu" is "has paid"
    r"(?<!manylion )(?<!fanylion )(?<!wedi )(?<!wedi'i )"
    r"\b(talu|thalu|dalu|dileu|ddileu|anfon ymlaen|sgrinlun|wynebu)\b", re.I)
WELSH_NEGATION = re.compile(r"\b(paid|peidiwch|peidio|na|nad|ddim|dim|byth|neb|heb|anaml|oni bai|os na)\b", re.I)
ASKS_PERSONAL = re.compile(
    r"\b(what'?s|what is|tell me|send me|give me) your (name|school|address|phone|number|location|age)\b", re.I)
PROMISES_SECRECY = re.compile(
    r"\b(i won'?t tell anyone|no one will (ever )?know|completely confidential|totally confidential|"
    r"this is (a )?secret|keep (it|this) secret)\b", re.I)
BLAMES = re.compile(r"\bwhy did you\b|\byou shouldn'?t have\b|\byour own fault\b|\bprosecut", re.I)
GUARANTEES = re.compile(r"\bguarantee|will be removed|removed everywhere|will remove\b", re.I)
MISPRINTS = ("0800 111 ", "0800 111\n", "080 880 2345", "07860077333")
# Numbers a reply may state that are no contact: ages, hours, days, and the name "360 safe Cymru".
NOT_CONTACTS = ("13", "18", "19", "25", "14", "20", "8", "360")
ENGLISH_ONLY = [s for s in SERVICES.values() if s.english_only]
ALL_CONTACTS = {v for s in SERVICES.values() for v in s.numbers}
NUMBER_LIKE = re.compile(r"(?<![\w.])(\d[\d ]{1,14}\d|\d{3})(?![\w])")

REPLIES = {lang: list(all_replies(lang)) for lang in LANGUAGES}


def clauses(text):
    return [c for c in re.split(r"[.:;!?\n]|, and |, then | but ", text) if c.strip()]


def adult_route(a):
    return Detail.ADULT in a.details and a.topic in ("sextortion", "image_shared")


def human_services(audience, adult=False):
    """CONTENT.md: Childline or Meic (young people), the NSPCC (adults), the DSP (staff). On the
    adult route (18 or over) the NSPCC and Childline are not for them: the Revenge Porn Helpline
    is the human service (and Meic, up to 25, for a young person)."""
    if adult:
        return {"parent": {"revenge_porn_helpline"}, "staff": {"dsp"}}.get(audience, {"meic", "revenge_porn_helpline"})
    return {"parent": {"nspcc"}, "staff": {"dsp"}}.get(audience, {"childline", "meic"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_concern_reply_names_a_human_service(language):
    for a in concern_assessments(language):
        reply = compose(a)
        named = human_services(a.audience, adult_route(a)) & set(reply.signposts)
        assert named, f"{a}: no human service in {reply.signposts}"
        for service_id in named:
            numbers = SERVICES[service_id].numbers
            assert numbers[0] in reply.text if numbers else "DSP" in reply.text


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
            assert any(number in contact for contact in ALL_CONTACTS) or number in NOT_CONTACTS, (label, number)
        for misprint in MISPRINTS:
            assert misprint not in reply.text + " ", (label, misprint)


# The only replies that tell a person to delete something, and only what is the bot's: the quick
# exit (/clear) says how to delete *this chat with the bot* in the app, and in the same reply that
# evidence means the offender's messages, not this chat; the privacy notice says /forget deletes
# what the bot keeps. Nothing else may.
THIS_CHAT_ONLY = {"en": "This chat with me is not evidence", "cy": "Dydy'r sgwrs hon gyda fi ddim yn dystiolaeth"}
FORGET = {"en": "/forget", "cy": "/anghofio"}


def deletes_only_this_chat(label, reply, language, clause=""):
    if label.startswith("privacy/"):
        return FORGET[language] in clause
    return label.startswith("cleared:") and THIS_CHAT_ONLY[language] in reply.text


def test_english_replies_never_advise_paying_deleting_forwarding_or_confronting():
    for label, _, reply in REPLIES["en"]:
        for clause in clauses(reply.text):
            if RISKY_ACTIONS.search(clause) and not deletes_only_this_chat(label, reply, "en", clause):
                assert NEGATION.search(clause), f"{label}: un-negated risky advice: {clause!r}"


def test_welsh_replies_never_advise_paying_deleting_forwarding_or_confronting():
    for label, _, reply in REPLIES["cy"]:
        for clause in clauses(reply.text):
            if WELSH_RISKY.search(clause) and not deletes_only_this_chat(label, reply, "cy", clause):
                assert WELSH_NEGATION.search(clause), f"{label}: un-negated risky advice: {clause!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_the_quick_exit_says_to_delete_and_it_says_evidence_is_the_offenders_messages(language):
    risky = RISKY_ACTIONS if language == "en" else WELSH_RISKY
    negation = NEGATION if language == "en" else WELSH_NEGATION
    quick_exits = [(label, reply) for label, _, reply in REPLIES[language] if label.startswith("cleared:")]
    assert quick_exits
    for label, reply in quick_exits:
        assert THIS_CHAT_ONLY[language] in reply.text, label
        assert any(risky.search(c) and not negation.search(c) for c in clauses(reply.text)), label


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
                line = next(text for text in reply.text.split("\n") if service.numbers[0] in text)
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


# --- the routes added for issue 9 and mixed messages (issue 7) ----------------------------------

from nlu.vocabulary import Reason, reader  # noqa: E402
from responses import compose_talk_now  # noqa: E402
from responses.compose import DIRECTORY_BUDGET, REPLY_BUDGET, guidance_for  # noqa: E402
from responses.situation import Situation  # noqa: E402

SELF_HARM_LINES = {"self_harm_line", "self_harm_line_adult", "danger_or_self_harm", "danger_or_self_harm_adult"}


def more_pages(a, language):
    """Every "What else can I do?" page for a concern, followed button by button, as one Reply."""
    from nlu.vocabulary import Action, parse_callback
    from responses import Reply, reply_to_button

    value, advice, signposts, pages = Situation.of(a).encode(), [], [], 0
    while value is not None:
        reply = reply_to_button(Action.MORE, value, a.audience, language)
        advice += reply.advice
        signposts += reply.signposts
        pages += 1
        assert pages < 5, a
        nxt = [parse_callback(v)[1] for _, v in reply.buttons if v.startswith("more:")]
        value = nxt[0] if nxt else None
    return Reply(text="", signposts=signposts, advice=advice)


def bullets(text):
    return [line for line in text.split("\n") if line.startswith("\u2022 ")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reply_fits_a_phone(language):
    for label, a, reply in REPLIES[language]:
        audience = a.audience if a is not None else label.rsplit("/", 1)[-1]
        budget = DIRECTORY_BUDGET if label.startswith("helplines/") else REPLY_BUDGET[reader(audience)]
        assert len(reply.text) <= budget.chars, (label, len(reply.text), budget)
        if a is not None and a.is_concern:
            points = [i for i in reply.advice if i != "adult_route"]
            shown = len(bullets(reply.text)) - len(reply.signposts)
            assert shown <= budget.points and len(reply.signposts) <= budget.services, label
            assert shown == len(points) - sum(1 for i in points if i in SELF_HARM_LINES | {"get_safe_now"}
                                              and i == points[-1]), label


@pytest.mark.parametrize("language", LANGUAGES)
def test_mixed_messages_get_the_urgent_steps_first_then_the_topics_key_steps(language):
    urgent_first = {Reason.DANGER: {"safe_place", "get_safe_now"}, Reason.SELF_HARM: {"urgent_help"}}
    for a in concern_assessments(language):
        if not a.reasons or a.topic in ("immediate_danger", "self_harm"):
            continue
        reply = compose(a)
        assert "999" in reply.text.split("\n")[0] and reply.signposts[0] == "police_999", a
        guidance = guidance_for(a.topic, a.audience, adult_route(a))
        key = [k for k in guidance.key if not (k == "dont_pay" and Detail.ALREADY_PAID in a.details)]
        for reason in a.reasons:
            step = next(i for i in reply.advice if i in urgent_first[reason])
            assert all(reply.advice.index(step) < reply.advice.index(k) for k in key), (a, reply.advice)
        assert set(key) <= set(reply.advice), (a, reply.advice)
        assert set(guidance.key_signposts) <= set(reply.signposts), (a, reply.signposts)
        if Reason.SELF_HARM in a.reasons:
            assert "samaritans" in reply.signposts, a


def test_the_console_check_message_gets_999_then_dont_pay_keep_evidence_and_report_remove():
    """'i've taken loads of tablets and he's still saying he'll post the pics', assessed as
    sextortion + self-harm, for a young person."""
    from nlu.assessment import Assessment

    for language in LANGUAGES:
        a = Assessment(language, "sextortion", 0.9, "sextortion", "emergency", "unknown", {"self_harm"})
        reply = compose(a)
        assert reply.text.startswith("If you are in danger right now, call 999" if language == "en"
                                     else "Os wyt ti mewn perygl nawr, ffonia 999")
        assert reply.advice[:2] == ["urgent_help", "talk_now"]
        assert {"dont_pay", "keep_evidence"} <= set(reply.advice)
        assert "report_remove" in reply.signposts and "Report Remove" in reply.text
        assert reply.signposts[:2] == ["police_999", "samaritans"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_does_not_fit_is_behind_what_else_can_i_do(language):
    for a in concern_assessments(language):
        if a.uncertain:
            continue
        first = compose(a)
        more_value = next(v for _, v in first.buttons if v.startswith("more:")).partition(":")[2]
        assert Situation.decode(more_value) == Situation.of(a)
        more = more_pages(a, language)
        guidance = guidance_for(a.topic, a.audience, adult_route(a))
        expected = set(guidance.advice)
        if Detail.ALREADY_PAID in a.details and a.topic == "sextortion":
            expected = (expected - {"dont_pay"}) | {"already_paid"}
        if Detail.AI_IMAGE in a.details and a.topic in ("sextortion", "image_shared"):
            expected |= {"ai_image"}
        missing = expected - set(first.advice) - set(more.advice)
        assert not missing, (a, missing)
        assert not set(first.advice) & set(more.advice) - {"get_safe_now"}, a


@pytest.mark.parametrize("language", LANGUAGES)
def test_adults_get_the_adult_route_and_under_18s_keep_report_remove(language):
    for a in concern_assessments(language):
        if a.topic not in ("sextortion", "image_shared"):
            continue
        reply = compose(a)
        signposts = set(reply.signposts)
        if Detail.ADULT in a.details:
            assert {"stopncii", "revenge_porn_helpline"} <= signposts, a
            assert not {"report_remove", "take_it_down", "childline", "nspcc"} & signposts, a
            assert reply.advice[0] == "adult_route" and "StopNCII" in reply.text, a
            more = more_pages(a, language)
            assert "taken_under_18" in more.advice and "take_it_down" in more.signposts, a
        else:
            assert not {"stopncii", "revenge_porn_helpline"} & signposts, a
            assert "adult_route" not in reply.advice, a


@pytest.mark.parametrize("language", LANGUAGES)
def test_already_paid_and_ai_made_images_get_their_advice(language):
    for a in concern_assessments(language):
        first = compose(a)
        both = set(first.advice) | set(more_pages(a, language).advice)
        if a.topic == "sextortion":
            assert ("already_paid" in both) == (Detail.ALREADY_PAID in a.details), a
            if Detail.ALREADY_PAID in a.details and reader(a.audience) != "staff":
                assert "already_paid" in first.advice, a
        if a.topic in ("sextortion", "image_shared"):
            assert ("ai_image" in both) == (Detail.AI_IMAGE in a.details), a
            if Detail.AI_IMAGE in a.details and not a.reasons:
                assert "ai_image" in first.advice, a


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sextortion_reply_to_a_young_person_says_what_to_do_about_self_harm(language):
    for a in concern_assessments(language):
        if a.topic != "sextortion" or reader(a.audience) != "young_person":
            continue
        reply = compose(a)
        assert set(reply.advice) & (SELF_HARM_LINES | {"urgent_help"}), a
        assert "samaritans" in reply.signposts and "116 123" in reply.text, a


def test_staff_image_replies_follow_the_welsh_government_guidance():
    for a in concern_assessments("en"):
        if a.topic != "image_shared" or a.audience != "staff" or Detail.ADULT in a.details:
            continue
        reply = compose(a)
        assert {"dsp_initial_review", "refer_immediately", "dont_view_images"} <= set(reply.advice), a
        assert "Hwb" in reply.text and "Sharing nudes and semi-nudes" in reply.text
        for reason in ("an adult is involved", "coercion, blackmail or grooming", "capacity to consent",
                       "unusual for the child's development", "under 13", "immediate risk of harm"):
            assert reason in reply.text, (a, reason)
        urgent = {"police_999", "samaritans"} if a.reasons else set()
        assert [x for x in reply.signposts if x not in urgent][0] == "dsp", a


def test_parents_are_told_what_the_school_and_police_will_and_will_not_do():
    for a in concern_assessments("en"):
        if a.topic != "image_shared" or a.audience != "parent" or Detail.ADULT in a.details:
            continue
        both = compose(a).advice + more_pages(a, "en").advice
        assert {"school_will", "police_will", "school_refers"} <= set(both), a


@pytest.mark.parametrize("language", LANGUAGES)
def test_talk_to_a_person_now_states_only_verified_hours(language):
    times = re.compile(r"\d ?(am|pm)\b|24/7|midnight|any time|evenings|y bore|hanner nos|unrhyw bryd|gyda'r nos", re.I)
    for audience in ("young_person", "parent", "staff", "unknown"):
        for adult in (False, True):
            reply = compose_talk_now(audience, language, adult)
            assert reply.signposts[0] == "police_999" and "999" in reply.text.split("\n")[0]
            assert set(reply.signposts) & (human_services(audience, adult) | {"nspcc"}), (audience, adult)
            for service_id in reply.signposts[1:]:
                line = next(line for line in reply.text.split("\n") if line.startswith("\u2022")
                            and SERVICES[service_id].numbers[:1] and SERVICES[service_id].numbers[0] in line
                            or line.startswith("\u2022") and service_id == "dsp" and "DSP" in line)
                if service_id not in ("meic", "samaritans", "shout", "revenge_porn_helpline"):
                    assert not times.search(line), (service_id, line)  # NSPCC, Childline: no hours


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_welsh_samaritans_line_is_never_presented_as_always_open(language):
    evenings = "evenings" if language == "en" else "gyda'r nos"
    for label, _, reply in REPLIES[language]:
        for line in reply.text.split("\n"):
            if "0808 164 0123" in line:
                assert evenings in line, (label, line)
