"""Fail safe: whatever breaks, the person still gets Childline and 999."""
from __future__ import annotations

import pytest

from bot.core import ChatPrefs, apply_choices, respond
from nlu.model import IntentModel, ModelMissing


class BrokenModel:
    def parse(self, text):
        raise RuntimeError("model exploded")


@pytest.mark.parametrize("text,language", [
    ("someone says he'll post my pics unless i pay", "en"),
    ("mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu", "cy"),
    ("", "en"),
])
def test_a_failing_model_still_gives_childline_and_999(text, language):
    outcome = respond(text, ChatPrefs(language="en"), model=BrokenModel())
    assert outcome.failed
    assert outcome.reply.signposts[:2] == ["police_999", "childline"]
    assert "999" in outcome.reply.text and "0800 1111" in outcome.reply.text
    assert ("Childline" in outcome.reply.text)
    if language == "cy":
        assert "ffonia" in outcome.reply.text


def test_a_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelMissing, match="make model"):
        IntentModel(tmp_path / "nope.tar.gz")


def test_a_missing_welsh_catalog_gives_the_fail_safe_not_english(monkeypatch, model):
    from responses import i18n

    i18n.translations.cache_clear()
    monkeypatch.setattr(i18n, "LOCALE_DIR", i18n.LOCALE_DIR / "does-not-exist")
    try:
        outcome = respond("mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu", model=model)
        assert outcome.failed
        assert "ffonia 999" in outcome.reply.text
        with pytest.raises(i18n.CatalogMissing):
            i18n.check_catalogs()
    finally:
        monkeypatch.undo()
        i18n.translations.cache_clear()


def test_the_chat_keeps_the_language_and_audience_it_was_given(model):
    prefs = ChatPrefs()
    apply_choices(respond("mae fy merch i'n cael ei blacmelio am luniau noeth", prefs, model=model), prefs)
    assert (prefs.language, prefs.audience) == ("cy", "parent")
    outcome = respond("ok", prefs, model=model)
    assert outcome.assessment.language == "cy"


@pytest.mark.parametrize("audience,welsh", [("young_person", "ffonia 999"), ("unknown", "ffonia 999"),
                                            ("parent", "ffoniwch 999"), ("staff", "ffoniwch 999")])
def test_the_fail_safe_speaks_to_the_reader_in_their_register(audience, welsh):
    outcome = respond("mae o'n bygwth rhannu lluniau ohona i", ChatPrefs(language="cy", audience=audience),
                      model=BrokenModel())
    assert outcome.failed and welsh in outcome.reply.text and "0800 1111" in outcome.reply.text
    english = respond("he says he'll share my pics", ChatPrefs(audience=audience), model=BrokenModel()).reply.text
    assert "999" in english and "Childline" in english
    assert ("Children and young people can talk to Childline" in english) == (audience in ("parent", "staff"))
