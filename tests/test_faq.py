"""The advice answers (responses/faq.py): every subject, every reader, both languages.

What a person would notice: an answer on the subject they asked about, in their language and
register, short enough for a phone, naming someone they can talk to, and never saying what
CONTENT.md forbids.
"""
from __future__ import annotations

import itertools
import re

import pytest

from nlu.assessment import Assessment
from nlu.vocabulary import Audience, Language, Topic, Urgency, reader
from responses import compose
from responses.faq import FAQ, MAX_CHARS, MAX_POINTS, MAX_SIGNPOSTS, SUBJECTS
from responses.i18n import gettext_for
from responses.services import SERVICES

# The subjects the bot must answer (issue 7, item 4), by their fixed ids.
BRIEF_SUBJECTS = {
    "what_is_grooming", "what_is_sextortion", "grooming_signs", "why_children_dont_tell",
    "who_is_at_risk", "block_report", "talk_to_child", "school_response", "nudes_law",
    "what_is_ceop", "what_is_childline", "what_is_report_remove", "what_is_meic",
    "what_is_take_it_down", "which_service", "privacy_settings", "location_sharing",
    "stranger_requests", "deepfakes", "already_paid", "app_age_limits", "online_safety_policy",
    "staff_training", "what_happens_after_report", "confidentiality", "parental_controls",
}
AUDIENCES = tuple(Audience)
LANGUAGES = tuple(Language)


def ask(subject, audience, language, intent_prefix="faq/"):
    return compose(Assessment(language, intent_prefix + subject, 0.9, Topic.ADVICE, Urgency.NORMAL, audience))


ANSWERS = {(s, a, lang): ask(s, a, lang) for s, a, lang in itertools.product(SUBJECTS, AUDIENCES, LANGUAGES)}


def answers(language=None):
    for (subject, audience, lang), reply in ANSWERS.items():
        if language is None or lang == language:
            yield f"{subject}/{audience}/{lang}", subject, audience, reply


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?:;])\s+|\n", text) if s.strip()]


def clauses(text):
    return [c for c in re.split(r"[.:;!?\n]|, and |, then | but ", text) if c.strip()]


# --- coverage, routing ---------------------------------------------------------------------------

def test_every_subject_in_the_brief_has_an_answer_and_no_other():
    assert set(SUBJECTS) == BRIEF_SUBJECTS


def test_each_subject_is_answered_under_its_own_advice_id_in_both_languages():
    for label, subject, _, reply in answers():
        assert reply.advice == [f"faq/{subject}"], label
        assert ("helplines" in [action for _, action in reply.buttons]), label


