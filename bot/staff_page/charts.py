"""The summary's charts: horizontal bars drawn by matplotlib (no display), as SVG data URIs.

An SVG data URI in an <img> prints sharply and needs nothing but `img-src data:` in the page's
Content-Security-Policy (an inline <svg> would need inline styles, which the policy forbids).
"""
from __future__ import annotations

import base64
import io
import textwrap
from dataclasses import dataclass
from typing import Any, Sequence, Tuple

import matplotlib

matplotlib.use("Agg")  # never a window: the page draws on the server, with no display

from matplotlib.figure import Figure  # noqa: E402

# Colours that keep their meaning in black and white print too (different lightness).
RED = "#b3261e"
AMBER = "#c77700"
BLUE = "#1f5fa8"
GREY = "#8a8f98"
TEAL = "#00796b"
GREEN = "#2e7d32"
LIGHT = "#d9dde3"


@dataclass(frozen=True)
class Chart:
    title: str
    data_uri: str
    description: str   # the numbers in words, for the alt text


def _svg_uri(figure: Figure) -> str:
    out = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "staff-page"}):
        figure.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def _label(text: str) -> str:
    """Long labels on two lines, so the bars keep their room."""
    return "\n".join(textwrap.wrap(text, 24)) or text


def _figure(count: int) -> Tuple[Figure, Any]:  # (figure, axes); matplotlib 3.5 has no types
    figure = Figure(figsize=(5.6, 0.6 + 0.38 * max(count, 1)), dpi=100)
    axes = figure.add_subplot()
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="y", length=0, labelsize=10)
    axes.tick_params(axis="x", labelsize=9, colors="#444444")
    axes.xaxis.get_major_locator().set_params(integer=True)
    return figure, axes


def bar_chart(title: str, bars: Sequence[Tuple[str, int, str]]) -> Chart:
    """Bars of (label, value, colour), top to bottom, each with its value written at its end."""
    figure, axes = _figure(len(bars))
    labels = [_label(label) for label, _v, _c in bars][::-1]
    values = [value for _l, value, _c in bars][::-1]
    colours = [colour for _l, _v, colour in bars][::-1]
    positions = range(len(bars))
    axes.barh(list(positions), values, color=colours, height=0.62)
    axes.set_yticks(list(positions), labels)
    top = max(values + [1])
    axes.set_xlim(0, top * 1.12 + 0.5)
    for position, value in zip(positions, values, strict=True):
        axes.text(value + top * 0.01 + 0.05, position, str(value), va="center", fontsize=10)
    return Chart(title=title, data_uri=_svg_uri(figure),
                 description="; ".join(f"{label}: {value}" for label, value, _c in bars))


def agreement_chart(title: str, bars: Sequence[Tuple[str, int, int]], agreed_word: str,
                    other_word: str) -> Chart:
    """Per expected topic, (label, agreed, total): agreed in green, the rest in light grey."""
    figure, axes = _figure(len(bars))
    labels = [_label(label) for label, _a, _t in bars][::-1]
    agreed = [a for _l, a, _t in bars][::-1]
    rest = [t - a for _l, a, t in bars][::-1]
    positions = list(range(len(bars)))
    axes.barh(positions, agreed, color=GREEN, height=0.62, label=agreed_word)
    axes.barh(positions, rest, left=agreed, color=LIGHT, height=0.62, label=other_word)
    axes.set_yticks(positions, labels)
    top = max([a + r for a, r in zip(agreed, rest, strict=True)] + [1])
    axes.set_xlim(0, top * 1.18 + 0.5)
    for position, a, r in zip(positions, agreed, rest, strict=True):
        axes.text(a + r + top * 0.01 + 0.05, position, f"{a}/{a + r}", va="center", fontsize=10)
    axes.legend(loc="lower right", frameon=False, fontsize=9, bbox_to_anchor=(1.0, 1.0), ncol=2)
    return Chart(title=title, data_uri=_svg_uri(figure),
                 description="; ".join(f"{label}: {a}/{t}" for label, a, t in bars))
