"""The page's protections: security headers, CSRF tokens, and the access code.

- Every response carries a strict Content-Security-Policy (only this page's own files; images
  may be data: URIs, which is how the charts and nothing else arrive), no framing, no sniffing,
  no referrer to other sites, and no caching of what was typed.
- Every form POST carries a token that must match a cookie set by this page (SameSite=Strict,
  HttpOnly), and a POST that a browser says came from another site is refused.
- With STAFF_ACCESS_CODE set, the code is asked for once per browser session: a session cookie
  holds a keyed hash that only this running server can make.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque
from typing import Deque, Mapping, Optional, TypedDict

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}

CSRF_COOKIE = "staff_csrf"
CSRF_FIELD = "csrf"
ACCESS_COOKIE = "staff_access"


class CookieOptions(TypedDict):
    httponly: bool
    samesite: str
    path: str


COOKIE_OPTIONS: CookieOptions = {"httponly": True, "samesite": "Strict", "path": "/"}


def new_token() -> str:
    return secrets.token_urlsafe(32)


def _same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison that takes any text a browser sends (compare_digest refuses
    non-ASCII str, which would turn a forged token into an error page instead of a refusal)."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8", "replace"))


def token_matches(cookie: Optional[str], field: object) -> bool:
    """The form's token is this browser's (a field that is not text, such as a file, never is)."""
    return bool(cookie) and isinstance(field, str) and bool(field) and _same_secret(field, str(cookie))


def same_site(headers: Mapping[str, str], host: Optional[str], scheme: str) -> bool:
    """False when the browser says the request came from another site.

    Sec-Fetch-Site decides where the browser sends it; otherwise a real Origin must be this
    page's. ("null" or no Origin says nothing: the token decides, and the cookie is SameSite=Strict.)
    """
    fetch_site = headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = headers.get("Origin")
    if origin is not None and origin != "null" and host is not None:
        return origin == f"{scheme}://{host}"
    return True


class AccessGate:
    """The access code, and the session token given to a browser that knew it."""

    MAX_WRONG_PER_MINUTE = 10

    def __init__(self, code: Optional[str]) -> None:
        self.code = code
        self._key = secrets.token_bytes(32)   # new on every start: a restart asks again
        self._wrong: Deque[float] = deque()

    @property
    def enabled(self) -> bool:
        return self.code is not None

    def session_token(self) -> str:
        return hmac.new(self._key, b"staff page access", hashlib.sha256).hexdigest()

    def admits(self, cookie: Optional[str]) -> bool:
        return not self.enabled or (cookie is not None and _same_secret(cookie, self.session_token()))

    def too_many_tries(self, now: Optional[float] = None) -> bool:
        now = time.monotonic() if now is None else now
        while self._wrong and now - self._wrong[0] > 60:
            self._wrong.popleft()
        return len(self._wrong) >= self.MAX_WRONG_PER_MINUTE

    def check(self, attempt: str, now: Optional[float] = None) -> bool:
        """Whether the code is right; wrong tries are counted (at most 10 a minute are checked)."""
        if self.too_many_tries(now):
            return False
        right = self.code is not None and _same_secret(attempt.strip(), self.code)
        if not right:
            self._wrong.append(time.monotonic() if now is None else now)
        return right
