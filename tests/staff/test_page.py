"""The staff page's handlers, as a browser meets them (aiohttp's test client, the real model)."""
from __future__ import annotations

import base64
import csv
import html
import io
import logging
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from aiohttp import FormData

from bot.staff_page import app as staff_app
from bot.staff_page.security import AccessGate
from bot.staff_page.upload import MAX_MESSAGES, MAX_UPLOAD_BYTES
from nlu.model import PROJECT_DIR

FIFTY = Path(__file__).resolve().parent / "fifty_messages.csv"
WELSH = "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu"


def text_of(answer) -> str:
    """The page's text with tags dropped and entities decoded, for plain assertions."""
    return html.unescape(re.sub(r"<[^>]+>", " ", answer.text))


def columns(answer) -> list:
    """(language, text) of each reply column, in page order."""
    return [(lang, html.unescape(re.sub(r"<[^>]+>", " ", body)))
            for lang, body in re.findall(r'<section class="phone" lang="(\w\w)".*?>(.*?)</section>', answer.text, re.S)]


def csv_rows(answer) -> list:
    uri = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', answer.text).group(1)
    return list(csv.DictReader(io.StringIO(base64.b64decode(uri).decode("utf-8-sig"))))


# ---------------------------------------------------------------------------------------------
# try a message

def test_a_welsh_message_gets_the_welsh_reply_with_the_english_beside_it(page):
    answer = page.try_message(WELSH)
    assert answer.status == 200
    (first, welsh), (second, english) = columns(answer)
    assert (first, second) == ("cy", "en")
    assert "Paid â thalu" in welsh and "Childline" in welsh and "Saesneg yn unig" in welsh
    assert "Don't pay" in english and "Childline" in english and "CEOP" in english
    words = text_of(answer)
    assert "Sextortion." in words and "Not an emergency" in words and "Welsh" in words


def test_an_emergency_is_said_in_plain_words_with_its_reason(page):
    words = text_of(page.try_message("i want to die"))
    assert "Emergency: self-harm or suicide" in words
    assert "How sure" in words and "%" in words


def test_a_chosen_audience_is_used_and_the_page_says_it_was_chosen(page):
    answer = page.try_message("my son is being blackmailed over pictures", audience="parent")
    assert "A parent or carer (chosen on this page)" in text_of(answer)
    assert "NSPCC" in columns(answer)[0][1]


def test_buttons_answer_from_the_bots_own_table_and_earlier_presses_are_kept(page):
    answer = page.try_message("someone says he'll post my pics unless i pay", press="en|more:sextortion")
    english = dict(columns(answer))["en"]
    assert "Button pressed: What else can I do?" in english and "More you can do:" in english
    # the next press sends the first one back: the conversation is rebuilt, nothing is kept
    answer = page.try_message("someone says he'll post my pics unless i pay", pressed="en|more:sextortion",
                              press="en|helplines")
    english = dict(columns(answer))["en"]
    assert "More you can do:" in english and "Helplines and services:" in english
    assert "Button pressed" not in dict(columns(answer))["cy"]


def test_a_language_button_runs_the_message_again_in_that_language(page):
    hello = page.try_message("hello")
    assert 'value="en|lang:cy"' in hello.text
    answer = page.try_message("hello", press="en|lang:cy")
    assert [lang for lang, _ in columns(answer)] == ["cy", "en"]
    assert '<option value="cy" selected>' in answer.text


def test_a_button_the_page_does_not_know_gets_a_note_not_an_error(page):
    answer = page.try_message("hello", press="en|no_such_button:1")
    assert answer.status == 200
    assert "This button has no reply on this page yet." in answer.text


def test_an_empty_or_overlong_message_gets_a_kind_answer(page):
    assert "Write a message to try." in page.try_message("   ").text
    long = page.try_message("a" * 5000)
    assert long.status == 400 and "longer than 4,096 characters" in long.text


