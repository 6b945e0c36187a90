"""The REST API: problems, languages, submissions, runs, tokens, errors and the rate limit."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.service.support import CLIMB_AC, CLIMB_WA
from tests.web.conftest import bearer
from tiku.service import Tiku


def _error(r, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_openapi_document(client: TestClient) -> None:
    doc = client.get("/api/v1/openapi.json").json()
    paths = set(doc["paths"])
    assert {
        "/api/v1/problems",
        "/api/v1/problems/{problem_id}",
        "/api/v1/languages",
        "/api/v1/submissions",
        "/api/v1/submissions/{submission_id}",
        "/api/v1/runs",
    } <= paths
    assert all(p.startswith("/api/v1/") for p in paths)  # pages are not in the API document


def test_problem_list_filters_and_search(client: TestClient) -> None:
    everything = client.get("/api/v1/problems").json()
    assert everything["total"] == 3
    assert {p["id"] for p in everything["items"]} == {
        "climbing-stairs",
        "knapsack-01",
        "two-sum-data-structure",
    }
    dp = client.get("/api/v1/problems", params={"category": "dp"}).json()
    assert {p["id"] for p in dp["items"]} == {"climbing-stairs", "knapsack-01"}
    assert client.get("/api/v1/problems", params={"q": "楼梯"}).json()["items"][0]["id"] == (
        "climbing-stairs"
    )
    assert client.get("/api/v1/problems", params={"q": "STAIRS broken"}).json()["total"] == 1
    assert client.get("/api/v1/problems", params={"q": "不存在的题目"}).json()["total"] == 0
    assert client.get("/api/v1/problems", params={"tag": "fibonacci"}).json()["total"] == 1
    assert client.get("/api/v1/problems", params={"difficulty": "hard", "q": "zzz"}).json() == {
        "items": [],
        "total": 0,
    }
    _error(
        client.get("/api/v1/problems", params={"difficulty": "impossible"}), 422, "invalid_request"
    )


def test_problem_detail(client: TestClient) -> None:
    p = client.get("/api/v1/problems/climbing-stairs").json()
    assert p["title"]["zh"] and p["title"]["en"]
    assert set(p["statement"]) == {"zh", "en"}
    assert "class Solution" in p["starter_code"]["python3"]
    assert "climbStairs" in p["starter_code"]["python3"]
    assert p["samples"] and p["version"]
    assert "analysis" not in p
    _error(client.get("/api/v1/problems/no-such-problem"), 404, "not_found")


def test_languages(client: TestClient) -> None:
    langs = {lang["id"]: lang for lang in client.get("/api/v1/languages").json()}
    assert langs["python3"]["default"] is True


def test_auth_is_required_and_checked(client: TestClient) -> None:
    _error(client.get("/api/v1/submissions"), 401, "unauthorized")
    _error(client.get("/api/v1/me", headers=bearer("tk_wrong")), 401, "unauthorized")
    _error(client.get("/api/v1/me", headers={"Authorization": "Basic abc"}), 401, "unauthorized")


def test_submit_and_get_verdicts(client: TestClient, api_token: str) -> None:
    h = bearer(api_token)
    r = client.post(
        "/api/v1/submissions",
        headers=h,
        json={"problem": "climbing-stairs", "language": "python3", "source": CLIMB_AC},
    )
    assert r.status_code == 201, r.text
    sub = r.json()
    assert sub["status"] in ("pending", "judging", "done")
    assert r.headers["location"] == f"/api/v1/submissions/{sub['id']}"
    done = client.get(f"/api/v1/submissions/{sub['id']}", params={"wait_s": 60}, headers=h).json()
    assert done["status"] == "done" and done["verdict"] == "AC"
    assert len(done["tests"]) == done["test_count"] > 3
    assert all(t["verdict"] == "AC" for t in done["tests"])

    wrong = client.post(
        "/api/v1/submissions",
        headers=h,
        json={"problem": "climbing-stairs", "language": "python3", "source": CLIMB_WA},
    ).json()
    wrong = client.get(
        f"/api/v1/submissions/{wrong['id']}", params={"wait_s": 60}, headers=h
    ).json()
    assert wrong["verdict"] == "WA"
    assert wrong["tests"][-1]["verdict"] == "WA" and "expected" in wrong["tests"][-1]["message"]

    listed = client.get("/api/v1/submissions", headers=h).json()["items"]
    assert [s["id"] for s in listed] == [wrong["id"], done["id"]]
    only = client.get("/api/v1/submissions", params={"problem": "knapsack-01"}, headers=h).json()
    assert only["items"] == []
    me = client.get("/api/v1/problems", params={"status": "solved"}, headers=h).json()
    assert [p["id"] for p in me["items"]] == ["climbing-stairs"]


def test_submissions_are_private(client: TestClient, tiku: Tiku, api_token: str) -> None:
    sub = client.post(
        "/api/v1/submissions",
        headers=bearer(api_token),
        json={"problem": "knapsack-01", "language": "python3", "source": "print(0)"},
    ).json()
    tiku.accounts.create_user("snoop", "password123")
    other = tiku.accounts.create_token("snoop")
    _error(client.get(f"/api/v1/submissions/{sub['id']}", headers=bearer(other)), 404, "not_found")


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"problem": "nope", "language": "python3", "source": "x"}, 404, "not_found"),
        ({"problem": "knapsack-01", "language": "cobol", "source": "x"}, 400, "invalid_request"),
        (
            {"problem": "knapsack-01", "language": "python3", "source": "   "},
            400,
            "invalid_request",
        ),
        (
            {"problem": "knapsack-01", "language": "python3", "source": "x" * 70_000},
            400,
            "invalid_request",
        ),
        ({"problem": "knapsack-01"}, 422, "invalid_request"),
    ],
)
def test_bad_submissions(
    client: TestClient, api_token: str, body: dict[str, str], status: int, code: str
) -> None:
    _error(client.post("/api/v1/submissions", headers=bearer(api_token), json=body), status, code)


def test_custom_run(client: TestClient, api_token: str) -> None:
    r = client.post(
        "/api/v1/runs",
        headers=bearer(api_token),
        json={
            "problem": "climbing-stairs",
            "language": "python3",
            "source": CLIMB_AC,
            "input": "[5, [2]]",
        },
    )
    assert r.status_code == 200, r.text
    assert r.json()["verdict"] == "OK"
    assert r.json()["output"].strip() == "2"


def test_cookie_sessions_need_csrf_on_the_api(client: TestClient) -> None:
    from tests.web.conftest import register

    token = register(client, "cookie-user")
    body = {"problem": "knapsack-01", "language": "python3", "source": "print(0)"}
    _error(client.post("/api/v1/submissions", json=body), 403, "csrf_failed")
    r = client.post("/api/v1/submissions", json=body, headers={"X-CSRF-Token": token})
    assert r.status_code == 201


def test_rate_limit(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.service.support import make_small_bank
    from tiku.service import Settings
    from tiku.web import create_app

    t = Tiku(
        Settings(
            data_dir=tmp_path / "d",
            bank_root=make_small_bank(tmp_path / "b"),
            submit_rate_per_min=2,
            run_rate_per_min=1,
        )
    )
    t.start()
    try:
        t.accounts.create_user("fast", "password123")
        h = bearer(t.accounts.create_token("fast"))
        with TestClient(create_app(tiku=t)) as c:
            body = {"problem": "knapsack-01", "language": "python3", "source": "print(0)"}
            assert c.post("/api/v1/submissions", json=body, headers=h).status_code == 201
            assert c.post("/api/v1/submissions", json=body, headers=h).status_code == 201
            r = c.post("/api/v1/submissions", json=body, headers=h)
            _error(r, 429, "rate_limited")
            assert int(r.headers["retry-after"]) >= 1
            run = {**body, "input": "1 1\n1 1\n"}
            assert c.post("/api/v1/runs", json=run, headers=h).status_code == 200
            _error(c.post("/api/v1/runs", json=run, headers=h), 429, "rate_limited")
    finally:
        t.close()
