"""python -m bot [run|console|triage|telegram|staff]

run       Telegram when TELEGRAM_BOT_TOKEN is set, otherwise the local console (what `make run` does)
console   chat in the terminal (--explain shows the assessment)
triage    JSON Lines on stdin -> JSON Lines on stdout
telegram  the Telegram bot (needs TELEGRAM_BOT_TOKEN)
staff     the staff web page on http://127.0.0.1:8080 (STAFF_HOST, STAFF_PORT, STAFF_ACCESS_CODE)
"""
from __future__ import annotations

import argparse
import os
import sys
import time


def _load_model():
    """Load the NLU model once, or stop with a clear message on stderr."""
    from nlu.model import IntentModel, ModelMissing
    from responses.i18n import CatalogMissing, check_catalogs

    started = time.perf_counter()
    try:
        check_catalogs()
        model = IntentModel()
    except (ModelMissing, CatalogMissing) as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2)
    print(f"NLU model loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return model


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", nargs="?", default="run", choices=["run", "console", "triage", "telegram", "staff"])
    parser.add_argument("--explain", action="store_true", help="console: show intent, confidence, language, urgency")
    args = parser.parse_args(argv)

    from .privacy import configure_logging

    configure_logging(os.environ.get("LOG_LEVEL", "WARNING").upper())
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
            print(f"error: {error}", file=sys.stderr)
            return 2
        from .staff_page.app import listen_problem, run as run_staff_page

        problem = listen_problem(staff_settings)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        return run_staff_page(_load_model(), staff_settings)
    model = _load_model()
    if mode == "triage":
        from .triage import main as triage_main

        return triage_main(model)
    from .console import run_console

    return run_console(model, explain=args.explain)


if __name__ == "__main__":
    sys.exit(main())
