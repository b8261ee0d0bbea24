"""Settings of the staff page from environment variables, validated with clear errors."""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from typing import Mapping, Optional

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
MIN_CODE_LENGTH = 6


class StaffSettingsError(ValueError):
    """One or more settings are wrong; the message lists every problem."""


@dataclass(frozen=True)
class StaffSettings:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    access_code: Optional[str] = None

    def __repr__(self) -> str:  # never print the access code
        code = "set" if self.access_code else None
        return f"StaffSettings(host={self.host!r}, port={self.port!r}, access_code={code})"

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


def is_loopback(host: str) -> bool:
    """Whether only this computer can reach the address (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_staff_settings(env: Mapping[str, str] = os.environ) -> StaffSettings:
    problems = []
    host = env.get("STAFF_HOST", "").strip() or DEFAULT_HOST
    if any(c.isspace() for c in host) or "/" in host:
        problems.append(f"STAFF_HOST must be an address such as 127.0.0.1 or 0.0.0.0, not {host!r}")

    port_text = env.get("STAFF_PORT", "").strip() or str(DEFAULT_PORT)
    port = int(port_text) if port_text.isdigit() and 0 < int(port_text) < 65536 else None
    if port is None:
        problems.append(f"STAFF_PORT must be a port number from 1 to 65535, not {port_text!r}")

    code = env.get("STAFF_ACCESS_CODE", "").strip() or None
    if code is not None and len(code) < MIN_CODE_LENGTH:
        problems.append(f"STAFF_ACCESS_CODE must be at least {MIN_CODE_LENGTH} characters long")
    if not problems and not is_loopback(host) and code is None:
        problems.append(
            f"STAFF_HOST={host} lets other computers reach the page: set STAFF_ACCESS_CODE too "
            f"(at least {MIN_CODE_LENGTH} characters), or leave STAFF_HOST unset for this computer only")

    if problems or port is None:
        raise StaffSettingsError("; ".join(problems))
    return StaffSettings(host=host, port=port, access_code=code)
