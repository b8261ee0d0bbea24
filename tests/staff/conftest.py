"""The staff page's handlers through aiohttp's own test client, with the real model.

`page()` gives a small synchronous client (no pytest plugin needed): get/post return the status,
headers and text, and the client keeps the page's cookies like a browser.
"""
from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

import pytest
from aiohttp import FormData
from aiohttp.test_utils import TestClient, TestServer

from bot.staff_page.app import make_app
from bot.staff_page.settings import StaffSettings


@dataclass
class Answer:
    status: int
    headers: dict
    text: str
    cookies: list

    def csrf(self) -> str:
        return re.search(r'name="csrf" value="([^"]+)"', self.text).group(1)


class Page:
    def __init__(self, app) -> None:
        self.loop = asyncio.new_event_loop()
        self.client = self.loop.run_until_complete(self._start(app))
        self._token = None

    @staticmethod
    async def _start(app) -> TestClient:
        # made inside the running loop, as aiohttp wants its server, session and connector made
        client = TestClient(TestServer(app))
        await client.start_server()
        return client

    def _answer(self, response) -> Answer:
        text = self.loop.run_until_complete(response.text())
        return Answer(response.status, response.headers, text, response.headers.getall("Set-Cookie", []))

    def get(self, path: str, **kwargs) -> Answer:
        kwargs.setdefault("allow_redirects", False)
        return self._answer(self.loop.run_until_complete(self.client.get(path, **kwargs)))

    def post(self, path: str, data, **kwargs) -> Answer:
        kwargs.setdefault("allow_redirects", False)
        return self._answer(self.loop.run_until_complete(self.client.post(path, data=data, **kwargs)))

    def token(self) -> str:
        """This browser's form token, as a page it loaded carries it."""
        if self._token is None:
            self._token = self.get("/").csrf()
        return self._token

    def try_message(self, text: str, **fields) -> Answer:
        return self.post("/", {"csrf": self.token(), "text": text, **fields})

    def upload(self, data: bytes, filename: str = "list.csv", **fields) -> Answer:
        form = FormData()
        form.add_field("csrf", self.token())
        for name, value in fields.items():
            form.add_field(name, value)
        form.add_field("file", data, filename=filename, content_type="text/csv")
        return self.post("/list", form)

    def paste(self, text: str, **fields) -> Answer:
        form = FormData()
        form.add_field("csrf", self.token())
        form.add_field("pasted", text)
        for name, value in fields.items():
            form.add_field(name, value)
        form.add_field("file", b"", filename="", content_type="application/octet-stream")
        return self.post("/list", form)

    def close(self) -> None:
        self.loop.run_until_complete(self.client.close())
        self.loop.close()


@pytest.fixture
def make_page(model):
    made = []

    def make(**settings) -> Page:
        page = Page(make_app(model, StaffSettings(**settings)))
        made.append(page)
        return page

    yield make
    for page in made:
        page.close()


@pytest.fixture
def page(make_page) -> Page:
    return make_page()
