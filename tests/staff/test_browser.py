"""A real browser drives the staff page: headless Chromium through selenium, against
`python -m bot staff` running as its own process with the real model.

Type a Welsh message and see the Welsh reply with the English beside it; press a button; upload a
CSV of 50 messages and see the summary and the charts; download the CSV; switch the page to Welsh.
Screenshots of each page go to results/browser/ (the README shows copies committed as
results/staff-try.png and results/staff-report.png).

Without Chromium and chromedriver (Debian's `chromium` and `chromium-driver`; `make test` installs
them where it can) the test is skipped and says why.
"""
from __future__ import annotations

import csv
import io
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from nlu.model import PROJECT_DIR

HERE = Path(__file__).resolve().parent
FIFTY = HERE / "fifty_messages.csv"
SCREENSHOTS = PROJECT_DIR / "results" / "browser"
WELSH_MESSAGE = "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu"
# Chromium's own background connections are refused on a closed network: switch them all off.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB")


def _tool(variable: str, name: str) -> str | None:
    path = os.environ.get(variable) or shutil.which(name) or f"/usr/bin/{name}"
    return path if os.path.exists(path) else None


CHROMIUM = _tool("CHROMIUM", "chromium")
CHROMEDRIVER = _tool("CHROMEDRIVER", "chromedriver")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def page_url():
    """`python -m bot staff` on a free port, until the module's tests are done."""
    port = free_port()
    env = dict(os.environ, STAFF_PORT=str(port), STAFF_HOST="127.0.0.1", LOG_LEVEL="DEBUG")
    env.pop("STAFF_ACCESS_CODE", None)
    process = subprocess.Popen([sys.executable, "-m", "bot", "staff"], cwd=PROJECT_DIR, env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    seen: list = []
    threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                assert process.poll() is None, "the staff page stopped while starting"
                continue
            seen.append(line)
            if "Staff page ready" in line:
                break
        else:
            pytest.fail("the staff page did not start within 180 s")
        yield f"http://127.0.0.1:{port}", lambda: seen + _drain(lines)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        while not lines.empty():
            seen.append(lines.get())


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Chromium or chromedriver is not installed (Debian packages chromium and "
                    "chromium-driver; `make browser` installs them as root with apt-get)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "intl.accept_languages": "en-GB,en"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver, css: str, timeout: float = 60):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def screenshot(driver, name: str, height: int | None = None) -> Path:
    """The page at 1280 px wide, as tall as it is (or `height`), saved under results/browser/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    full = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(height or full, full) + 140)
    path = SCREENSHOTS / name
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1000)
    return path


def test_a_school_tries_a_welsh_message_then_checks_a_list_of_fifty(browser, page_url):
    from selenium.webdriver.common.by import By

    url, server_log = page_url
    driver = browser

    # Try a message: the Welsh reply first, the English beside it, the assessment in plain words.
    driver.get(url + "/")
    driver.find_element(By.ID, "text").send_keys(WELSH_MESSAGE)
    driver.find_element(By.CSS_SELECTOR, ".try-form button[type=submit]").click()
    wait_for(driver, ".phone")
    phones = driver.find_elements(By.CSS_SELECTOR, ".phone")
    assert [p.get_attribute("lang") for p in phones] == ["cy", "en"]
    welsh, english = (p.find_element(By.CSS_SELECTOR, ".bubble.from-bot").text for p in phones)
    assert "Paid â thalu" in welsh and "Childline" in welsh and "Saesneg yn unig" in welsh
    assert "Don't pay" in english and "Childline" in english and "CEOP" in english
    understood = driver.find_element(By.CSS_SELECTOR, ".assessment").text
    assert "Sextortion" in understood and "Welsh" in understood
    buttons = [b.text for b in phones[1].find_elements(By.CSS_SELECTOR, ".kb-row button")]
    assert {"Talk to a person now", "What else can I do?", "Yes", "No, it's something else"} <= set(buttons), buttons
    screenshot(driver, "staff-try.png")

    # A button answers as on Telegram: the English column gets the people to talk to now.
    driver.find_elements(By.CSS_SELECTOR, ".phone")[1].find_element(
        By.XPATH, ".//button[normalize-space()='Talk to a person now']").click()
    wait_for(driver, ".pressed")
    english_column = driver.find_elements(By.CSS_SELECTOR, ".phone")[1].text
    assert "Button pressed: Talk to a person now" in english_column
    assert "You can talk to a person now:" in english_column and "Samaritans" in english_column

    # Run a list: upload 50 messages, see the summary and the charts.
    driver.get(url + "/list")
    driver.find_element(By.ID, "file").send_keys(str(FIFTY))
    driver.find_element(By.CSS_SELECTOR, ".list-form button[type=submit]").click()
    wait_for(driver, ".report", timeout=120)
    assert "50 messages, checked on" in driver.find_element(By.CSS_SELECTOR, ".report-meta").text
    cards = {c.find_element(By.CSS_SELECTOR, ".label").text: c.find_element(By.CSS_SELECTOR, ".value").text
             for c in driver.find_elements(By.CSS_SELECTOR, ".stat")}
    counted = sum(int(cards[label]) for label in ("Emergencies", "Concerns, not emergencies",
                                                 "Asking for advice", "Ordinary messages"))
    assert counted == 50 and int(cards["Emergencies"]) >= 8
    charts = driver.find_elements(By.CSS_SELECTOR, ".chart img")
    assert len(charts) == 3   # treated as, services named, agreement
    assert all(driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 100", img)
               for img in charts)
    assert len(driver.find_elements(By.CSS_SELECTOR, "table.rows tbody tr")) == 50
    screenshot(driver, "staff-report.png", height=1700)

    # Download the results as CSV: one row per message, in the report's order.
    driver.find_element(By.ID, "download").click()
    downloaded = _wait_for_download(driver.downloads)
    rows = list(csv.DictReader(io.StringIO(downloaded.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 50 and {r["topic"] for r in rows} >= {"sextortion", "self_harm", "advice"}
    assert sorted(int(r["line"]) for r in rows) == list(range(2, 52))

    # The page's own text in Welsh with the switch.
    driver.find_element(By.CSS_SELECTOR, ".switch a[lang=cy]").click()
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy"
    assert driver.find_element(By.TAG_NAME, "h1").text != "Check a list of messages"

    # Nothing typed or uploaded reached the server's log, even at DEBUG.
    log = "".join(server_log())
    assert WELSH_MESSAGE not in log and "bygwth" not in log and "blackmailed" not in log


def _drain(lines: queue.Queue[str]) -> list:
    drained = []
    while not lines.empty():
        drained.append(lines.get())
    return drained


def _wait_for_download(folder: Path, timeout: float = 30) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if p.suffix == ".csv"]
        if done:
            return done[0]
        time.sleep(0.2)
    pytest.fail(f"no CSV was downloaded within {timeout} s")
