"""The webhook: Telegram POSTs each update here, and the answer is HTTP 200 only once the update
has been answered (bot/delivery.py), so Telegram delivers again what a crash interrupted.

python-telegram-bot's own webhook server answers 200 as soon as an update arrives; this one (as
in python-telegram-bot's `customwebhookbot` examples, on aiohttp) waits for the reply first:

- 403 when the secret token header is wrong or missing (checked before anything else);
- 413 for a body over 1 MB, refused before it is read; 415 when it is not JSON
  (`application/json`, with or without a charset);
- 400 for a body that is not a JSON object with an update_id (never 500, never logged);
- 200 once the update is answered, or was answered already (dropped by its update_id);
- 500 when its reply could not be sent for a reason that may pass: Telegram tries again later;
- 503 while the bot is stopping: Telegram tries again, and the bot that starts next answers it.
"""
from __future__ import annotations

import hmac
import json
import logging
from typing import Optional

from aiohttp import web

from .delivery import Deliveries, update_id_of

log = logging.getLogger(__name__)
MAX_BODY = 1024 * 1024
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
STOPPING_TIMEOUT = 1.0  # seconds a request still running gets once the bot has finished what it can


class WebhookServer:
    def __init__(self, deliveries: Deliveries, listen: str, port: int, path: str, secret: str) -> None:
        self._deliveries = deliveries
        self._listen, self._port = listen, port
        self._path = "/" + path.strip("/")
        self._secret = secret.encode()
        self._stopping = False
        self._runner: Optional[web.AppRunner] = None

    async def start(self) -> None:
        """Listen. Raises OSError when the address is taken."""
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self._path, self.receive)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=STOPPING_TIMEOUT)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._listen, self._port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner

    async def stop_taking(self) -> None:
        """Answer 503 to every update from now on: Telegram keeps it and delivers it again."""
        self._stopping = True

    async def close(self) -> None:
        """Stop listening; a request still running is cut off (Telegram delivers it again)."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def receive(self, request: web.Request) -> web.Response:
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, "").encode(), self._secret):
            return web.Response(status=403)
        if self._stopping:
            return web.Response(status=503)
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.Response(status=413)
        if request.content_type != "application/json":
            return web.Response(status=415)
        try:
            data = json.loads(await request.read())
        except web.HTTPRequestEntityTooLarge:  # a body sent without its length, grown too big
            return web.Response(status=413)
        except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep
            return web.Response(status=400)
        if update_id_of(data) is None:
            return web.Response(status=400)
        answered = await self._deliveries.deliver(data, self._deliveries.read(data))
        return web.Response(status=200 if answered else 500)
