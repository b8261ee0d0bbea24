"""A small local Telegram Bot API emulator for end-to-end tests.

Standard library only. It serves the Bot API shape on 127.0.0.1 so that
python-telegram-bot (or anything else speaking the Bot API) can be pointed at
it with ``base_url=emu.base_url`` / ``base_file_url=emu.base_file_url``.

Typical use::

    with BotApiEmulator() as emu:
        bot = telegram.Bot(emu.token, base_url=emu.base_url)
        ...
        emu.push_update(text_update(42, "hello"))
        (call,) = emu.wait_for("sendMessage")
        assert call["params"]["chat_id"] == 42

Every API call is recorded as ``{"method": name, "params": {...}}`` in arrival
order (failed calls injected with :meth:`BotApiEmulator.fail_next` included).
Request bodies may be JSON, application/x-www-form-urlencoded or
multipart/form-data; form values that carry JSON (``reply_markup``,
``entities``, numbers, booleans ...) are decoded, while free-text fields such as
``text`` or ``caption`` are always kept as strings.  Uploaded files appear in
params as ``{"filename", "content_type", "size", "content"}`` dicts (also
substituted for ``attach://name`` references).

Deleting messages works as Telegram does for a bot: ``deleteMessage`` and
``deleteMessages`` (1-100 ids) delete the bot's messages and the messages of
pushed updates, and refuse with 400 "Bad Request: message can't be deleted" a
message sent 48 hours ago or more (a test makes a message that old with
:meth:`BotApiEmulator.set_message_age`). ``deleteMessage`` of a message the chat
does not have is 400 "Bad Request: message to delete not found";
``deleteMessages`` skips those, and refuses the whole call (deleting nothing)
when one of its messages is too old. :meth:`BotApiEmulator.deleted` lists what
was deleted.

Like Telegram, it keeps an update until it is confirmed: in polling mode, by a getUpdates call
with a higher ``offset``; in webhook mode (after setWebhook), by the bot's webhook answering
HTTP 200. A webhook POST that fails, times out or answers anything else is delivered again
later, with back-off, and getUpdates is refused (409) while a webhook is set.
:meth:`BotApiEmulator.flood_wait` makes the emulator answer 429 with ``retry_after`` for a while,
as Telegram does when a bot exceeds its flood limits.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional

__all__ = [
    "BotApiEmulator",
    "DEFAULT_TOKEN",
    "post_webhook",
    "text_update",
    "command_update",
    "callback_update",
    "photo_update",
    "voice_update",
    "sticker_update",
    "document_update",
    "video_update",
    "location_update",
    "contact_update",
    "forwarded_text_update",
    "edited_text_update",
    "group_text_update",
    "bot_added_to_group_update",
]

DEFAULT_TOKEN = "123456:TEST-TOKEN"
BOT_FIRST_NAME = "TestBot"
BOT_USERNAME = "test_help_bot"
MAX_LONG_POLL_SECONDS = 2.0
DELETE_WITHIN_SECONDS = 48 * 3600  # a bot can delete a message for 48 hours after it was sent
MAX_DELETE_AT_ONCE = 100
WEBHOOK_TIMEOUT_SECONDS = 30.0  # a webhook POST unanswered this long is delivered again
WEBHOOK_BACKOFF_SECONDS = (0.1, 2.0)  # first and longest pause before delivering again

# Form fields whose values are free text (or string identifiers) and must never
# be JSON-decoded, even when they look like numbers or JSON.
STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "message_text",
        "callback_query_id",
        "inline_query_id",
        "shipping_query_id",
        "pre_checkout_query_id",
        "inline_message_id",
        "business_connection_id",
        "data",
        "query",
        "file_id",
        "secret_token",
        "url",
        "parse_mode",
        "title",
        "description",
        "short_description",
        "name",
        "first_name",
        "last_name",
        "phone_number",
        "vcard",
        "address",
        "emoji",
        "question",
        "explanation",
        "language_code",
        "custom_title",
        "action",
        "next_offset",
        "switch_pm_text",
        "switch_pm_parameter",
        "ip_address",
        "payload",
        "currency",
        "provider_token",
        "start_parameter",
        "performer",
        "foursquare_id",
        "foursquare_type",
        "google_place_id",
        "google_place_type",
        "sticker",
        "photo",
        "audio",
        "document",
        "video",
        "animation",
        "voice",
        "video_note",
        "thumbnail",
        "certificate",
        "error_message",
        "message_effect_id",
        "invite_link",
        "game_short_name",
    }
)

_ERROR_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


# --------------------------------------------------------------------------
# Body parsing helpers
# --------------------------------------------------------------------------


def _decode_form_value(key: str, value: Any) -> Any:
    """Decode a form field value the way the Bot API server would see it."""
    if not isinstance(value, str) or key in STRING_FIELDS:
        return value
    stripped = value.strip()
    if not stripped:
        return value
    if stripped[0] in "{[\"" or stripped in ("true", "false", "null"):
        try:
            return json.loads(stripped)
        except ValueError:
            return value
    try:
        return int(stripped)
    except ValueError:
        pass
    try:
        return float(stripped)
    except ValueError:
        return value


def _decode_json_value(key: str, value: Any) -> Any:
    """In JSON bodies only decode nested JSON strings (objects/arrays)."""
    if isinstance(value, str) and key not in STRING_FIELDS:
        stripped = value.strip()
        if stripped[:1] in ("{", "["):
            try:
                return json.loads(stripped)
            except ValueError:
                return value
    return value


def _parse_multipart(content_type: str, body: bytes) -> Dict[str, Any]:
    raw = b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + body
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    params: Dict[str, Any] = {}
    files: Dict[str, Dict[str, Any]] = {}
    if not msg.is_multipart():
        return params
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name is None:
            continue
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = {
                "filename": filename,
                "content_type": part.get_content_type(),
                "size": len(payload),
                "content": payload,
            }
            params[name] = files[name]
        else:
            charset = part.get_content_charset() or "utf-8"
            params[name] = _decode_form_value(name, payload.decode(charset, errors="replace"))
    # Resolve attach://name references (top level and inside media lists).
    def resolve(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("attach://"):
            return files.get(value[len("attach://"):], value)
        if isinstance(value, list):
            return [resolve(v) for v in value]
        if isinstance(value, dict):
            return {k: resolve(v) for k, v in value.items()}
        return value

    return {k: (v if k in files else resolve(v)) for k, v in params.items()}


def _parse_body(content_type: str, body: bytes) -> Dict[str, Any]:
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if not body:
        return {}
    if ctype == "application/json" or (not ctype and body[:1] == b"{"):
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("JSON body must be an object")
        return {k: _decode_json_value(k, v) for k, v in data.items()}
    if ctype == "multipart/form-data":
        return _parse_multipart(content_type, body)
    # application/x-www-form-urlencoded (also the fallback)
    pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    return {k: _decode_form_value(k, v) for k, v in pairs}


# --------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, addr, handler, emulator: BotApiEmulator):
        self.emulator = emulator
        self._conn_lock = threading.Lock()
        self._conn_threads: set = set()
        self._conn_socks: set = set()
        super().__init__(addr, handler)

    def handle_error(self, request, client_address):
        """A client that hung up (a long poll cut short at shutdown) is not an error."""
        import sys as _sys

        if isinstance(_sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)

    def process_request(self, request, client_address):  # noqa: D401
        thread = threading.Thread(
            target=self._tracked_process_request_thread,
            args=(request, client_address),
            name="bot-api-emulator-conn",
            daemon=True,
        )
        with self._conn_lock:
            self._conn_threads.add(thread)
            self._conn_socks.add(request)
        thread.start()

    def _tracked_process_request_thread(self, request, client_address):
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._conn_lock:
                self._conn_threads.discard(threading.current_thread())
                self._conn_socks.discard(request)

    def close_connections(self, join_timeout: float = 5.0) -> None:
        # First close only the read side: idle keep-alive connections see EOF
        # and end, while a request being answered (e.g. a long poll that was
        # just woken up) can still write its response.  Then force the rest.
        for how, budget in ((socket.SHUT_RD, join_timeout), (socket.SHUT_RDWR, 1.0)):
            with self._conn_lock:
                socks = list(self._conn_socks)
                threads = list(self._conn_threads)
            if not threads:
                return
            for sock in socks:
                try:
                    sock.shutdown(how)
                except OSError:
                    pass
            deadline = time.monotonic() + budget
            for thread in threads:
                thread.join(max(0.0, deadline - time.monotonic()))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BotApiEmulator/1.0"
    timeout = 30  # idle keep-alive connections die eventually

    def log_message(self, format, *args):  # silence request logging
        pass

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                line = self.rfile.readline()
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # consume trailer
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client died mid-request: Telegram would never act on it
            raise ConnectionResetError("request body cut short")
        return body

    def _send(self, status: int, payload: Any, content_type: str = "application/json") -> None:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _handle(self) -> None:
        try:
            body = self._read_body()
        except (ConnectionError, ValueError):
            self.close_connection = True
            return
        emulator: BotApiEmulator = self.server.emulator  # type: ignore[attr-defined]
        parsed = urllib.parse.urlsplit(self.path)
        try:
            status, payload, ctype = emulator._dispatch(
                self.command, parsed.path, parsed.query, self.headers.get("Content-Type", ""), body
            )
        except Exception as exc:  # pragma: no cover - defensive
            status, ctype = 500, "application/json"
            payload = {"ok": False, "error_code": 500, "description": f"Internal Server Error: {exc!r}"}
        self._send(status, payload, ctype)

    do_GET = _handle
    do_POST = _handle
    do_HEAD = _handle


# --------------------------------------------------------------------------
# The emulator
# --------------------------------------------------------------------------


class BotApiEmulator:
    """Local fake of the Telegram Bot API (HTTP server in a daemon thread)."""

    def __init__(self, token: str = DEFAULT_TOKEN, host: str = "127.0.0.1", port: int = 0):
        self.token = token
        self.host = host
        self._requested_port = port
        head = token.split(":", 1)[0]
        self.bot_id = int(head) if head.isdigit() else 123456
        self.bot_user: Dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self._lock = threading.RLock()
        self._calls_cond = threading.Condition(self._lock)
        self._updates_cond = threading.Condition(self._lock)
        self._calls: List[Dict[str, Any]] = []
        self._updates: List[Dict[str, Any]] = []
        self._next_update_id = 1
        self._message_ids: Dict[Any, int] = {}
        self._messages: Dict[tuple, Dict[str, Any]] = {}
        self._deleted: List[tuple] = []  # (chat id, message id) in the order they were deleted
        self._failures: Dict[str, List[Dict[str, Any]]] = {}
        self._webhook: Dict[str, Any] = {"url": ""}
        self._in_delivery: set = set()  # update ids being POSTed to the webhook now
        self._attempts: Dict[int, int] = {}  # update id -> failed webhook deliveries so far
        self._next_try: Dict[int, float] = {}  # update id -> when it may be delivered again
        self._deliveries: List[Dict[str, Any]] = []
        self._delivery_threads: set = set()
        self._delivery_thread: Optional[threading.Thread] = None
        self._flood: Dict[str, Dict[str, Any]] = {}  # method -> {"seconds", "until"}
        self._commands: List[Any] = []
        self._stopping = False
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None

    # ---- lifecycle -------------------------------------------------------

    def start(self) -> BotApiEmulator:
        if self._server is not None:
            return self
        self._stopping = False
        self._server = _Server((self.host, self._requested_port), _Handler, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="bot-api-emulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        with self._lock:
            self._stopping = True
            self._updates_cond.notify_all()
            self._calls_cond.notify_all()
        server.shutdown()
        server.close_connections()
        server.server_close()
        if thread is not None:
            thread.join(5)
        deliverer = self._delivery_thread
        if deliverer is not None:
            deliverer.join(5)
        with self._lock:
            posting = list(self._delivery_threads)
        for posting_thread in posting:
            posting_thread.join(5)
        self._server = None
        self._thread = None
        self._delivery_thread = None

    def __enter__(self) -> BotApiEmulator:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("emulator not started")
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self.host}:{self.port}/file/bot"

    @property
    def api_url(self) -> str:
        """Full prefix including the token: ``base_url + token``."""
        return self.base_url + self.token

    # ---- recording -------------------------------------------------------

    @staticmethod
    def _matches(call: Dict[str, Any], method: Optional[str]) -> bool:
        return method is None or call["method"].lower() == method.lower()

    def calls(self, method: Optional[str] = None) -> List[Dict[str, Any]]:
        """Copy of recorded calls (optionally only those of ``method``)."""
        with self._lock:
            return [
                {"method": c["method"], "params": dict(c["params"]), "at": c["at"]}
                for c in self._calls
                if self._matches(c, method)
            ]

    def clear_calls(self) -> None:
        with self._lock:
            self._calls.clear()

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 10,
        predicate: Optional[Callable[[Dict[str, Any]], bool]] = None,
    ) -> List[Dict[str, Any]]:
        """Block until ``count`` calls of ``method`` (matching ``predicate``,
        which receives the call dict ``{"method", "params"}``) were recorded;
        return them.  Raises AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        with self._calls_cond:
            while True:
                found = [
                    c
                    for c in self.calls(method)
                    if predicate is None or predicate(c)
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recorded = [c["method"] for c in self._calls]
                    raise AssertionError(
                        f"timed out after {timeout}s waiting for {count} x {method!r} "
                        f"(got {len(found)} matching); recorded methods: {recorded}"
                    )
                self._calls_cond.wait(remaining)

    def _record(self, method: str, params: Dict[str, Any]) -> None:
        with self._calls_cond:
            self._calls.append({"method": method, "params": params, "at": time.monotonic()})
            self._calls_cond.notify_all()

    # ---- fault injection -------------------------------------------------

    def fail_next(
        self,
        method: str,
        error_code: int = 429,
        retry_after: Optional[int] = 1,
        description: Optional[str] = None,
    ) -> None:
        """Make the next call of ``method`` fail with ``error_code``.
        Calls queue up: calling it twice fails the next two calls."""
        if description is None:
            if error_code == 429:
                description = f"Too Many Requests: retry after {retry_after}"
            else:
                description = _ERROR_DESCRIPTIONS.get(error_code, "Error: injected failure")
        failure: Dict[str, Any] = {"ok": False, "error_code": error_code, "description": description}
        if error_code == 429 and retry_after is not None:
            failure["parameters"] = {"retry_after": retry_after}
        with self._lock:
            self._failures.setdefault(method.lower(), []).append(failure)

    def flood_wait(self, seconds: int, method: str = "sendMessage") -> None:
        """Telegram's flood control: the next call of ``method`` starts a pause of ``seconds``,
        and every call of it until the pause ends is answered 429 with the ``retry_after`` left
        (rounded up). :meth:`flood_pauses` says when each pause began and ended."""
        with self._lock:
            self._flood[method.lower()] = {"seconds": seconds, "until": None}

    def flood_pauses(self, method: str = "sendMessage") -> List[tuple]:
        """(start, end) in time.monotonic() of the pause started for ``method``, if any."""
        with self._lock:
            flood = self._flood.get(method.lower())
            if not flood or flood["until"] is None:
                return []
            return [(flood["until"] - flood["seconds"], flood["until"])]

    def _flood_failure(self, method: str) -> Optional[Dict[str, Any]]:
        with self._lock:
            flood = self._flood.get(method.lower())
            if flood is None:
                return None
            now = time.monotonic()
            if flood["until"] is None:
                flood["until"] = now + flood["seconds"]
            left = flood["until"] - now
            if left <= 0:
                return None
            retry_after = max(1, int(-(-left // 1)))
            return {"ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after}}

    # ---- updates ---------------------------------------------------------

    def push_update(self, update: Dict[str, Any]) -> int:
        """Queue an update for getUpdates; assigns a monotonic update_id if missing."""
        update = dict(update)
        with self._updates_cond:
            self._keep_persons_message(update)
            if update.get("update_id") is None:
                update["update_id"] = self._next_update_id
            self._next_update_id = max(self._next_update_id, int(update["update_id"]) + 1)
            self._updates.append(update)
            self._updates_cond.notify_all()
            return update["update_id"]

    def _keep_persons_message(self, update: Dict[str, Any]) -> None:
        """A pushed message is in its chat from now on, as the bot's own are (so it can be deleted)."""
        message = update.get("message") or update.get("edited_message")
        if isinstance(message, dict) and "chat" in message and "message_id" in message:
            key = (self._chat_key(message["chat"].get("id")), message["message_id"])
            self._messages.setdefault(key, dict(message))

    def set_message_age(self, chat_id: Any, message_id: int, hours: float) -> None:
        """Make a message (the bot's, or a pushed one) as old as ``hours``: from 48 hours on, the
        bot can no longer delete it."""
        with self._lock:
            msg = self._messages.get((self._chat_key(chat_id), message_id))
            if msg is None:
                raise KeyError(f"no message {message_id} in chat {chat_id}")
            msg["date"] = int(time.time() - hours * 3600)

    def deleted(self, chat_id: Any = None) -> List[int]:
        """Ids of the messages deleted (in the order they were), optionally of one chat only."""
        with self._lock:
            return [mid for cid, mid in self._deleted if chat_id is None or cid == self._chat_key(chat_id)]

    def push_updates(self, updates: List[Dict[str, Any]]) -> List[int]:
        """Queue several updates at once (one notification: a burst, as Telegram would hold it)."""
        with self._updates_cond:
            return [self.push_update(u) for u in updates]

    def webhook_deliveries(self) -> List[Dict[str, Any]]:
        """Every webhook POST so far: ``{"update_id", "status", "at"}`` (status 0: no answer)."""
        with self._lock:
            return [dict(d) for d in self._deliveries]

    # ---- webhook delivery (as Telegram does) ----------------------------

    def _start_delivery(self) -> None:
        with self._lock:
            if self._delivery_thread is not None and self._delivery_thread.is_alive():
                self._updates_cond.notify_all()
                return
            self._delivery_thread = threading.Thread(target=self._deliver_loop, name="bot-api-emulator-webhook",
                                                     daemon=True)
            self._delivery_thread.start()

    def _deliver_loop(self) -> None:
        with self._updates_cond:
            while not self._stopping:
                url = self._webhook.get("url")
                now = time.monotonic()
                room = int(self._webhook.get("max_connections") or 40) - len(self._in_delivery)
                waiting = [u for u in self._updates if u["update_id"] not in self._in_delivery]
                due = [u for u in waiting if self._next_try.get(u["update_id"], 0.0) <= now]
                if not url or not due or room <= 0:
                    later = [self._next_try[u["update_id"]] - now for u in waiting if u["update_id"] in self._next_try]
                    self._updates_cond.wait(min([0.5] + [max(0.005, t) for t in later]))
                    continue
                for update in due[:room]:
                    self._in_delivery.add(update["update_id"])
                    poster = threading.Thread(target=self._deliver_one, args=(dict(update), url,
                                              self._webhook.get("secret_token")),
                                              name="bot-api-emulator-webhook-post", daemon=True)
                    self._delivery_threads.add(poster)
                    poster.start()

    def _deliver_one(self, update: Dict[str, Any], url: str, secret: Optional[str]) -> None:
        try:
            status = post_webhook(url, update, secret, timeout=WEBHOOK_TIMEOUT_SECONDS)
        except Exception:  # refused, reset, timed out: the bot did not answer
            status = 0
        update_id = update["update_id"]
        with self._updates_cond:
            self._in_delivery.discard(update_id)
            self._delivery_threads.discard(threading.current_thread())
            self._deliveries.append({"update_id": update_id, "status": status, "at": time.monotonic()})
            if status == 200:
                self._updates = [u for u in self._updates if u["update_id"] != update_id]
                self._attempts.pop(update_id, None)
                self._next_try.pop(update_id, None)
            else:
                attempts = self._attempts[update_id] = self._attempts.get(update_id, 0) + 1
                first, longest = WEBHOOK_BACKOFF_SECONDS
                self._next_try[update_id] = time.monotonic() + min(longest, first * 2 ** (attempts - 1))
            self._updates_cond.notify_all()

    def pending_updates(self) -> List[Dict[str, Any]]:
        with self._lock:
            return list(self._updates)

    def sent_messages(self, chat_id: Any = None) -> List[Dict[str, Any]]:
        """Messages currently 'in' chats as the bot left them (after edits/deletes)."""
        with self._lock:
            return [
                dict(m) for (cid, _), m in self._messages.items() if chat_id is None or cid == chat_id
            ]

    # ---- dispatch --------------------------------------------------------

    def _dispatch(self, http_method: str, path: str, query: str, content_type: str, body: bytes):
        json_ct = "application/json"
        if path.startswith("/file/bot"):
            rest = path[len("/file/bot"):]
            token, _, file_path = rest.partition("/")
            if urllib.parse.unquote(token) != self.token:
                return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}, json_ct
            self._record("file_download", {"file_path": urllib.parse.unquote(file_path)})
            return 200, b"FAKE-FILE-CONTENT", "application/octet-stream"
        if not path.startswith("/bot"):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}, json_ct
        token, _, method = path[len("/bot"):].partition("/")
        if urllib.parse.unquote(token) != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}, json_ct
        method = method.strip("/")
        if not method:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}, json_ct
        try:
            params = {k: _decode_form_value(k, v) for k, v in urllib.parse.parse_qsl(query)}
            params.update(_parse_body(content_type, body))
        except Exception as exc:
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}, json_ct
        self._record(method, params)
        with self._lock:
            queued = self._failures.get(method.lower())
            failure = queued.pop(0) if queued else None
        if failure is None:
            failure = self._flood_failure(method)
        if failure is not None:
            return failure["error_code"], failure, json_ct
        handler = getattr(self, "_m_" + method.lower(), None)
        try:
            result = handler(params) if handler else self._default_method(method, params)
        except _ApiError as err:
            return err.code, {"ok": False, "error_code": err.code, "description": err.description}, json_ct
        return 200, {"ok": True, "result": result}, json_ct

    # ---- helpers for methods ---------------------------------------------

    def _chat_for(self, chat_id: Any) -> Dict[str, Any]:
        if isinstance(chat_id, str) and not chat_id.lstrip("-").isdigit():
            return {"id": -1001000000001, "type": "channel", "title": chat_id, "username": chat_id.lstrip("@")}
        cid = int(chat_id)
        if cid < 0:
            return {"id": cid, "type": "group", "title": "Test Group"}
        return {"id": cid, "type": "private"}

    @staticmethod
    def _chat_key(chat_id: Any) -> Any:
        try:
            return int(chat_id)
        except (TypeError, ValueError):
            return chat_id

    def _bot_from(self) -> Dict[str, Any]:
        return {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")}

    def _new_message(self, params: Dict[str, Any], **content: Any) -> Dict[str, Any]:
        if "chat_id" not in params:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        key = self._chat_key(params["chat_id"])
        with self._lock:
            mid = self._message_ids.get(key, 0) + 1
            self._message_ids[key] = mid
            msg: Dict[str, Any] = {
                "message_id": mid,
                "date": int(time.time()),
                "chat": self._chat_for(params["chat_id"]),
                "from": self._bot_from(),
            }
            msg.update(content)
            if params.get("reply_markup") is not None and isinstance(params["reply_markup"], dict):
                if "inline_keyboard" in params["reply_markup"]:
                    msg["reply_markup"] = params["reply_markup"]
            if params.get("message_thread_id") is not None:
                msg["message_thread_id"] = params["message_thread_id"]
            self._messages[(key, mid)] = msg
            return dict(msg)

    @staticmethod
    def _file_obj(value: Any, kind: str) -> Dict[str, Any]:
        fid = value if isinstance(value, str) else f"{kind}-upload-{int(time.time() * 1000)}"
        size = value.get("size", 0) if isinstance(value, dict) else 1024
        return {"file_id": fid, "file_unique_id": f"u-{fid}"[:32], "file_size": size}

    def _find_message(self, params: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        if params.get("inline_message_id") is not None:
            return None
        key = (self._chat_key(params.get("chat_id")), params.get("message_id"))
        with self._lock:
            msg = self._messages.get(key)
            if msg is None:
                msg = {
                    "message_id": params.get("message_id"),
                    "date": int(time.time()),
                    "chat": self._chat_for(params.get("chat_id")),
                    "from": self._bot_from(),
                    "text": "",
                }
                self._messages[key] = msg
            return msg

    # ---- methods -----------------------------------------------------------

    def _default_method(self, method: str, params: Dict[str, Any]) -> Any:
        return True

    def _m_getme(self, params):
        return dict(self.bot_user)

    def _m_getupdates(self, params):
        if self._webhook.get("url"):
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                 "use deleteWebhook to delete the webhook first")
        offset = params.get("offset")
        limit = int(params.get("limit") or 100)
        timeout = min(float(params.get("timeout") or 0), MAX_LONG_POLL_SECONDS)
        deadline = time.monotonic() + timeout
        with self._updates_cond:
            if offset is not None and int(offset) > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= int(offset)]
            while not self._updates and not self._stopping:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._updates_cond.wait(remaining)
            if offset is not None and int(offset) < 0:
                return [dict(u) for u in self._updates[int(offset):]][:limit]
            return [dict(u) for u in self._updates[:limit]]

    def _m_sendmessage(self, params):
        content: Dict[str, Any] = {"text": params.get("text", "")}
        if isinstance(params.get("entities"), list):
            content["entities"] = params["entities"]
        return self._new_message(params, **content)

    def _m_sendphoto(self, params):
        base = self._file_obj(params.get("photo"), "photo")
        content: Dict[str, Any] = {"photo": [dict(base, width=90, height=90), dict(base, width=800, height=800)]}
        if params.get("caption") is not None:
            content["caption"] = params["caption"]
        return self._new_message(params, **content)

    def _send_file_factory(kind: str, extra: Dict[str, Any]):  # type: ignore[misc]
        def method(self, params):
            content: Dict[str, Any] = {kind: dict(self._file_obj(params.get(kind), kind), **extra)}
            if params.get("caption") is not None:
                content["caption"] = params["caption"]
            return self._new_message(params, **content)

        return method

    _m_senddocument = _send_file_factory("document", {"file_name": "file.bin"})
    _m_sendaudio = _send_file_factory("audio", {"duration": 1})
    _m_sendvoice = _send_file_factory("voice", {"duration": 1, "mime_type": "audio/ogg"})
    _m_sendvideo = _send_file_factory("video", {"width": 320, "height": 240, "duration": 1})
    _m_sendanimation = _send_file_factory("animation", {"width": 320, "height": 240, "duration": 1})
    _m_sendvideonote = _send_file_factory("video_note", {"length": 240, "duration": 1})
    _m_sendsticker = _send_file_factory(
        "sticker", {"type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False}
    )
    del _send_file_factory

    def _m_sendlocation(self, params):
        return self._new_message(
            params, location={"latitude": params.get("latitude", 0.0), "longitude": params.get("longitude", 0.0)}
        )

    def _m_sendcontact(self, params):
        return self._new_message(
            params,
            contact={"phone_number": params.get("phone_number", ""), "first_name": params.get("first_name", "")},
        )

    def _m_senddice(self, params):
        return self._new_message(params, dice={"emoji": params.get("emoji", "🎲"), "value": 1})

    def _m_forwardmessage(self, params):
        return self._new_message(params, text="")

    def _m_copymessage(self, params):
        return {"message_id": self._new_message(params, text="")["message_id"]}

    def _m_sendmediagroup(self, params):
        media = params.get("media") or []
        return [self._new_message(params, text="") for _ in (media if isinstance(media, list) else [media])]

    def _m_editmessagetext(self, params):
        msg = self._find_message(params)
        if msg is None:
            return True
        with self._lock:
            msg["text"] = params.get("text", "")
            msg["edit_date"] = int(time.time())
            if isinstance(params.get("reply_markup"), dict):
                msg["reply_markup"] = params["reply_markup"]
            else:
                msg.pop("reply_markup", None)
            return dict(msg)

    def _m_editmessagecaption(self, params):
        msg = self._find_message(params)
        if msg is None:
            return True
        with self._lock:
            msg["caption"] = params.get("caption", "")
            msg["edit_date"] = int(time.time())
            if isinstance(params.get("reply_markup"), dict):
                msg["reply_markup"] = params["reply_markup"]
            return dict(msg)

    def _m_editmessagereplymarkup(self, params):
        msg = self._find_message(params)
        if msg is None:
            return True
        with self._lock:
            if isinstance(params.get("reply_markup"), dict):
                msg["reply_markup"] = params["reply_markup"]
            else:
                msg.pop("reply_markup", None)
            msg["edit_date"] = int(time.time())
            return dict(msg)

    def _too_old_to_delete(self, msg: Dict[str, Any]) -> bool:
        return time.time() - int(msg.get("date") or 0) >= DELETE_WITHIN_SECONDS

    def _m_deletemessage(self, params):
        key = (self._chat_key(params.get("chat_id")), params.get("message_id"))
        with self._lock:
            msg = self._messages.get(key)
            if msg is None:
                raise _ApiError(400, "Bad Request: message to delete not found")
            if self._too_old_to_delete(msg):
                raise _ApiError(400, "Bad Request: message can't be deleted")
            del self._messages[key]
            self._deleted.append(key)
        return True

    def _m_deletemessages(self, params):
        chat = self._chat_key(params.get("chat_id"))
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= MAX_DELETE_AT_ONCE:
            raise _ApiError(400, f"Bad Request: message_ids must list 1-{MAX_DELETE_AT_ONCE} messages")
        with self._lock:
            found = [(chat, mid) for mid in ids if (chat, mid) in self._messages]  # the rest are skipped
            if any(self._too_old_to_delete(self._messages[key]) for key in found):
                raise _ApiError(400, "Bad Request: message can't be deleted")
            for key in found:
                del self._messages[key]
                self._deleted.append(key)
        return True

    def _m_answercallbackquery(self, params):
        return True

    def _m_setmycommands(self, params):
        with self._lock:
            self._commands = list(params.get("commands") or [])
        return True

    def _m_getmycommands(self, params):
        return []

    def _m_deletemycommands(self, params):
        with self._lock:
            self._commands = []
        return True

    def _m_setwebhook(self, params):
        with self._lock:
            self._webhook = {"url": str(params.get("url") or ""), "secret_token": params.get("secret_token"),
                             "max_connections": int(params.get("max_connections") or 40)}
            if params.get("drop_pending_updates"):
                self._updates.clear()
        if self._webhook["url"]:
            self._start_delivery()
        return True

    def _m_deletewebhook(self, params):
        with self._lock:
            self._webhook = {"url": ""}
            if params.get("drop_pending_updates"):
                self._updates.clear()
        return True

    def _m_getwebhookinfo(self, params):
        with self._lock:
            return {
                "url": self._webhook["url"],
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }

    def _m_sendchataction(self, params):
        return True

    def _m_getfile(self, params):
        fid = str(params.get("file_id", "unknown"))
        return {
            "file_id": fid,
            "file_unique_id": f"u-{fid}"[:32],
            "file_size": 1024,
            "file_path": f"files/{fid}",
        }

    def _m_getchat(self, params):
        chat = self._chat_for(params.get("chat_id", 0))
        chat.update({"accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": {
            "unlimited_gifts": False, "limited_gifts": False,
            "unique_gifts": False, "premium_subscription": False, "gifts_from_channels": False,
        }})
        return chat

    def _m_close(self, params):
        return True

    def _m_logout(self, params):
        return True


class _ApiError(Exception):
    def __init__(self, code: int, description: str):
        super().__init__(description)
        self.code = code
        self.description = description


# --------------------------------------------------------------------------
# Webhook helper
# --------------------------------------------------------------------------


def post_webhook(url: str, update: Dict[str, Any], secret_token: Optional[str] = None, timeout: float = 10) -> int:
    """POST ``update`` as JSON to a webhook URL (as Telegram would); return the HTTP status."""
    headers = {"Content-Type": "application/json"}
    if secret_token is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret_token
    req = urllib.request.Request(url, data=json.dumps(update).encode("utf-8"), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


# --------------------------------------------------------------------------
# Update builders (current Bot API shapes)
# --------------------------------------------------------------------------

DEFAULT_GROUP_USER_ID = 424242
_message_ids = itertools.count(1000)
_callback_ids = itertools.count(1)
_file_ids = itertools.count(1)


def _user(user_id: int) -> Dict[str, Any]:
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": "Test",
        "last_name": "User",
        "username": f"test_user_{user_id}",
        "language_code": "en",
    }


def _bot_user(bot_id: int = 123456) -> Dict[str, Any]:
    return {"id": bot_id, "is_bot": True, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME}


def _chat(chat_id: int, chat_type: str = "private", user_id: Optional[int] = None) -> Dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": "Test", "last_name": "User",
                "username": f"test_user_{user_id if user_id is not None else chat_id}"}
    chat = {"id": chat_id, "type": chat_type, "title": "Test Group"}
    if chat_type == "supergroup":
        chat["is_forum"] = False
    return chat


