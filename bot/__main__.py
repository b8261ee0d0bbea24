"""python -m bot [run|console|triage|telegram|staff]

run       Telegram when TELEGRAM_BOT_TOKEN is set, otherwise the local console (what `make run` does)
console   chat in the terminal (--explain shows the assessment)
triage    JSON Lines on stdin -> JSON Lines on stdout
telegram  the Telegram bot (needs TELEGRAM_BOT_TOKEN)
staff     the staff web page on http://127.0.0.1:8080 (STAFF_HOST, STAFF_PORT, STAFF_ACCESS_CODE)

A problem at start-up (settings, catalog, model) stops it with one `error:` line on stderr and
exit code 2; the quick checks come before the slow model load. A chat store that cannot be used
is not one of them: the bot says so once in its log and answers everyone without it.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from .startup import load_model as _load_model
from .startup import startup_error

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", nargs="?", default="run", choices=["run", "console", "triage", "telegram", "staff"])
    parser.add_argument("--explain", action="store_true", help="console: show intent, confidence, language, urgency")
    args = parser.parse_args(argv)

    level = os.environ.get("LOG_LEVEL", "WARNING").strip().upper() or "WARNING"
    if level not in LOG_LEVELS:
        startup_error(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {level!r}")
    from .privacy import configure_logging

    configure_logging(level)
    mode = args.mode
    if mode == "run":
        mode = "telegram" if os.environ.get("TELEGRAM_BOT_TOKEN") else "console"

    if mode == "telegram":
        from .telegram_app import main as telegram_main

        return telegram_main()
    if mode == "staff":
        from .staff_page.settings import StaffSettingsError, load_staff_settings

        try:
            staff_settings = load_staff_settings()
        except StaffSettingsError as error:
            startup_error(str(error))
        from .staff_page.app import listen_problem
        from .staff_page.app import run as run_staff_page

        problem = listen_problem(staff_settings)
        if problem:
            startup_error(problem)
        return run_staff_page(_load_model(), staff_settings)
    model = _load_model()
    if mode == "triage":
        from .triage import main as triage_main

        return triage_main(model)
    from .console import run_console

    return run_console(model, explain=args.explain)


if __name__ == "__main__":
    sys.exit(main())
