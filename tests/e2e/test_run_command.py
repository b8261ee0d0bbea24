"""`python -m bot run` (what `make run` starts): Telegram polling with a token, the console without."""
from __future__ import annotations

import os
import subprocess
import sys

from nlu.model import PROJECT_DIR
from tests.e2e.bot_api_emulator import BotApiEmulator, text_update
from tests.e2e.bot_process import TOKEN, BotProcess


def test_with_a_token_it_polls_telegram_and_never_logs_the_token_or_text(tmp_path):
    with BotProcess(tmp_path / "chats.sqlite3") as bot:
        emu = bot.emulator
        emu.push_update(text_update(555, "someone says they'll share my nudes unless i pay MARKER77"))
        [reply] = emu.wait_for("sendMessage", timeout=30)
        emu.wait_for("setMyCommands", count=2, timeout=10)  # English and Welsh menus
        assert "CEOP" in reply["params"]["text"] and "Report Remove" in reply["params"]["text"]
    assert "SECRET-TOKEN" not in bot.output
    assert "MARKER77" not in bot.output
    assert (tmp_path / "chats.sqlite3").exists()


def test_without_a_token_it_opens_the_console():
    env = dict(os.environ, TELEGRAM_BOT_TOKEN="")
    result = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=PROJECT_DIR, env=env, text=True,
                            input="someone says they'll share my nudes unless i pay\n/quit\n",
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Local console" in result.stdout
    assert "CEOP" in result.stdout and "Report Remove" in result.stdout and "Childline" in result.stdout


def test_a_missing_model_stops_the_bot_before_it_starts_with_a_clear_error(tmp_path):
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, NLU_MODEL_PATH=str(tmp_path / "missing.tar.gz"),
               STORE_PATH=str(tmp_path / "chats.sqlite3"))
    result = subprocess.run([sys.executable, "-m", "bot", "telegram"], cwd=PROJECT_DIR, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "no NLU model" in result.stderr and "make model" in result.stderr
    assert TOKEN not in result.stderr


def test_bad_settings_are_listed_clearly():
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, BOT_MODE="webhook")
    result = subprocess.run([sys.executable, "-m", "bot", "telegram"], cwd=PROJECT_DIR, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "WEBHOOK_URL" in result.stderr and "WEBHOOK_SECRET" in result.stderr


def start(tmp_path, *mode, **env):
    full = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, STORE_PATH=str(tmp_path / "chats.sqlite3"))
    full.update(env)
    return subprocess.run([sys.executable, "-m", "bot", *(mode or ("telegram",))], cwd=PROJECT_DIR, env=full,
                          capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)


def one_error_line(result) -> str:
    """The one `error:` line a start-up problem gives, and no traceback."""
    assert result.returncode == 2, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr[-2000:]
    return errors[0]


def test_start_up_problems_are_one_error_line_and_exit_code_2(tmp_path):
    line = one_error_line(start(tmp_path, BOT_MODE="webhook", WEBHOOK_PORT="x"))
    assert "WEBHOOK_URL" in line and "WEBHOOK_SECRET" in line and "WEBHOOK_PORT" in line
    (tmp_path / "a-directory").mkdir()
    assert "STORE_PATH must be a file" in one_error_line(start(tmp_path, STORE_PATH=str(tmp_path / "a-directory")))
    assert "LOG_LEVEL" in one_error_line(start(tmp_path, "triage", LOG_LEVEL="loud"))


def test_a_damaged_model_file_is_one_error_line(tmp_path):
    damaged = tmp_path / "nlu.tar.gz"
    damaged.write_bytes(b"not a model" * 100)
    line = one_error_line(start(tmp_path, "triage", NLU_MODEL_PATH=str(damaged)))
    assert "could not load the NLU model" in line and "make model" in line


def test_a_token_telegram_refuses_is_one_error_line(tmp_path):
    emu = BotApiEmulator(token="111111:another-bots-token-abcdef").start()
    try:
        result = start(tmp_path, TELEGRAM_API_URL=emu.base_url)
    finally:
        emu.stop()
    assert "did not accept TELEGRAM_BOT_TOKEN" in one_error_line(result)
    assert TOKEN not in result.stderr and "SECRET-TOKEN" not in result.stderr