def test_the_old_advice_intent_names_get_the_same_answer():
    for subject, audience, language in itertools.product(SUBJECTS, AUDIENCES, LANGUAGES):
        assert ask(subject, audience, language, "advice_") == ANSWERS[(subject, audience, language)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_advice_subject_without_an_answer_gets_what_the_bot_can_help_with(language):
    for audience in AUDIENCES:
        reply = ask("how_to_bake_bread", audience, language)
        expected = compose(Assessment(language, "what_can_you_do", 0.9, Topic.SMALLTALK, Urgency.NORMAL, audience))
        assert reply.text == expected.text and reply.advice == []


def test_beth_mae_ceop_yn_ei_wneud_gets_a_welsh_answer_about_ceop():
    # "beth mae CEOP yn ei wneud?" as the model reads it: a Welsh advice question on CEOP
    a = Assessment(Language.CY, "faq/what_is_ceop", 0.93, Topic.ADVICE, Urgency.NORMAL, Audience.UNKNOWN)
    reply = compose(a)
    english = ask("what_is_ceop", Audience.UNKNOWN, Language.EN)
    assert reply.advice == ["faq/what_is_ceop"] and "ceop" in reply.signposts
    first = reply.text.split("\n")[0]
    assert "CEOP" in first and "Asiantaeth Troseddu Genedlaethol" in first
    assert "Does dim modd gwneud adroddiad i CEOP yn ddienw" in reply.text
    assert "(Saesneg yn unig)" in reply.text  # the Safety Centre is in English only
    assert first != english.text.split("\n")[0]


# --- for a phone, with someone to talk to --------------------------------------------------------

def test_every_answer_fits_the_phone_budget():
    for label, subject, audience, reply in answers():
        assert len(reply.text) <= MAX_CHARS, (label, len(reply.text))
        intro, points = FAQ[subject].wording(reader(audience))
        assert len(points) <= MAX_POINTS, label
        assert 1 <= len(reply.signposts) <= MAX_SIGNPOSTS, label


HUMAN = {Audience.YOUNG_PERSON: {"childline", "meic"}, Audience.PARENT: {"nspcc"}, Audience.STAFF: {"dsp"}}


def test_every_answer_names_a_person_to_talk_to_for_its_reader_with_how_to_reach_them():
    for label, _, audience, reply in answers():
        named = HUMAN[reader(audience)] & set(reply.signposts)
        assert named, (label, reply.signposts)
        for service_id in named:
            service = SERVICES[service_id]
            assert all(number in reply.text for number in service.numbers), (label, service_id)


def test_signposts_come_from_the_directory_and_english_only_services_say_so_in_welsh():
    for label, _, _, reply in answers(Language.CY):
        for service_id in reply.signposts:
            service = SERVICES[service_id]
            if service.english_only:
                line = next(text for text in reply.text.split("\n") if service.numbers[0] in text)
                assert "Saesneg" in line, (label, line)


def test_welsh_answers_are_translated_and_carry_the_same_signposts_numbers_and_advice():
    numbers = re.compile(r"\d+")
    cy_ = gettext_for(Language.CY)
    for subject, audience in itertools.product(SUBJECTS, AUDIENCES):
        en, cy = ANSWERS[(subject, audience, Language.EN)], ANSWERS[(subject, audience, Language.CY)]
        assert (cy.signposts, cy.advice) == (en.signposts, en.advice), subject
        assert sorted(numbers.findall(cy.text)) == sorted(numbers.findall(en.text)), (subject, audience)
        intro, points = FAQ[subject].wording(reader(audience))
        for message in (intro,) + points:
            assert gettext_for(Language.CY, audience)(message) != str(message), (subject, str(message))
    assert cy_("Which service is for what:") == "Pa wasanaeth sydd ar gyfer beth:"


# --- the Welsh register ------------------------------------------------------------------------
# Second-person forms, as issue 9 lists them: "ti / dy / wyt / galli di / -a imperatives" against
# "chi / eich / ydych / gallwch / -wch imperatives". The -a imperatives are the ones our answers use.
_W = r"(?<![\w-])({})(?![\w-])"
TI_FORMS = re.compile(_W.format("|".join((
    "ti", "di", "dy", "wyt", "rwyt", "dwyt", "oeddet", "fyddet", "byddet", "gallet", "galli", "alli",
    "arnat", "atat", "ohonot", "wrthot", "amdanat", "iti",
    "paid", "phaid", "cadwa", "dweda", "ffonia", "blocia", "riportia", "siarada", "gofynna",
    "defnyddia", "chwilia", "stopia", "cofia", "rho", "anfona", "gwna", "cer", "arhosa"))), re.I)
CHI_FORMS = re.compile(_W.format("|".join((
    "chi", "chwi", "eich", "ydych", "rydych", "dydych", "oeddech", "fyddech", "byddech", "gallwch",
    "allwch", "arnoch", "atoch", "ohonoch", "wrthych", "amdanoch", "gennych",
    # -wch imperatives, less nouns that end the same way ("diogelwch" safety, "uwch" higher)
    r"(?!(?:dd|d|n)iogelwch|uwch|cwch|llwch|trwch|hwch|heddwch|tywyllwch|dryswch)\w+wch"))) + r"|'ch\b", re.I)


def test_the_register_check_knows_both_registers():
    assert TI_FORMS.search("Paid â thalu, a dweda wrth oedolyn rwyt ti'n ymddiried ynddo.")
    assert CHI_FORMS.search("Peidiwch â thalu.") and CHI_FORMS.search("Siaradwch â'ch plentyn.")
    assert not TI_FORMS.search("Yr heddlu, rhif di-argyfwng") and not CHI_FORMS.search("lefel uwch")
    assert not CHI_FORMS.search("Cyfeirio at ddiogelwch ar-lein a polisi diogelwch")


def test_welsh_answers_use_ti_for_young_people_and_chi_for_parents_and_staff_never_both():
    for label, _, audience, reply in answers(Language.CY):
        if reader(audience) is Audience.YOUNG_PERSON:
            wrong = CHI_FORMS.findall(reply.text)
        else:
            wrong = TI_FORMS.findall(reply.text)
        assert not wrong, (label, wrong)


def body(reply):
    """The answer's own words: everything above the "who can help" list of services."""
    return reply.text.rsplit("\n\n", 1)[0]


def test_welsh_answers_to_young_people_say_lluniau_not_delweddau():
    for label, _, audience, reply in answers(Language.CY):
        if reader(audience) is Audience.YOUNG_PERSON:
            assert "delwedd" not in body(reply).lower(), label


def test_welsh_answers_use_the_agreed_names_for_the_iwf_and_grooming():
    for label, _, _, reply in answers(Language.CY):
        text = body(reply)
        assert text.count("Gwylio'r Rhyngrwyd") == text.count("Sefydliad Gwylio'r Rhyngrwyd (IWF)"), label
        assert "cam-fanteisio" not in text and "troi'n ôl" not in text, label


# --- CONTENT.md's "Never" list -------------------------------------------------------------------
RISKY = re.compile(
    r"\b(pay|paying|delete|deleting|forward|screenshot|confront|send (more|another|them|him|her|it))\b", re.I)
NEGATION = re.compile(r"\b(don'?t|do not|never|not|no|rarely|nothing|any more|unless)\b|n't\b", re.I)
# verb-nouns and the imperatives of both registers ("tala" / "talwch": pay)
WELSH_RISKY = re.compile(
    r"(?<!manylion )(?<!fanylion )\b(talu|thalu|dalu|tala|thala|talwch|thalwch|dileu|ddileu|dilea|dileuwch|"
    r"anfon ymlaen|sgrinlun|wynebu|heria|heriwch)\b", re.I)
WELSH_NEGATION = re.compile(r"\b(paid|peidiwch|peidio|na|nad|ddim|dim|byth|neb|heb|anaml|oni bai|os na)\b", re.I)


def test_no_answer_advises_paying_sending_more_deleting_forwarding_or_confronting():
    for label, _, _, reply in answers(Language.EN):
        for clause in clauses(reply.text):
            if RISKY.search(clause):
                assert NEGATION.search(clause), (label, clause)
    for label, _, _, reply in answers(Language.CY):
        for clause in clauses(reply.text):
            if WELSH_RISKY.search(clause):
                assert WELSH_NEGATION.search(clause), (label, clause)


def test_ceop_is_never_said_to_be_anonymous():
    for label, _, _, reply in answers():
        for sentence in sentences(reply.text):
            lower = sentence.lower()
            if "anonym" in lower:
                assert "cannot be anonymous" in lower, (label, sentence)
            if "dienw" in lower:
                assert "does dim modd" in lower or "gwylio'r rhyngrwyd" in lower, (label, sentence)


def test_no_answer_promises_removal():
    promise = re.compile(
        r"\bguarantee|will be (removed|deleted|taken down)|will (remove|delete)\b|removed for good", re.I)
    for label, _, _, reply in answers(Language.EN):
        assert not promise.search(reply.text), label
        for sentence in sentences(reply.text):
            if re.search(r"taken down|removed|removal", sentence, re.I):
                assert re.search(r"can help|can't promise|cannot promise", sentence, re.I), (label, sentence)
    for label, _, _, reply in answers(Language.CY):
        for sentence in sentences(reply.text):
            if "tynnu i lawr" in sentence:
                assert "helpu" in sentence or "ddim yn gallu addo" in sentence, (label, sentence)


def test_childline_confidentiality_is_never_total():
    total = re.compile(r"completely confidential|totally confidential|100% confidential|no one will (ever )?know|"
                       r"won'?t tell anyone|keep (it|this) secret", re.I)
    for label, _, _, reply in answers(Language.EN):
        assert not total.search(reply.text), label
        for sentence in sentences(reply.text):
            if "confidential" in sentence.lower():
                assert "if a life is in danger" in sentence, (label, sentence)


def test_no_answer_blames_asks_for_images_or_personal_details():
    forbidden = re.compile(
        r"\bwhy did you\b|\byou shouldn'?t have\b|\byour own fault\b|\bprosecut|"
        r"\b(send|show) (me|us)\b|"
        r"\b(what'?s|what is|tell me|give me) your (name|school|address|phone|number|location|age)\b",
        re.I)
    for label, _, _, reply in answers(Language.EN):
        assert not forbidden.search(reply.text), label


def test_numbers_come_only_from_the_directory_or_are_ages():
    contacts = {v for s in SERVICES.values() for v in s.numbers}
    ages_and_names = {"8", "13", "14", "18", "19", "20", "25", "360"}
    for label, _, _, reply in answers():
        for number in re.findall(r"(?<![\w.-])(\d[\d ]*\d|\d)(?![\w-])", reply.text):
            number = number.strip()
            assert number in ages_and_names or any(number in c for c in contacts), (label, number)


def test_young_people_asking_about_sextortion_or_having_paid_are_told_what_to_do_if_they_feel_like_hurting_themselves():
    for subject, language in itertools.product(("what_is_sextortion", "already_paid"), LANGUAGES):
        for audience in (Audience.YOUNG_PERSON, Audience.UNKNOWN):
            reply = ANSWERS[(subject, audience, language)]
            line = next(text for text in reply.text.split("\n") if "Childline" in text and "999" in text)
            assert "hurting yourself" in line or "brifo dy hun" in line, (subject, language)
