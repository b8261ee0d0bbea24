"""Reading a list: CSV uploads and pasted lines -> items, or a problem that names the line."""
from __future__ import annotations

import pytest

from bot.staff_page.upload import MAX_MESSAGE_CHARS, Defaults, Item, ListProblem, parse_csv, parse_pasted
from nlu.vocabulary import Audience, Language


def problem(call) -> ListProblem:
    with pytest.raises(ListProblem) as caught:
        call()
    return caught.value


def explained(call) -> str:
    return problem(call).explain(lambda s: s)


def test_columns_in_any_order_and_case_with_excels_byte_order_mark():
    data = "\ufeffLanguage,TEXT,Expected,audience\ncy,helo,smalltalk,parent\n,hi,Image Shared,\n".encode()
    assert parse_csv(data) == [
        Item(line=2, text="helo", expected="smalltalk", audience=Audience.PARENT, language=Language.CY),
        Item(line=3, text="hi", expected="image_shared"),
    ]


def test_a_quoted_message_with_commas_and_line_breaks_keeps_the_line_it_starts_on():
    data = b'text,expected\n"he said, post it\nor pay",sextortion\nhello,smalltalk\n'
    items = parse_csv(data)
    assert [(i.line, i.text) for i in items] == [(2, "he said, post it\nor pay"), (4, "hello")]


def test_semicolons_blank_rows_and_the_forms_defaults():
    data = b"text;audience\nhello;\n;\n\nhow do i report;staff\n"
    items = parse_csv(data, Defaults(audience=Audience.PARENT, language=Language.CY))
    assert [(i.line, i.audience, i.language) for i in items] == [
        (2, Audience.PARENT, Language.CY), (5, Audience.STAFF, Language.CY)]


def test_emergency_and_every_topic_are_accepted_as_expected():
    data = b"text,expected\na,EMERGENCY\nb,self-harm\nc,out of scope\n"
    assert [i.expected for i in parse_csv(data)] == ["emergency", "self_harm", "out_of_scope"]


@pytest.mark.parametrize("data, line", [
    (b'text\nok\n"never closed\n', 3),
    (b"text\nok\nfine\n\xff\xfe bad\n", 4),
    (b"text\n" + "\u00e9".encode("utf-16-le") + b"\n", 2),
])
def test_broken_files_name_their_line(data, line):
    assert problem(lambda: parse_csv(data)).line == line


def test_utf16_with_its_mark_is_read():
    assert parse_csv("text\nsut wyt ti\n".encode("utf-16"))[0].text == "sut wyt ti"


def test_only_a_header_or_only_blank_lines_is_empty():
    assert explained(lambda: parse_csv(b"text,expected\n")).startswith("The file is empty.")
    assert explained(lambda: parse_csv(b"\n \n")).startswith("The file is empty.")


def test_a_message_longer_than_telegram_carries_names_its_line():
    data = b"text\nhi\n" + b"a" * (MAX_MESSAGE_CHARS + 1) + b"\n"
    assert explained(lambda: parse_csv(data)) == (
        "Line 3: the message is longer than 4,096 characters, the longest message Telegram carries.")


def test_pasted_lines_keep_their_numbers_and_skip_blanks():
    items = parse_pasted("  hello  \n\n\nthanks\n", Defaults(language=Language.CY))
    assert [(i.line, i.text, i.language) for i in items] == [(1, "hello", Language.CY), (4, "thanks", Language.CY)]
    assert explained(lambda: parse_pasted(" \n\n")).startswith("There is nothing to check.")
