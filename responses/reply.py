"""The Reply contract: what the bot sends back."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import List, Tuple


@dataclass(frozen=True)
class Reply:
    text: str
    signposts: List[str] = field(default_factory=list)   # service ids, most urgent first
    advice: List[str] = field(default_factory=list)      # advice ids
    buttons: List[Tuple[str, str]] = field(default_factory=list)  # (label, action)

    def as_dict(self) -> dict:
        return asdict(self)