def test_when_the_core_fails_the_page_shows_the_safe_fallback_reply_in_both_languages(page, monkeypatch):
    import bot.core

    def broken(*args, **kwargs):
        raise RuntimeError("model failed")

    monkeypatch.setattr(bot.core, "assess", broken)
    answer = page.try_message("he's going to post my pics")
    assert answer.status == 200
    assert "the bot sent its safe fallback reply" in answer.text
    assert all("Childline" in reply and "999" in reply for _, reply in columns(answer))
    rows = csv_rows(page.paste("he's going to post my pics\nhello"))
    assert [r["fallback"] for r in rows] == ["yes", "yes"]


# ---------------------------------------------------------------------------------------------
# safety of the page

def test_a_form_without_this_browsers_token_or_from_another_site_is_refused(page):
    token = page.token()
    assert page.post("/", {"text": "hello"}).status == 403
    assert page.post("/", {"csrf": "forged", "text": "hello"}).status == 403
    other_site = {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}
    assert page.post("/", {"csrf": token, "text": "hello"}, headers=other_site).status == 403
    assert page.post("/", {"csrf": token, "text": "hello"}, headers={"Origin": "http://evil.example"}).status == 403
    assert page.post("/", {"csrf": token, "text": "hello"}, headers={"Sec-Fetch-Site": "same-origin"}).status == 200


def test_a_forged_token_or_access_cookie_in_any_letters_is_refused_not_an_error(make_page):
    page = make_page()
    page.token()
    assert page.post("/", {"csrf": "t\u00f4ken", "text": "hello"}).status == 403
    form = FormData()
    form.add_field("csrf", "t\u00f4ken")
    form.add_field("pasted", "hello")
    assert page.post("/list", form).status == 403
    gate = AccessGate("correct-horse")
    assert not gate.admits("caf\u00e9") and not gate.check("c\u00f4rrect-horse")


@pytest.mark.parametrize("path", ["/", "/list", "/static/staff.css", "/no-such-page"])
def test_every_response_has_the_security_headers(page, path):
    answer = page.get(path)
    csp = answer.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert answer.headers["X-Frame-Options"] == "DENY"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    if not path.startswith("/static/"):
        assert answer.headers["Cache-Control"] == "no-store"
        assert "<script" not in answer.text and " style=" not in answer.text   # nothing inline


