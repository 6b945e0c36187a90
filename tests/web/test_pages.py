"""Pages: list, problem, concepts, accounts, CSRF, analysis hiding, progress, admin, languages."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from tests.service.support import CLIMB_AC, csrf_of
from tests.web.conftest import register
from tiku.service import Tiku
from tiku.web.i18n import Translator

WEB = Path(__file__).resolve().parents[2] / "tiku" / "web"


def test_problem_list_and_filters(client: TestClient) -> None:
    r = client.get("/problems", headers={"Accept-Language": "en"})
    assert r.status_code == 200
    assert "Climbing Stairs" in r.text and 'data-problem="knapsack-01"' in r.text
    r = client.get("/problems", params={"q": "楼梯"}, headers={"Accept-Language": "zh"})
    assert "爬楼梯" in r.text and 'data-problem="knapsack-01"' not in r.text
    fragment = client.get("/problems", params={"category": "dp"}, headers={"HX-Request": "true"})
    assert fragment.text.startswith('<div id="problem-table">')
    assert 'data-problem="two-sum-data-structure"' not in fragment.text
    # no CDN anywhere, and a strict CSP
    assert "https://" not in r.text.split("<main>")[0]
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_problem_page_hides_the_analysis(client: TestClient) -> None:
    r = client.get("/problems/climbing-stairs")
    assert r.status_code == 200
    assert 'id="show-analysis"' in r.text
    assert 'class="analysis markdown"' not in r.text  # not even hidden in the page
    assert "class Solution" in r.text  # starter code
    assert 'class="math-inline"' in r.text or 'class="math-block"' in r.text
    analysis = client.get("/problems/climbing-stairs/analysis")
    assert analysis.status_code == 200 and 'class="analysis markdown"' in analysis.text
    assert client.get("/problems/nope").status_code == 404
    assert client.get("/problems/Bad..Slug").status_code in (404, 422)


def test_register_login_logout_and_csrf(client: TestClient) -> None:
    token = register(client, "carol")
    assert "carol" in client.get("/problems").text
    # a form without the token is refused
    r = client.post("/logout", follow_redirects=False)
    assert r.status_code == 403
    r = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert "carol" not in client.get("/problems").text
    login_token = csrf_of(client.get("/login").text)
    bad = client.post(
        "/login", data={"username": "carol", "password": "nope-nope", "csrf_token": login_token}
    )
    assert bad.status_code == 401 and "flash error" in bad.text
    ok = client.post(
        "/login",
        data={
            "username": "carol",
            "password": "password123",
            "csrf_token": login_token,
            "next": "//evil.example",
        },
        follow_redirects=False,
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/problems"
    # the session (and its CSRF token) is new after logging in
    assert csrf_of(client.get("/problems").text) != login_token


def test_register_errors(client: TestClient) -> None:
    register(client, "dave")
    client.cookies.clear()
    token = csrf_of(client.get("/register").text)
    taken = client.post(
        "/register",
        data={
            "username": "dave",
            "password": "password123",
            "password2": "password123",
            "csrf_token": token,
        },
    )
    assert taken.status_code == 409
    short = client.post(
        "/register",
        data={"username": "eve", "password": "short", "password2": "short", "csrf_token": token},
    )
    assert short.status_code == 400


def test_submit_through_the_page_and_follow_events(client: TestClient) -> None:
    token = register(client, "frank")
    r = client.post(
        "/problems/climbing-stairs/submit",
        data={"language": "python3", "source": CLIMB_AC},
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
    )
    assert r.status_code == 201, r.text
    sid = r.json()["id"]
    events = []
    with client.stream("GET", f"/submissions/{sid}/events") as stream:
        for line in stream.iter_lines():
            if line.startswith("event: "):
                events.append(line[7:])
    assert events[-1] == "done"
    assert events.count("test") > 3
    page = client.get(f"/submissions/{sid}")
    assert 'id="final-verdict">AC<' in page.text
    assert "✓" in client.get("/problems").text
    analysis = client.get("/problems/climbing-stairs").text
    assert 'class="analysis markdown"' in analysis  # solved: shown at once
    progress = client.get("/progress").text
    assert 'id="solved-count">1<' in progress and "<svg" in progress


def test_submit_needs_a_login(client: TestClient) -> None:
    token = csrf_of(client.get("/problems").text)
    r = client.post(
        "/problems/climbing-stairs/submit",
        data={"language": "python3", "source": CLIMB_AC, "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert client.get("/progress", follow_redirects=False).status_code == 303


def test_custom_run_fragment(client: TestClient) -> None:
    token = register(client, "gina")
    r = client.post(
        "/problems/climbing-stairs/run",
        data={"language": "python3", "source": CLIMB_AC, "input": "[3, []]"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 200
    assert re.search(r'<pre class="run-output">3\s*</pre>', r.text)


def test_concepts(client: TestClient) -> None:
    listing = client.get("/concepts")
    assert 'href="/concepts/api-gateway"' in listing.text
    page = client.get("/concepts/api-gateway", headers={"Accept-Language": "zh"})
    assert page.status_code == 200
    assert "要点" in page.text
    assert 'class="mermaid"' in page.text
    assert client.get("/concepts/nope").status_code == 404


def test_language_switch(client: TestClient) -> None:
    zh = client.get("/problems", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert "题目" in zh.text and 'lang="zh-CN"' in zh.text
    r = client.get("/lang/en", params={"next": "/concepts"}, follow_redirects=False)
    assert r.headers["location"] == "/concepts"
    en = client.get("/problems", headers={"Accept-Language": "zh-CN"})
    assert ">Problems<" in en.text and 'lang="en"' in en.text
    assert client.get("/lang/fr").status_code == 404


def test_admin_reload(client: TestClient, tiku: Tiku) -> None:
    tiku.accounts.create_user("boss", "password123", is_admin=True)
    token = csrf_of(client.get("/login").text)
    client.post("/login", data={"username": "boss", "password": "password123", "csrf_token": token})
    token = csrf_of(client.get("/admin").text)
    r = client.post("/admin/reload", data={"csrf_token": token})
    assert r.status_code == 200 and 'id="reload-report"' in r.text
    client.cookies.clear()
    register(client, "notboss")
    assert client.get("/admin").status_code == 404


def test_every_interface_string_is_translated() -> None:
    strings: set[str] = set()
    for template in (WEB / "templates").glob("*.html"):
        for a, b in re.findall(r"""_\((?:"([^"]+)"|'([^']+)')\)""", template.read_text()):
            strings.add(a or b)
    zh = Translator().gettext("zh")
    missing = sorted(s for s in strings if zh(s) == s)
    assert missing == []
    from tiku.bank.schema import CATEGORIES

    assert all(zh("category:" + c) != "category:" + c for c in CATEGORIES)