def _base_message(
    chat_id: int,
    user_id: Optional[int] = None,
    chat_type: str = "private",
    message_id: Optional[int] = None,
) -> Dict[str, Any]:
    if user_id is None:
        user_id = chat_id if chat_type == "private" else DEFAULT_GROUP_USER_ID
    return {
        "message_id": next(_message_ids) if message_id is None else message_id,
        "from": _user(user_id),
        "chat": _chat(chat_id, chat_type, user_id),
        "date": int(time.time()),
    }


def _file_id(kind: str) -> str:
    n = next(_file_ids)
    return f"{kind.upper()}-FILE-ID-{n}"


def text_update(
    chat_id: int,
    text: str,
    user_id: Optional[int] = None,
    chat_type: str = "private",
    message_id: Optional[int] = None,
) -> Dict[str, Any]:
    msg = _base_message(chat_id, user_id, chat_type, message_id)
    msg["text"] = text
    return {"message": msg}


def command_update(
    chat_id: int,
    command_text: str,
    user_id: Optional[int] = None,
    chat_type: str = "private",
    message_id: Optional[int] = None,
) -> Dict[str, Any]:
    """``command_text`` like "/start" or "/help@test_help_bot topic"."""
    update = text_update(chat_id, command_text, user_id, chat_type, message_id)
    command = command_text.split(maxsplit=1)[0] if command_text.strip() else command_text
    offset = len(command_text) - len(command_text.lstrip())
    # Bot API offsets/lengths are in UTF-16 code units.
    utf16_len = len(command.encode("utf-16-le")) // 2
    update["message"]["entities"] = [{"type": "bot_command", "offset": offset, "length": utf16_len}]
    return update


