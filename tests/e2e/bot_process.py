"""The real bot as its own process (`python -m bot run`, what `make run` starts), polling the
local Bot API emulator. Its stdout and stderr are kept for the test to check, never printed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Dict, Optional

from nlu.model import PROJECT_DIR
from tests.e2e.bot_api_emulator import BotApiEmulator

TOKEN = "987654321:SECRET-TOKEN-for-the-run-test"


class BotProcess:
    def __init__(self, store_path: Path, token: str = TOKEN, ready: str = "getUpdates", **env: str) -> None:
        """`ready`: the Bot API call that shows the bot is taking updates (getUpdates when
        polling, setWebhook in webhook mode). `env`: more environment variables."""
        self.emulator = BotApiEmulator(token=token)
        self.store_path = store_path
        self.ready = ready
        self.extra_env = env
        self.process: Optional[subprocess.Popen] = None
        self.out = self.err = ""

    def __enter__(self) -> BotProcess:
        self.emulator.start()
        env: Dict[str, str] = dict(os.environ, TELEGRAM_BOT_TOKEN=self.emulator.token,
                                   TELEGRAM_API_URL=self.emulator.base_url, STORE_PATH=str(self.store_path),
                                   LOG_LEVEL="DEBUG", **self.extra_env)
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=PROJECT_DIR, env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        try:
            self.emulator.wait_for(self.ready, timeout=120)  # the model is loaded, updates are taken
        except AssertionError:
            self.stop()
            raise AssertionError(f"the bot did not start: {self.err[-2000:]}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.out, self.err = self.process.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.out, self.err = self.process.communicate()
        self.emulator.stop()

    @property
    def output(self) -> str:
        """stdout and stderr, once stopped."""
        return self.out + self.err
