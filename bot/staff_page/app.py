"""The staff page's web application: aiohttp, server-rendered Jinja2 templates, no JavaScript.

Routes:
    GET  /                  try a message
    POST /                  ... its assessment and replies; button presses post here too
    GET  /list              run a list (CSV upload or pasted lines)
    POST /list              ... the report, streamed: a progress bar first, then the results
    GET  /language/{code}   the English/Cymraeg switch
    GET  /access, POST      the access code (only when STAFF_ACCESS_CODE is set)
    GET  /static/...        the style sheet

Nothing typed or uploaded is stored or logged: forms are read into memory (never a temporary
file), answered, and forgotten. The access log is off; errors are logged by type only.
"""
from __future__ import annotations

import asyncio
import logging
import socket
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from urllib.parse import quote

import jinja2
from aiohttp import BodyPartReader, web
from babel.dates import format_date

from nlu.vocabulary import Audience, Language
from responses.i18n import N_, translations

from ..telegram_logic import keyboard_rows
from . import page_language, report_view
from .assessment_words import choice_labels, describe
from .report import Row, check_items
from .security import (
    ACCESS_COOKIE,
    COOKIE_OPTIONS,
    CSRF_COOKIE,
    CSRF_FIELD,
    HEADERS,
    NO_STORE,
    AccessGate,
    new_token,
    same_site,
    token_matches,
)
from .settings import StaffSettings
from .trying import MAX_PRESSES, Choices, state_choice, try_message
from .upload import (
    EMPTY_FILE,
    MAX_MESSAGE_CHARS,
    MAX_MESSAGES,
    MAX_UPLOAD_BYTES,
    NOTHING_TO_CHECK,
    TOO_BIG,
    Defaults,
    ListProblem,
    parse_csv,
    parse_pasted,
)

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
LANGUAGE_COOKIE = "staff_lang"
# Messages checked per job on the worker thread: small enough for other pages to get a turn.
CHUNK = 20
# How often the report's progress bar moves, at most.
PROGRESS_EVERY_S = 0.25
STREAM_MARK = "<!--results-->"
DATE_LOCALES = {Language.EN: "en_GB", Language.CY: "cy"}

BAD_FORM = N_("This form has expired or came from another site. Go back, reload the page and try again.")
NOT_FOUND = N_("There is no such page here.")
WENT_WRONG = N_("Something went wrong on this page. Nothing you typed was kept. Please try again.")
TOO_LARGE = N_("What you sent is larger than this page takes at once.")
WRONG_CODE = N_("That access code is not right.")
TOO_MANY_TRIES = N_("Too many wrong codes. Wait a minute, then try again.")
BOTH_GIVEN = N_("Choose a file or paste messages, not both.")
WRITE_A_MESSAGE = N_("Write a message to try.")
MESSAGE_TOO_LONG = N_("The message is longer than {limit} characters, the longest message Telegram carries.")

MODEL = web.AppKey("model", object)
GATE = web.AppKey("gate", AccessGate)
ENVIRONMENTS = web.AppKey("environments", dict)
EXECUTOR = web.AppKey("executor", ThreadPoolExecutor)


# ---------------------------------------------------------------------------------------------
# templates and the page's language

def _environments() -> Dict[Language, jinja2.Environment]:
    made = {}
    for language in Language:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
            extensions=["jinja2.ext.i18n"], undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True)
        # a method the jinja2.ext.i18n extension adds, which jinja2's types cannot know
        env.install_gettext_translations(translations(language.value), newstyle=True)  # type: ignore[attr-defined]
        env.filters["num"] = lambda value: f"{value:,}"
        env.globals["keyboard_rows"] = keyboard_rows
        made[language] = env
    return made


def language_of(request: web.Request) -> Language:
    return page_language.choose(request.cookies.get(LANGUAGE_COOKIE), request.headers.get("Accept-Language"))


