"""End to end in a real browser: Playwright driving Debian's Chromium against ``tiku serve``.

Register, log in, open a problem, type a solution into the editor, submit, watch the per-test
progress, see AC; then a wrong solution and its failing test; switch the interface language.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service.postgres import free_port
from tests.service.support import CLIMB_AC, CLIMB_WA, make_small_bank

CHROMIUM = "/usr/bin/chromium"
DIST = Path(__file__).resolve().parents[2] / "tiku" / "web" / "static" / "dist" / "editor.js"
pytestmark = pytest.mark.slow


def _require(condition: bool, why: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _require(Path(CHROMIUM).exists(), f"{CHROMIUM} is missing (apt-get install chromium)")
    _require(
        DIST.is_file(), "the editor bundle is not built (cd frontend && npm ci && npm run build)"
    )
    base = tmp_path_factory.mktemp("browser")
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tiku.web",
            "serve",
            "--data-dir",
            str(base / "data"),
            "--bank",
            str(make_small_bank(base / "bank")),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "TIKU_DEFAULT_LOCALE": "en"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
            ],
        )
        yield b
        b.close()


def _type_solution(page, source: str) -> None:  # type: ignore[no-untyped-def]
    editor = page.locator("#editor .cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    # one input event, as a paste or an IME commit: the editor does not re-indent it
    page.keyboard.insert_text(source)


def test_register_solve_and_switch_language(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context = browser.new_context(locale="en-US")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_default_timeout(30_000)

    page.goto(server + "/register")
    page.fill("input[name=username]", "browser-user")
    page.fill("input[name=password]", "password123")
    page.fill("input[name=password2]", "password123")
    page.click("form.auth button[type=submit]")
    expect(page).to_have_url(server + "/problems")
    page.click("form.inline button")  # log out, then log in again
    page.goto(server + "/login")
    page.fill("input[name=username]", "browser-user")
    page.fill("input[name=password]", "password123")
    page.click("form.auth button[type=submit]")
    expect(page.locator("header .who")).to_have_text("browser-user")

    page.click('a[href="/problems/climbing-stairs"]')
    expect(page.locator("h1").first).to_contain_text("Climbing Stairs")
    expect(page.locator("#editor .cm-content")).to_contain_text("class Solution")
    expect(page.locator("textarea#source")).to_be_hidden()  # CodeMirror took over

    _type_solution(page, CLIMB_AC)
    page.click("#submit-button")
    rows = page.locator("#progress-tests tbody tr")
    expect(rows.first).to_be_visible()
    expect(page.locator("#final-verdict")).to_have_text("AC", timeout=60_000)
    assert rows.count() > 3
    assert set(page.locator("#progress-tests [data-verdict]").all_inner_texts()) == {"AC"}
    expect(page.locator("#history")).to_contain_text("AC")

    _type_solution(page, CLIMB_WA)
    page.click("#submit-button")
    expect(page.locator("#final-verdict")).to_have_text("WA", timeout=60_000)
    failing = page.locator('#progress-tests [data-verdict="WA"]')
    expect(failing).to_have_count(1)
    expect(page.locator("#progress-tests tbody tr").last).to_contain_text("expected")

    # the code language switch: an emptied editor gets the C++ starter, highlighted as C++
    _type_solution(page, "")
    page.select_option("#language", "cpp17")
    expect(page.locator("#editor .cm-content")).to_contain_text("vector<int>& broken")
    expect(page.locator("#editor .cm-content")).to_have_attribute("data-language", "cpp")
    # the interface language switch: statement and interface follow
    page.click("#lang-switch")
    expect(page.locator("header nav a").first).to_have_text("题目")
    expect(page.locator("h1").first).to_contain_text("爬楼梯")
    page.click("#lang-switch")
    expect(page.locator("header nav a").first).to_have_text("Problems")
    assert not [e for e in errors if "Content Security Policy" in e or "Uncaught" in e], errors
    context.close()
