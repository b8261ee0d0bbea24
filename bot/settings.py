"""Bot settings from environment variables, validated at start-up with clear errors.

Standard library only (Rasa pins pydantic 1.10, so pydantic-settings is not an option).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional
from urllib.parse import urlparse

PROJECT_DIR = Path(__file__).resolve().parent.parent
TOKEN_SHAPE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{10,}$")
SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(ValueError):
    """One or more settings are missing or wrong; the message lists every problem."""


@dataclass(frozen=True)
class Settings:
    token: str
    mode: str = "polling"                 # polling | webhook
    api_url: Optional[str] = None         # TELEGRAM_API_URL: python-telegram-bot's base_url
    webhook_url: Optional[str] = None
    listen: str = "127.0.0.1"
    port: int = 8443
    webhook_path: str = "telegram"
    secret_token: Optional[str] = None
    store_path: Path = PROJECT_DIR / "data" / "chats.sqlite3"
    store_ttl_days: int = 30
    flood_limits: bool = True             # FLOOD_LIMITS=off: only for load tests on an emulator

    def __repr__(self) -> str:  # never print the token or the secret
        return f"Settings(mode={self.mode!r}, api_url={self.api_url!r}, store_path={str(self.store_path)!r})"

    @property
    def file_url(self) -> Optional[str]:
        """base_file_url for a self-hosted Bot API server: .../bot -> .../file/bot."""
        if not self.api_url:
            return None
        parsed = urlparse(self.api_url)
        return f"{parsed.scheme}://{parsed.netloc}/file/bot"


def load_settings(env: Mapping[str, str] = os.environ) -> Settings:
    problems = []
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        problems.append("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)")
    elif not TOKEN_SHAPE.match(token):
        problems.append("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters)")

    mode = env.get("BOT_MODE", "polling").strip().lower() or "polling"
    if mode not in ("polling", "webhook"):
        problems.append(f"BOT_MODE must be 'polling' or 'webhook', not {mode!r}")

    api_url = env.get("TELEGRAM_API_URL", "").strip() or None
    if api_url and urlparse(api_url).scheme not in ("http", "https"):
        problems.append("TELEGRAM_API_URL must be an http(s) URL such as http://127.0.0.1:8081/bot")

    webhook_url = env.get("WEBHOOK_URL", "").strip() or None
    secret = env.get("WEBHOOK_SECRET", "").strip() or None
    if mode == "webhook":
        if not webhook_url or urlparse(webhook_url).scheme not in ("http", "https"):
            problems.append("WEBHOOK_URL must be set to the public https URL Telegram calls in webhook mode")
        if not secret:
            problems.append("WEBHOOK_SECRET must be set in webhook mode (1-256 of A-Z a-z 0-9 _ -)")
    if secret and not SECRET_SHAPE.match(secret):
        problems.append("WEBHOOK_SECRET may only use A-Z a-z 0-9 _ - and be at most 256 characters")

    port_text = env.get("WEBHOOK_PORT", "8443").strip()
    port = int(port_text) if port_text.isdigit() and 0 < int(port_text) < 65536 else None
    if port is None:
        problems.append(f"WEBHOOK_PORT must be a port number, not {port_text!r}")

    ttl_text = env.get("STORE_TTL_DAYS", "30").strip()
    ttl = int(ttl_text) if ttl_text.isdigit() and int(ttl_text) > 0 else None
    if ttl is None:
        problems.append(f"STORE_TTL_DAYS must be a whole number of days, not {ttl_text!r}")

    flood = env.get("FLOOD_LIMITS", "on").strip().lower() or "on"
    if flood not in ("on", "off"):
        problems.append(f"FLOOD_LIMITS must be 'on' or 'off', not {flood!r}")

    store_path = Path(env.get("STORE_PATH", "").strip() or PROJECT_DIR / "data" / "chats.sqlite3")
    problems.extend(_store_path_problems(store_path))

    if problems:
        raise SettingsError("bot settings are not valid: " + "; ".join(problems))
    assert port is not None and ttl is not None  # else they are among the problems
    return Settings(
        token=token, mode=mode, api_url=api_url, webhook_url=webhook_url,
        listen=env.get("WEBHOOK_LISTEN", "127.0.0.1").strip() or "127.0.0.1",
        port=port, webhook_path=(env.get("WEBHOOK_PATH", "telegram").strip().strip("/") or "telegram"),
        secret_token=secret,
        store_path=store_path,
        store_ttl_days=ttl, flood_limits=(flood != "off"),
    )


def _store_path_problems(path: Path) -> list:
    """A STORE_PATH that can never work is a settings mistake. A file that is there but cannot be
    used now (locked, corrupt, read-only) is not: the bot then runs without the store."""
    if path.is_dir():
        return [f"STORE_PATH must be a file, not the directory {path}"]
    for parent in path.parents:
        if parent.exists():
            return [] if parent.is_dir() else [f"STORE_PATH is inside {parent}, which is a file, not a directory"]
    return []