def callback_update(
    chat_id: int,
    data: str,
    message_id: int = 1,
    user_id: Optional[int] = None,
    chat_type: str = "private",
    message_text: str = "Choose:",
    bot_id: int = 123456,
) -> Dict[str, Any]:
    if user_id is None:
        user_id = chat_id if chat_type == "private" else DEFAULT_GROUP_USER_ID
    message = {
        "message_id": message_id,
        "from": _bot_user(bot_id),
        "chat": _chat(chat_id, chat_type, user_id),
        "date": int(time.time()),
        "text": message_text,
    }
    return {
        "callback_query": {
            "id": str(next(_callback_ids) + 9000000000),
            "from": _user(user_id),
            "message": message,
            "chat_instance": f"-{abs(chat_id)}777",
            "data": data,
        }
    }


def photo_update(chat_id: int, caption: Optional[str] = None, **kw: Any) -> Dict[str, Any]:
    msg = _base_message(chat_id, **kw)
    fid = _file_id("photo")
    msg["photo"] = [
        {"file_id": f"{fid}-s", "file_unique_id": f"{fid}-us", "width": 90, "height": 67, "file_size": 1200},
        {"file_id": f"{fid}-m", "file_unique_id": f"{fid}-um", "width": 320, "height": 240, "file_size": 15000},
        {"file_id": f"{fid}-x", "file_unique_id": f"{fid}-ux", "width": 1280, "height": 960, "file_size": 120000},
    ]
    if caption is not None:
        msg["caption"] = caption
    return {"message": msg}


