"""The Telegram bot's run: start, take updates (webhook or polling), and stop without losing any.

On SIGTERM or SIGINT the bot stops taking updates (the webhook answers 503, polling fetches no
more), finishes those in hand for at most GRACE seconds, confirms what it answered, and exits 0.
What it could not finish was never confirmed, so Telegram delivers it again to the next start. A
second signal stops at once, with the same guarantee.
"""
from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from typing import AsyncIterator, Optional, Protocol

from telegram import Update
from telegram.ext import Application

from .delivery import Deliveries
from .polling import Poller
from .priority import EmergencyFirstProcessor, UpdateRanks
from .settings import Settings
from .webhook_server import WebhookServer

GRACE = 8.0  # seconds to finish the updates in hand when asked to stop (docker stop waits 10)
WEBHOOK_CONNECTIONS = 100  # updates Telegram POSTs at once (its most; default 40): each is held until answered


class Receiver(Protocol):
    async def stop_taking(self) -> None: ...

    async def close(self) -> None: ...


async def start_receiving(application: Application, settings: Settings, deliveries: Deliveries) -> Receiver:
    processor = application.update_processor
    ranks = processor.ranks if isinstance(processor, EmergencyFirstProcessor) else UpdateRanks()
    if settings.mode == "webhook":
        assert settings.secret_token and settings.webhook_url  # load_settings requires them
        server = WebhookServer(deliveries, settings.listen, settings.port, settings.webhook_path,
                               settings.secret_token)
        await server.start()  # listening before Telegram is told where to send
        try:
            await application.bot.set_webhook(url=settings.webhook_url, secret_token=settings.secret_token,
                                              allowed_updates=Update.ALL_TYPES,
                                              max_connections=WEBHOOK_CONNECTIONS)
        except BaseException:
            await server.close()
            raise
        return server
    poller = Poller(deliveries, application.bot, ranks, allowed_updates=Update.ALL_TYPES)
    await poller.start()
    return poller


@contextlib.asynccontextmanager
async def running(application: Application, settings: Settings, grace: float = GRACE,
                  hurry: Optional[asyncio.Event] = None) -> AsyncIterator[Deliveries]:
    """The bot taking updates inside the block; on leaving it, the orderly stop described above
    (`hurry`, when set, cuts the wait for the updates in hand short)."""
    deliveries = Deliveries(application)
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        try:
            receiver = await start_receiving(application, settings, deliveries)
            try:
                yield deliveries
            finally:
                await receiver.stop_taking()
                if deliveries.in_hand:
                    print(f"stopping: finishing {deliveries.in_hand} updates in hand (at most {grace:g} s)",
                          file=sys.stderr)
                if not await _finish(deliveries, grace, hurry):
                    print(f"stopping with {deliveries.in_hand} updates unanswered: Telegram delivers them "
                          "again to the next start", file=sys.stderr)
                await receiver.close()
        finally:
            await application.stop()
            if application.post_stop is not None:
                await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


async def _finish(deliveries: Deliveries, grace: float, hurry: Optional[asyncio.Event]) -> bool:
    if hurry is None:
        return await deliveries.finish(grace)
    finishing = asyncio.ensure_future(deliveries.finish(grace))
    hurrying = asyncio.ensure_future(hurry.wait())
    await asyncio.wait([finishing, hurrying], return_when=asyncio.FIRST_COMPLETED)
    hurrying.cancel()
    if not finishing.done():
        finishing.cancel()
        return False
    return finishing.result()


async def serve(application: Application, settings: Settings) -> None:
    """Run until SIGTERM or SIGINT, then stop in order (a second signal: at once)."""
    stop, hurry = asyncio.Event(), asyncio.Event()

    def on_signal() -> None:
        (hurry if stop.is_set() else stop).set()

    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, on_signal)
    try:
        async with running(application, settings, hurry=hurry):
            await stop.wait()
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
