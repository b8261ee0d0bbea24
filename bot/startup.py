"""Start-up checks shared by every front end. A problem stops the program before it starts: one
`error:` line on stderr and exit code 2, the quick checks (settings, catalogs) before the slow
model load. A chat store that cannot be used is not one of them: the Telegram bot says so once in
its log and answers everyone without it (bot/safe_store.py).
"""
from __future__ import annotations

import sys
import time
from typing import Any, NoReturn


def startup_error(message: str) -> NoReturn:
    """Stop before starting: one line on stderr, exit code 2."""
    print("error: " + " ".join(str(message).split()), file=sys.stderr)
    raise SystemExit(2)


def check_catalogs() -> None:
    from responses.i18n import CatalogMissing
    from responses.i18n import check_catalogs as check

    try:
        check()
    except CatalogMissing as error:
        startup_error(str(error))


def check_quickly() -> None:
    """What can be checked in a moment: the catalogs, and that there is a model file."""
    from nlu.model import model_path

    check_catalogs()
    if not model_path().is_file():
        startup_error(f"no NLU model at {model_path()}; run `make model` to train it")


def load_model() -> Any:
    """Load the NLU model once (the quick checks first), or stop with an error."""
    from nlu.model import IntentModel, ModelMissing, model_path

    check_quickly()
    started = time.perf_counter()
    try:
        model = IntentModel()
    except ModelMissing as error:
        startup_error(str(error))
    except Exception as error:  # a damaged or incompatible model file: say which, briefly
        detail = (str(error).strip().splitlines() or [""])[0][:200]
        startup_error(f"could not load the NLU model {model_path()} ({type(error).__name__}: {detail}); "
                      "run `make model` to train it again")
    print(f"NLU model loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return model