def voice_update(chat_id: int, duration: int = 3, **kw: Any) -> Dict[str, Any]:
    msg = _base_message(chat_id, **kw)
    fid = _file_id("voice")
    msg["voice"] = {"file_id": fid, "file_unique_id": f"u{fid}", "duration": duration,
                    "mime_type": "audio/ogg", "file_size": 9000}
    return {"message": msg}


def sticker_update(chat_id: int, emoji: str = "😀", **kw: Any) -> Dict[str, Any]:
    msg = _base_message(chat_id, **kw)
    fid = _file_id("sticker")
    msg["sticker"] = {"file_id": fid, "file_unique_id": f"u{fid}", "type": "regular", "width": 512,
                      "height": 512, "is_animated": False, "is_video": False, "emoji": emoji,
                      "set_name": "TestStickers", "file_size": 20000}
    return {"message": msg}


def document_update(
    chat_id: int, file_name: str = "document.pdf", mime_type: str = "application/pdf",
    caption: Optional[str] = None, **kw: Any,
) -> Dict[str, Any]:
    msg = _base_message(chat_id, **kw)
    fid = _file_id("document")
    msg["document"] = {"file_id": fid, "file_unique_id": f"u{fid}", "file_name": file_name,
                       "mime_type": mime_type, "file_size": 34567}
    if caption is not None:
        msg["caption"] = caption
    return {"message": msg}


