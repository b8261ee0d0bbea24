"""Deprecation warnings from libraries we pin and cannot change, silenced by name so that the
console, `make run` and batch triage open without screens of them. Anything not named here still
shows. pytest.ini names the same ones (pytest sets its own warning filters for each test).

Python hides deprecation warnings raised in libraries by default, but Sanic (which Rasa imports)
turns every one of them on when it is imported (`filterwarnings("once", DeprecationWarning)` in
sanic/app.py). We import it first and take that one filter back out.
"""
from __future__ import annotations

import warnings
from typing import Any, List, cast

# (start of the message, as a regular expression; module the warning is attributed to)
LIBRARY_WARNINGS = (
    (r"jax\.xla_computation is deprecated", r"tensorflow\."),           # TensorFlow 2.12 on this jax
    (r"Deprecated API features detected", r"rasa\."),                    # Rasa 3.6 on SQLAlchemy 1.4
    (r".*deprecated - use", r"matplotlib\."),                             # matplotlib on new pyparsing
    (r"non-integer arguments to randrange", r"random"),                   # Rasa's training seeds
    (r"pkg_resources is deprecated as an API", r""),                      # apscheduler, others
    (r"Deprecated call to `pkg_resources\.declare_namespace", r""),      # mpl_toolkits, ruamel
    (r".*In a future major version attribute `retry_after`", r""),        # python-telegram-bot 22
)
SANICS_FILTER = ("once", None, DeprecationWarning, None, 0)


def quiet_library_warnings() -> None:
    """Idempotent: safe to call again after more libraries were imported."""
    try:
        import sanic.app  # noqa: F401  (for its side effect on the warning filters, undone below)
    except ImportError:  # Sanic comes with Rasa; without it there is nothing to undo
        pass
    filters = cast(List[Any], warnings.filters)  # a list, though typeshed calls it a Sequence
    while SANICS_FILTER in filters:
        filters.remove(SANICS_FILTER)
    for message, module in LIBRARY_WARNINGS:
        warnings.filterwarnings("ignore", message=message, category=DeprecationWarning, module=module)