def test_the_form_token_cookie_is_http_only_and_same_site_strict(page):
    cookie = page.get("/").cookies[0]
    assert cookie.startswith("staff_csrf=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_an_unknown_page_is_a_kind_404(page):
    answer = page.get("/no-such-page")
    assert answer.status == 404 and "There is no such page here." in answer.text


# ---------------------------------------------------------------------------------------------
# the page's own language

def test_the_page_is_in_welsh_when_the_browser_prefers_welsh(page):
    answer = page.get("/", headers={"Accept-Language": "cy-GB,cy;q=0.9,en;q=0.8"})
    assert '<html lang="cy">' in answer.text and "Rhoi cynnig ar neges" in answer.text
    assert '<html lang="en">' in page.get("/", headers={"Accept-Language": "en-GB,cy;q=0.5"}).text


def test_the_switch_chooses_the_language_and_goes_back_to_the_same_page(page):
    switched = page.get("/language/cy?next=/list")
    assert switched.status == 303 and switched.headers["Location"] == "/list"
    answer = page.get("/list", headers={"Accept-Language": "en"})
    assert '<html lang="cy">' in answer.text and "Gwirio rhestr o negeseuon" in answer.text
    assert page.get("/language/en?next=//evil.example").headers["Location"] == "/"


def test_welsh_page_text_with_a_welsh_reply(page):
    page.get("/language/cy?next=/")
    words = text_of(page.try_message(WELSH))
    assert "Beth ddeallodd y bot" in words and "Blacmel rhywiol." in words and "Cymraeg" in words


# ---------------------------------------------------------------------------------------------
# run a list

def test_a_csv_of_fifty_gives_a_summary_charts_every_row_and_a_csv_download(page):
    answer = page.upload(FIFTY.read_bytes())
    assert answer.status == 200
    words = text_of(answer)
    assert "Checked all 50 messages in" in words and "50 messages, checked on" in words
    assert len(re.findall(r'<img src="data:image/svg\+xml;base64,', answer.text)) == 3
    assert len(re.findall(r'<td class="line">', answer.text)) == 50
    rows = csv_rows(answer)
    assert len(rows) == 50 and sorted(int(r["line"]) for r in rows) == list(range(2, 52))
    # the cards add up, and agree with the rows in the CSV
    cards = dict((label, int(value)) for value, label in re.findall(
        r'<span class="value">(\d+)</span><span class="label">([^<]+)</span>', answer.text))
    assert cards["Emergencies"] == sum(r["urgency"] == "emergency" for r in rows)
    assert sum(cards[k] for k in ("Emergencies", "Concerns, not emergencies", "Asking for advice",
                                  "Ordinary messages")) == 50
    # disagreements first, in the page and in the CSV
    agrees = [r["agrees"] for r in rows]
    assert agrees == sorted(agrees, key=lambda a: a != "no")


def test_pasted_lines_use_the_forms_choices_as_the_chats(page):
    answer = page.paste("help\n\nmy son is being blackmailed over pictures\n", language="cy", audience="parent")
    rows = csv_rows(answer)
    assert [r["line"] for r in rows] == ["1", "3"]
    assert {r["audience"] for r in rows} == {"parent"}
    # the chat's language answers what could be either; a clearly English message gets English,
    # as on Telegram
    assert [r["language"] for r in rows] == ["cy", "en"]
    assert "NSPCC" in rows[1]["reply"]


def test_progress_is_streamed_before_the_report(page, monkeypatch):
    monkeypatch.setattr(staff_app, "PROGRESS_EVERY_S", 0.0)
    answer = page.paste("\n".join(f"hello {n}" for n in range(60)))
    report = answer.text.index('<section class="report"')
    step = re.compile(r'<div class="step"><progress max="60" value="(\d+)"')
    steps = [(m.start(), int(m.group(1))) for m in step.finditer(answer.text)]
    assert [value for _, value in steps] == [0, 20, 40] and all(at < report for at, _ in steps)
    assert "Checking 60 messages" in answer.text


@pytest.mark.parametrize("data, says", [
    (b"", "The file is empty."),
    (b"message,expected\nhello,smalltalk\n", "Line 1: there is no text column."),
    (b'text,expected\nhello,smalltalk\n"he said, unclosed,sextortion\n', "Line 3: this line cannot be read as CSV."),
    (b"text\nhello\nthanks\ncaf\xe9 tonight\n", "Line 4: the file is not saved as UTF-8 text"),
    (b"text,expected\nhello,smalltalk,extra\n", "Line 2 has 3 columns but the first line names 2."),
    (b"text,expected\nhello,smalltalk\nhi,greeting\n",
     "Line 3: \u201cgreeting\u201d in the expected column is not one of:"),
    (b"text,language\nhello,fr\n", "Line 2: \u201cfr\u201d in the language column is not one of: en, cy."),
    (b"text,expected\nhello,\n,advice\n", "Line 3: the text column is empty."),
    (b"PK\x03\x04\x14\x00\x06\x00", "This is an Excel workbook, not a CSV file."),
])
def test_a_bad_upload_gets_a_clear_message_naming_the_line(page, data, says):
    answer = page.upload(data)
    assert answer.status == 400
    assert says in html.unescape(answer.text)
    assert 'enctype="multipart/form-data"' in answer.text   # the form is there to try again


def test_the_limits_are_named_when_a_list_is_too_long_or_too_large(page):
    too_many = page.paste("\n".join(f"message {n}" for n in range(MAX_MESSAGES + 1)))
    assert too_many.status == 400
    assert f"The list has {MAX_MESSAGES + 1:,} messages; this page checks at most {MAX_MESSAGES:,}" in too_many.text
    too_large = page.upload(b"text\n" + b"hello there\n" * (MAX_UPLOAD_BYTES // 12 + 10))
    assert too_large.status == 413 and "larger than 2 MB" in too_large.text


def test_a_file_and_pasted_text_together_are_refused_kindly(page):
    from aiohttp import FormData

    form = FormData()
    form.add_field("csrf", page.token())
    form.add_field("pasted", "hello")
    form.add_field("file", b"text\nhi\n", filename="list.csv", content_type="text/csv")
    answer = page.post("/list", form)
    assert answer.status == 400 and "Choose a file or paste messages, not both." in answer.text


def test_a_list_without_the_token_is_refused(page):
    from aiohttp import FormData

    form = FormData()
    form.add_field("pasted", "hello")
    assert page.post("/list", form).status == 403


# ---------------------------------------------------------------------------------------------
# privacy

def test_nothing_typed_or_uploaded_is_logged_or_written_to_a_temporary_file(page, caplog, monkeypatch):
    def no_files(*args, **kwargs):
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_files)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", no_files)
    caplog.set_level(logging.DEBUG)
    marker = "zebracrossing-4471"
    assert page.try_message(f"he will post my pics {marker}").status == 200
    assert page.upload(f"text\nhe will post my pics {marker}\n".encode()).status == 200
    assert page.upload(f"text\n\"broken {marker}\n".encode()).status == 400
    assert marker not in caplog.text


# ---------------------------------------------------------------------------------------------
# the access code

def test_with_an_access_code_the_page_asks_for_it_once(make_page):
    page = make_page(access_code="correct-horse")
    assert page.get("/list").headers["Location"] == "/access?next=/list"
    assert page.get("/static/staff.css").status == 200
    form = page.get("/access?next=/list")
    assert form.status == 200 and 'type="password"' in form.text
    token = form.csrf()
    wrong = page.post("/access", {"csrf": token, "code": "wrong-horse", "next": "/list"})
    assert wrong.status == 403 and "That access code is not right." in wrong.text
    right = page.post("/access", {"csrf": token, "code": "correct-horse", "next": "/list"})
    assert right.status == 303 and right.headers["Location"] == "/list"
    cookie = right.cookies[0]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Max-Age" not in cookie
    assert page.get("/list").status == 200


def test_wrong_codes_are_limited(make_page, monkeypatch):
    monkeypatch.setattr("asyncio.sleep", _no_sleep)
    page = make_page(access_code="correct-horse")
    token = page.get("/access").csrf()
    for _ in range(10):
        assert page.post("/access", {"csrf": token, "code": "guess"}).status == 403
    blocked = page.post("/access", {"csrf": token, "code": "correct-horse"})
    assert blocked.status == 429 and "Too many wrong codes" in blocked.text


async def _no_sleep(_seconds):
    return None


def test_python_m_bot_staff_refuses_to_listen_beyond_this_computer_without_a_code():
    env = {"PATH": "/usr/bin:/bin", "STAFF_HOST": "0.0.0.0"}
    result = subprocess.run([sys.executable, "-m", "bot", "staff"], cwd=PROJECT_DIR, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: STAFF_HOST=0.0.0.0") and "STAFF_ACCESS_CODE" in lines[0]


def test_python_m_bot_staff_says_at_once_when_its_port_is_taken():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {"PATH": "/usr/bin:/bin", "STAFF_PORT": str(port)}
        result = subprocess.run([sys.executable, "-m", "bot", "staff"], cwd=PROJECT_DIR, env=env,
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: cannot listen on 127.0.0.1:{port} (Address already in use); set STAFF_PORT to another port, "
        "or STAFF_HOST to an address of this computer"]