def video_update(chat_id: int, caption: Optional[str] = None, **kw: Any) -> Dict[str, Any]:
    msg = _base_message(chat_id, **kw)
    fid = _file_id("video")
    msg["video"] = {"file_id": fid, "file_unique_id": f"u{fid}", "width": 640, "height": 360,
                    "duration": 5, "mime_type": "video/mp4", "file_size": 500000}
    if caption is not None:
        msg["caption"] = caption
    return {"message": msg}


def location_update(chat_id: int, latitude: float = 51.4816, longitude: float = -3.1791, **kw: Any) -> Dict[str, Any]:
    msg = _base_message(chat_id, **kw)
    msg["location"] = {"latitude": latitude, "longitude": longitude}
    return {"message": msg}


def contact_update(
    chat_id: int, phone_number: str = "+441234567890", first_name: str = "Contact",
    contact_user_id: Optional[int] = None, **kw: Any,
) -> Dict[str, Any]:
    msg = _base_message(chat_id, **kw)
    contact: Dict[str, Any] = {"phone_number": phone_number, "first_name": first_name}
    if contact_user_id is not None:
        contact["user_id"] = contact_user_id
    msg["contact"] = contact
    return {"message": msg}


def forwarded_text_update(chat_id: int, text: str, origin_user_id: int = 777000111, **kw: Any) -> Dict[str, Any]:
    update = text_update(chat_id, text, **kw)
    msg = update["message"]
    origin_date = msg["date"] - 3600
    origin_user = _user(origin_user_id)
    origin_user["first_name"] = "Original"
    msg["forward_origin"] = {"type": "user", "sender_user": origin_user, "date": origin_date}
    # Legacy (pre Bot API 7.0) fields, still useful for older consumers.
    msg["forward_from"] = origin_user
    msg["forward_date"] = origin_date
    return update


