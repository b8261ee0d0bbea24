"""A list to check: a CSV upload or pasted lines -> items, or a clear problem naming the line.

Pure functions over bytes and str; nothing is written anywhere. The CSV has a `text` column and
optionally `expected` (a topic, or `emergency`), `audience` and `language`; the first line names
the columns. Pasted text is one message per line.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from nlu.vocabulary import Audience, Language, Topic, Urgency
from responses.i18n import N_

MAX_UPLOAD_BYTES = 2_000_000      # 2 MB, a few tens of thousands of short messages
MAX_MESSAGES = 5_000              # about half a minute of work for the bot
MAX_MESSAGE_CHARS = 4_096         # the longest message Telegram carries

# `expected` may name a topic, or say the school expects an emergency (any reason, any topic).
EXPECT_EMERGENCY = Urgency.EMERGENCY.value
EXPECTED_VALUES = tuple(t.value for t in Topic) + (EXPECT_EMERGENCY,)
AUDIENCE_VALUES = {a.value: a for a in (Audience.YOUNG_PERSON, Audience.PARENT, Audience.STAFF, Audience.UNKNOWN)}
LANGUAGE_VALUES = {"en": Language.EN, "english": Language.EN, "saesneg": Language.EN,
                   "cy": Language.CY, "welsh": Language.CY, "cymraeg": Language.CY}
COLUMNS = ("text", "expected", "audience", "language")

EMPTY_FILE = N_("The file is empty. Choose a CSV file whose first line is text (and, if you like, expected), "
                "with one message on each line after it.")
NOTHING_TO_CHECK = N_("There is nothing to check. Paste one message on each line, or choose a CSV file.")
TOO_BIG = N_("The list is larger than {limit} MB, the most this page takes at once. "
             "Split it into smaller lists and check them one at a time.")
TOO_MANY = N_("The list has {count} messages; this page checks at most {limit} at once. "
              "Split it into smaller lists and check them one at a time.")
WORKBOOK = N_("This is an Excel workbook, not a CSV file. "
              "In Excel, choose Save As and the type CSV UTF-8 (Comma delimited), then choose that file here.")
NOT_UTF8 = N_("Line {line}: the file is not saved as UTF-8 text, so its letters cannot be read reliably. "
              "In Excel, choose Save As and the type CSV UTF-8 (Comma delimited).")
NO_TEXT_COLUMN = N_("Line 1: there is no text column. The first line must name the columns, for example: text,expected")
BROKEN_LINE = N_("Line {line}: this line cannot be read as CSV. "
                 "A message that contains a comma or a line break must be inside double quotation marks, "
                 "and a quotation mark inside a message is written twice.")
TOO_MANY_FIELDS = N_("Line {line} has {found} columns but the first line names {named}. "
                     "A message that contains a comma must be inside double quotation marks.")
EMPTY_TEXT = N_("Line {line}: the text column is empty.")
TOO_LONG = N_("Line {line}: the message is longer than {limit} characters, the longest message Telegram carries.")
BAD_EXPECTED = N_("Line {line}: \u201c{value}\u201d in the expected column is not one of: {allowed}.")
BAD_AUDIENCE = N_("Line {line}: \u201c{value}\u201d in the audience column is not one of: {allowed}.")
BAD_LANGUAGE = N_("Line {line}: \u201c{value}\u201d in the language column is not one of: {allowed}.")


class ListProblem(ValueError):
    """Why a list cannot be checked: a marked message and its values, translated by the page."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message)
        self.message = message
        self.values = values
        self.line = values.get("line")

    def explain(self, _) -> str:
        return _(self.message).format(**{k: v if k == "line" else _number(v) for k, v in self.values.items()})


def _number(value: object) -> object:
    return f"{value:,}" if isinstance(value, int) else value


@dataclass(frozen=True)
class Item:
    """One message to check, with what the school expects and the chat's choices, if given."""
    line: int
    text: str
    expected: Optional[str] = None
    audience: Optional[Audience] = None
    language: Optional[Language] = None


@dataclass(frozen=True)
class Defaults:
    """The form's choices, for rows that don't say."""
    audience: Optional[Audience] = None
    language: Optional[Language] = None


def _key(value: str) -> str:
    return " ".join(value.strip().lower().replace("-", " ").replace("_", " ").split()).replace(" ", "_")


def parse_expected(value: str, line: int) -> Optional[str]:
    key = _key(value)
    if not key:
        return None
    if key not in EXPECTED_VALUES:
        raise ListProblem(BAD_EXPECTED, line=line, value=value.strip()[:60], allowed=", ".join(EXPECTED_VALUES))
    return key