def _context(request: web.Request, **values) -> dict:
    language = language_of(request)
    return {
        "lang": language.value, "path": request.path, "csrf": request["csrf"],
        "access_on": request.app[GATE].enabled, "next_quoted": quote(request.path),
        "limits": {"bytes_mb": MAX_UPLOAD_BYTES // 1_000_000, "messages": MAX_MESSAGES, "chars": MAX_MESSAGE_CHARS},
        **values,
    }


def render(request: web.Request, template: str, status: int = 200, **values) -> web.Response:
    env = request.app[ENVIRONMENTS][language_of(request)]
    html = env.get_template(template).render(_context(request, **values))
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


def message_page(request: web.Request, message: str, status: int) -> web.Response:
    _ = page_language.page_gettext(language_of(request))
    return render(request, "message.html", status=status, message=_(message))


# ---------------------------------------------------------------------------------------------
# middlewares and signals: headers, cookies, errors, the access code

async def _on_prepare(request: web.Request, response: web.StreamResponse) -> None:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if not request.path.startswith("/static/"):
        response.headers.update(NO_STORE)
    # A new token only with a page that works (a favicon or an error page may be fetched without
    # the cookie, and must not replace the token in the forms already shown).
    if request.get("new_csrf") and not request.path.startswith("/static/") and response.status < 400:
        # cookies are already headers when this signal runs
        response.headers.add("Set-Cookie", f"{CSRF_COOKIE}={request['csrf']}; HttpOnly; Path=/; SameSite=Strict")


@web.middleware
async def errors(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPRequestEntityTooLarge:
        return message_page(request, TOO_LARGE, 413)
    except web.HTTPNotFound:
        return message_page(request, NOT_FOUND, 404)
    except web.HTTPException:
        raise
    except (ConnectionResetError, asyncio.CancelledError):
        raise
    except Exception as error:  # the type only: an exception's text may quote what was sent
        log.error("staff page: %s on %s %s", type(error).__name__, request.method, request.path)
        return message_page(request, WENT_WRONG, 500)


@web.middleware
async def csrf_cookie(request: web.Request, handler):
    token = request.cookies.get(CSRF_COOKIE)
    request["new_csrf"] = not token
    request["csrf"] = token or new_token()
    return await handler(request)


@web.middleware
async def access(request: web.Request, handler):
    gate = request.app[GATE]
    if gate.enabled and not request.path.startswith(("/static/", "/access")) \
            and not gate.admits(request.cookies.get(ACCESS_COOKIE)):
        target = request.path if request.method == "GET" else "/"
        raise web.HTTPSeeOther(f"/access?next={quote(target)}")
    return await handler(request)


def form_is_ours(request: web.Request, field: object) -> bool:
    """The form carries this browser's token, and the browser does not say it came from elsewhere."""
    return same_site(request.headers, request.host, request.scheme) and \
        token_matches(request.cookies.get(CSRF_COOKIE), field)


def _local_path(value: Optional[str], default: str = "/") -> str:
    return value if value and value.startswith("/") and not value.startswith("//") and "\\" not in value else default


# ---------------------------------------------------------------------------------------------
# try a message

def _choices(form) -> Choices:
    """The form's choices; anything else than a known value means "let the bot decide"."""
    audience, language = form.get("audience"), form.get("language")
    return Choices(audience=Audience(audience) if audience in ("young_person", "parent", "staff") else None,
                   language=Language(language) if language in ("en", "cy") else None)


def _presses(values: List[str]) -> List[Tuple[Language, str]]:
    """Buttons pressed so far, each 'language|callback data' (as the page sent them)."""
    presses = []
    for value in values[:MAX_PRESSES]:
        language, _sep, data = value.partition("|")
        if language in ("en", "cy") and data:
            presses.append((Language(language), data[:64]))
    return presses


async def try_page(request: web.Request) -> web.Response:
    return _try_view(request, text="", choices=Choices(), tried=None)


def _try_view(request, text, choices, tried, problem: Optional[str] = None, status: int = 200) -> web.Response:
    _ = page_language.page_gettext(language_of(request))
    audiences, languages = choice_labels(_)
    plain = None
    if tried is not None and tried.assessment is not None:
        plain = describe(tried.assessment, _, choices.audience, choices.language)
    return render(request, "try.html", status=status, text=text, choices=choices, tried=tried, plain=plain,
                  audiences=audiences, languages=languages, problem=problem,
                  language_names={"en": "English", "cy": "Cymraeg"})


async def try_post(request: web.Request) -> web.Response:
    form = await request.post()
    if not form_is_ours(request, form.get(CSRF_FIELD)):
        return message_page(request, BAD_FORM, 403)
    text = str(form.get("text", "")).strip()
    choices = _choices(form)
    presses = _presses([str(v) for v in form.getall("pressed", [])])
    press = str(form.get("press", ""))
    if press:
        language, _sep, data = press.partition("|")
        changed = state_choice(data, choices)
        if changed is not None:   # language, audience, forget: the message again with that choice
            choices, presses = changed, []
        else:
            presses += _presses([press])
    _ = page_language.page_gettext(language_of(request))
    if not text:
        return _try_view(request, text, choices, None, problem=_(WRITE_A_MESSAGE), status=400)
    if len(text) > MAX_MESSAGE_CHARS:
        return _try_view(request, text, choices, None, status=400,
                         problem=_(MESSAGE_TOO_LONG).format(limit=f"{MAX_MESSAGE_CHARS:,}"))
    loop = asyncio.get_running_loop()
    tried = await loop.run_in_executor(request.app[EXECUTOR], try_message, text, choices, request.app[MODEL], presses)
    return _try_view(request, text, choices, tried)


# ---------------------------------------------------------------------------------------------
# run a list

async def list_page(request: web.Request) -> web.Response:
    _ = page_language.page_gettext(language_of(request))
    audiences, languages = choice_labels(_)
    return render(request, "list.html", audiences=audiences, languages=languages, problem=None,
                  choices=Choices(), pasted="")


async def _read_multipart(request: web.Request) -> Dict[str, object]:
    """The form's fields in memory (never a temporary file), stopping past the size limit."""
    fields: Dict[str, object] = {}
    if not request.content_type.startswith("multipart/"):
        form = await request.post()
        return {key: str(value) for key, value in form.items() if isinstance(value, str)}
    reader = await request.multipart()
    total = 0
    while True:
        part = await reader.next()
        if part is None:
            return fields
        if not isinstance(part, BodyPartReader):
            continue  # a multipart inside the form: no browser sends one for this page; skipped
        data = bytearray()
        while True:
            chunk = await part.read_chunk(64 * 1024)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_UPLOAD_BYTES + 64 * 1024:
                raise ListProblem(TOO_BIG, limit=MAX_UPLOAD_BYTES // 1_000_000)
            data.extend(chunk)
        if part.name and part.name not in fields:
            fields[part.name] = (part.filename or "", bytes(data)) if part.filename is not None \
                else bytes(data).decode("utf-8", "replace")


def _items(fields: Dict[str, object], defaults: Defaults):
    upload = fields.get("file")
    filename, data = upload if isinstance(upload, tuple) else ("", b"")
    pasted = str(fields.get("pasted", ""))
    if filename and pasted.strip():
        raise ListProblem(BOTH_GIVEN)
    if filename:
        if not data.strip():
            raise ListProblem(EMPTY_FILE)
        return parse_csv(data, defaults)
    if pasted.strip():
        return parse_pasted(pasted, defaults)
    raise ListProblem(NOTHING_TO_CHECK)


async def list_post(request: web.Request) -> web.StreamResponse:
    _ = page_language.page_gettext(language_of(request))
    audiences, languages = choice_labels(_)
    try:
        fields = await _read_multipart(request)
    except ListProblem as problem:
        return render(request, "list.html", status=413, audiences=audiences, languages=languages,
                      problem=problem.explain(_), choices=Choices(), pasted="")
    if not form_is_ours(request, fields.get(CSRF_FIELD)):
        return message_page(request, BAD_FORM, 403)
    choices = _choices(fields)
    try:
        items = _items(fields, Defaults(audience=choices.audience, language=choices.language))
    except ListProblem as problem:
        pasted = str(fields.get("pasted", ""))
        status = 413 if problem.message == TOO_BIG else 400
        return render(request, "list.html", status=status, audiences=audiences, languages=languages,
                      problem=problem.explain(_), choices=choices, pasted=pasted)
    return await _stream_report(request, items, _)


async def _stream_report(request: web.Request, items, _) -> web.StreamResponse:
    """A progress bar that fills as the messages are checked, then the report, in one response."""
    env = request.app[ENVIRONMENTS][language_of(request)]
    page = env.get_template("report.html").render(_context(request, results_mark=STREAM_MARK, total=len(items)))
    head, tail = page.split(STREAM_MARK, 1)
    progress = env.get_template("_progress.html")
    response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
    await response.prepare(request)
    loop = asyncio.get_running_loop()
    executor, model = request.app[EXECUTOR], request.app[MODEL]
    try:
        await response.write(head.encode("utf-8"))
        await response.write(progress.render(done=0, total=len(items), seconds_left=None).encode("utf-8"))
        rows: List[Row] = []
        started = last = time.monotonic()
        for start in range(0, len(items), CHUNK):
            rows += await loop.run_in_executor(executor, check_items, items[start:start + CHUNK], model)
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY_S and len(rows) < len(items):
                rate = len(rows) / max(now - started, 1e-6)
                left = max(1, round((len(items) - len(rows)) / rate))
                chunk = progress.render(done=len(rows), total=len(items), seconds_left=left)
                await response.write(chunk.encode("utf-8"))
                last = now
        view = await loop.run_in_executor(executor, report_view.build, rows, _)
        body = env.get_template("_report.html").render(
            _context(request, view=view, seconds=round(time.monotonic() - started, 1), total=len(items),
                     made_on=format_date(date.today(), format="long", locale=DATE_LOCALES[language_of(request)])))
        await response.write((body + tail).encode("utf-8"))
        await response.write_eof()
    except (ConnectionResetError, ConnectionError):
        pass  # the person closed the page: stop, and keep nothing
    return response


# ---------------------------------------------------------------------------------------------
# language switch and access code

async def switch_language(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    target = _local_path(request.query.get("next"))
    response = web.HTTPSeeOther(target)
    if code in ("en", "cy"):
        response.set_cookie(LANGUAGE_COOKIE, code, **COOKIE_OPTIONS)
    raise response


async def access_page(request: web.Request) -> web.Response:
    return render(request, "access.html", problem=None, next=_local_path(request.query.get("next")))


async def access_post(request: web.Request) -> web.Response:
    form = await request.post()
    if not form_is_ours(request, form.get(CSRF_FIELD)):
        return message_page(request, BAD_FORM, 403)
    gate = request.app[GATE]
    target = _local_path(str(form.get("next", "/")))
    _ = page_language.page_gettext(language_of(request))
    if gate.too_many_tries():
        return render(request, "access.html", status=429, problem=_(TOO_MANY_TRIES), next=target)
    if not gate.check(str(form.get("code", ""))):
        await asyncio.sleep(0.5)
        return render(request, "access.html", status=403, problem=_(WRONG_CODE), next=target)
    response = web.HTTPSeeOther(target)
    response.set_cookie(ACCESS_COOKIE, gate.session_token(), **COOKIE_OPTIONS)
    raise response


# ---------------------------------------------------------------------------------------------
# the application

def make_app(model, settings: StaffSettings, executor: Optional[ThreadPoolExecutor] = None) -> web.Application:
    """The page's application around one loaded model. The model is used by one worker thread,
    one job at a time, so the server itself stays responsive while a long list is checked."""
    app = web.Application(middlewares=[errors, csrf_cookie, access],
                          client_max_size=MAX_UPLOAD_BYTES + 256 * 1024)
    app[MODEL] = model
    app[GATE] = AccessGate(settings.access_code)
    app[ENVIRONMENTS] = _environments()
    app[EXECUTOR] = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="staff-core")
    # aiohttp 3.9's signal types predate aiosignal 1.4's (both pinned by the lock), so mypy reads
    # these right calls as wrong; the ignores go when aiohttp is upgraded (warn_unused_ignores).
    app.on_response_prepare.append(_on_prepare)  # type: ignore[arg-type]

    async def _stop_executor(app: web.Application) -> None:
        app[EXECUTOR].shutdown(wait=False, cancel_futures=True)

    app.on_cleanup.append(_stop_executor)  # type: ignore[arg-type]
    app.router.add_get("/", try_page)
    app.router.add_post("/", try_post)
    app.router.add_get("/list", list_page)
    app.router.add_post("/list", list_post)
    app.router.add_get("/language/{code}", switch_language)
    app.router.add_get("/access", access_page)
    app.router.add_post("/access", access_post)
    app.router.add_static("/static/", HERE / "static", show_index=False, follow_symlinks=False)
    return app


def listen_problem(settings: StaffSettings) -> Optional[str]:
    """Why the page could not listen where it is told to (say, the port is taken), or None.
    Checked before the model is loaded, so a mistake is told at once."""
    try:
        infos = socket.getaddrinfo(settings.host, settings.port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as error:
        return (f"cannot listen on {settings.host}:{settings.port} ({error.strerror or error}); "
                f"set STAFF_PORT to another port, or STAFF_HOST to an address of this computer")
    return None


def run(model, settings: StaffSettings) -> int:
    """Serve the page until Ctrl+C. A port in use stops with one clear line and exit code 2."""
    from ..core import ChatPrefs, respond

    respond("hello", ChatPrefs(), model=model)   # warm up, so the first person does not wait
    app = make_app(model, settings)

    def ready(_message: str) -> None:
        print(f"Staff page ready: open {settings.url} in a browser (Ctrl+C to stop)", file=sys.stderr, flush=True)

    try:
        web.run_app(app, host=settings.host, port=settings.port, access_log=None, print=ready)
    except OSError as error:
        print(f"error: cannot listen on {settings.host}:{settings.port} ({error.strerror or error}); "
              f"set STAFF_PORT to another port", file=sys.stderr)
        return 2
    return 0