def edited_text_update(
    chat_id: int, text: str, message_id: int, user_id: Optional[int] = None, chat_type: str = "private",
) -> Dict[str, Any]:
    msg = _base_message(chat_id, user_id, chat_type, message_id)
    msg["date"] = msg["date"] - 60
    msg["edit_date"] = int(time.time())
    msg["text"] = text
    return {"edited_message": msg}


def group_text_update(
    chat_id: int, text: str, chat_type: str = "group", user_id: Optional[int] = None,
    message_id: Optional[int] = None,
) -> Dict[str, Any]:
    """A message in a group/supergroup; ``chat_id`` is made negative."""
    return text_update(-abs(chat_id), text, user_id=user_id, chat_type=chat_type, message_id=message_id)


def bot_added_to_group_update(
    chat_id: int, chat_type: str = "group", user_id: int = DEFAULT_GROUP_USER_ID, bot_id: int = 123456,
) -> Dict[str, Any]:
    """my_chat_member update: the bot goes from "left" to "member" in a group."""
    now = int(time.time())
    bot = _bot_user(bot_id)
    return {
        "my_chat_member": {
            "chat": _chat(-abs(chat_id), chat_type),
            "from": _user(user_id),
            "date": now,
            "old_chat_member": {"status": "left", "user": bot},
            "new_chat_member": {"status": "member", "user": bot},
        }
    }