def parse_audience(value: str, line: int) -> Optional[Audience]:
    key = _key(value)
    if not key:
        return None
    if key not in AUDIENCE_VALUES:
        raise ListProblem(BAD_AUDIENCE, line=line, value=value.strip()[:60], allowed=", ".join(AUDIENCE_VALUES))
    return AUDIENCE_VALUES[key]


def parse_language(value: str, line: int) -> Optional[Language]:
    key = _key(value)
    if not key:
        return None
    if key not in LANGUAGE_VALUES:
        raise ListProblem(BAD_LANGUAGE, line=line, value=value.strip()[:60], allowed="en, cy")
    return LANGUAGE_VALUES[key]


def _check_size(size: int) -> None:
    if size > MAX_UPLOAD_BYTES:
        raise ListProblem(TOO_BIG, limit=MAX_UPLOAD_BYTES // 1_000_000)


def _check_count(items: List[Item]) -> List[Item]:
    if len(items) > MAX_MESSAGES:
        raise ListProblem(TOO_MANY, count=len(items), limit=MAX_MESSAGES)
    return items


def _check_text(text: str, line: int) -> str:
    if len(text) > MAX_MESSAGE_CHARS:
        raise ListProblem(TOO_LONG, line=line, limit=MAX_MESSAGE_CHARS)
    return text


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without Excel's byte order mark) or UTF-16 with one."""
    if data.startswith(b"PK\x03\x04"):
        raise ListProblem(WORKBOOK)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ListProblem(NOT_UTF8, line=1) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ListProblem(NOT_UTF8, line=data.count(b"\n", 0, error.start) + 1) from None


def _delimiter(header_line: str) -> str:
    """Comma, unless the header only names a text column when split by ';' or a tab."""
    for delimiter in (",", ";", "\t"):
        if "text" in (_key(name) for name in header_line.split(delimiter)):
            return delimiter
    return ","


def _records(text: str, delimiter: str) -> Iterator[Tuple[int, List[str]]]:
    """(first line of the record, cells) for each CSV record; a broken one names its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    last_line = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ListProblem(BROKEN_LINE, line=last_line + 1) from None
        yield last_line + 1, cells
        last_line = reader.line_num


def _cell(cells: Sequence[str], position: Optional[int]) -> str:
    """The cell at `position`, or "" when the column is not there or the row is short."""
    return cells[position] if position is not None and position < len(cells) else ""


def parse_csv(data: bytes, defaults: Defaults = Defaults()) -> List[Item]:
    """Items from an uploaded CSV file, or a ListProblem that says what is wrong and where."""
    _check_size(len(data))
    text = decode(data)
    if not text.strip():
        raise ListProblem(EMPTY_FILE)
    if "\x00" in text:  # never in a text file: it was saved in another encoding (UTF-16)
        raise ListProblem(NOT_UTF8, line=text.count("\n", 0, text.index("\x00")) + 1)
    records = _records(text, _delimiter(text.splitlines()[0] if text.splitlines() else ""))
    _line, header = next(records)
    names = [_key(name) for name in header]
    if "text" not in names:
        raise ListProblem(NO_TEXT_COLUMN)
    where: Dict[str, int] = {}
    for position, name in enumerate(names):
        if name in COLUMNS and name not in where:
            where[name] = position
    items: List[Item] = []
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, or a spreadsheet's empty row
        if len(cells) > len(names) and any(cell.strip() for cell in cells[len(names):]):
            raise ListProblem(TOO_MANY_FIELDS, line=line, found=len(cells), named=len(names))

        row = {column: _cell(cells, where.get(column)) for column in COLUMNS}
        message = row["text"].strip()
        if not message:
            raise ListProblem(EMPTY_TEXT, line=line)
        items.append(Item(
            line=line, text=_check_text(message, line), expected=parse_expected(row["expected"], line),
            audience=parse_audience(row["audience"], line) or defaults.audience,
            language=parse_language(row["language"], line) or defaults.language,
        ))
    if not items:
        raise ListProblem(EMPTY_FILE)
    return _check_count(items)


def parse_pasted(text: str, defaults: Defaults = Defaults()) -> List[Item]:
    """Items from pasted text, one message per line; blank lines are skipped."""
    _check_size(len(text.encode("utf-8")))
    items = [Item(line=number, text=_check_text(line.strip(), number), audience=defaults.audience,
                  language=defaults.language)
             for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not items:
        raise ListProblem(NOTHING_TO_CHECK)
    return _check_count(items)
