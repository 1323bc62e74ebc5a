"""What the API and pages let in, in-process: escaping, the write token, body and text limits,
path traversal, the Content-Security-Policy on every response, no CORS, bad posted text."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.article import Article
from marsad.pipeline import Pipeline
from marsad.store import Store, open_store
from tests.test_store import VOWELLED, analyzer

__all__ = ["analyzer"]  # the session fixture, shared with test_store

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
XSS = "<script>alert('x')</script> عاجل"  # "breaking", after a script tag
# "The delegation arrived in Amman this morning."
NEWS = "وصل الوفد إلى عمان صباح اليوم."


@pytest.fixture
def store(tmp_path: Path, analyzer: Pipeline) -> Iterator[Store]:
    with open_store(tmp_path / "security.db") as opened:
        opened.add(analyzer(Article(text=f"{XSS}\n\n{VOWELLED}", title=XSS)))
        yield opened


@pytest.fixture
def client(store: Store, analyzer: Pipeline) -> Iterator[TestClient]:
    app = create_app(store, write_token=TOKEN, analyzer=analyzer, max_chars=200)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_article_text_and_title_are_escaped(client: TestClient) -> None:
    article_id = client.get("/api/articles").json()["items"][0]["id"]
    for html in (client.get("/", params={"q": "الحوار"}).text, client.get(f"/articles/{article_id}").text):
        assert "<script>" not in html
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


def test_search_query_is_escaped(client: TestClient) -> None:
    html = client.get("/", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_token_compared_in_constant_time(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def compare(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return original(a, b)

    monkeypatch.setattr("marsad.api.hmac.compare_digest", compare)
    response = client.post("/api/articles", json={"text": NEWS}, headers={"Authorization": "Bearer guess"})
    assert (response.status_code, compared) == (401, [(b"guess", TOKEN.encode())])


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_read_only_without_a_token(store: Store, analyzer: Pipeline, method: str) -> None:
    with TestClient(create_app(store, analyzer=analyzer)) as client:
        response = client.request(method, "/api/articles", json={"text": NEWS}, headers=AUTH)
    assert response.status_code in (403, 405)
    assert store.count() == 1


def test_chunked_body_without_length_is_cut_off(client: TestClient) -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(100):
            sent += 1
            yield b"x" * 10_000

    response = client.post("/api/articles", content=chunks(), headers=AUTH)  # max_chars=200: ~66 kB
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "ContentTooLarge"
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


def test_content_length_over_the_limit(client: TestClient) -> None:
    response = client.post("/api/articles", content=b"{}", headers={**AUTH, "Content-Length": "99999999"})
    assert (response.status_code, response.json()["error"]["type"]) == (413, "ContentTooLarge")


def test_posted_text_over_max_chars(client: TestClient, store: Store) -> None:
    response = client.post("/api/articles", json={"text": "ن" * 201}, headers=AUTH)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "InputError"
    assert "201 characters, over the 200 limit" in error["message"]
    assert store.count() == 1


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"text": "   "}', "has no article text"),
        (b'{"text": "\\u200f\\u202e"}', "only invisible characters"),  # bidi controls alone
        (b'{"text": "x", "title": "\\udc00"}', "unpaired surrogate \\udc00 in its title field"),
        (b'{"text": "x", "url": "\\ud800"}', "unpaired surrogate \\ud800 in its url field"),
    ],
)
def test_bad_posted_text_is_a_400(client: TestClient, store: Store, body: bytes, problem: str) -> None:
    response = client.post(
        "/api/articles", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert problem in response.json()["error"]["message"]
    assert store.count() == 1


def test_surrogate_in_posted_text_is_refused(client: TestClient) -> None:
    response = client.post(
        "/api/articles", content=b'{"text": "\\ud800"}', headers={**AUTH, "Content-Type": "application/json"}
    )
    assert (response.status_code, response.json()["error"]["type"]) == (422, "InvalidRequest")


def test_nul_and_bidi_controls_are_cleaned(client: TestClient) -> None:
    # "arrived" after a right-to-left override and before a NUL, then "the delegation".
    body = b'{"text": "\\u202e\\u0648\\u0635\\u0644\\u0000 \\u0627\\u0644\\u0648\\u0641\\u062f"}'
    response = client.post(
        "/api/articles", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 201
    assert client.get(f"/api/articles/{response.json()['id']}").json()["text"] == "وصل الوفد"


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../etc/passwd",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/static/%252e%252e/%252e%252e/etc/passwd",
        "/static/....//....//etc/passwd",
        "/static/..\\..\\api.py",
        "/static/%2e%2e/api.py",
        "/static//etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/articles/..%2f..%2fetc%2fpasswd",
    ],
)
def test_no_path_traversal(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/", 200),
        ("GET", "/static/style.css", 200),
        ("GET", "/static/nope.css", 404),
        ("GET", "/api/articles?limit=0", 422),
        ("GET", "/api/articles/nope", 404),
        ("GET", "/articles/nope", 404),
        ("GET", "/openapi.json", 200),
        ("GET", "/docs", 200),
        ("POST", "/api/articles", 401),
        ("DELETE", "/api/articles", 405),
    ],
)
def test_csp_on_every_response(client: TestClient, method: str, path: str, status: int) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_csp_on_an_internal_error(store: Store, analyzer: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(store, "search", broken)
    with TestClient(create_app(store, analyzer=analyzer), raise_server_exceptions=False) as client:
        response = client.get("/api/articles")
    assert response.status_code == 500
    assert response.json()["error"] == {
        "status": 500,
        "type": "InternalError",
        "message": "internal error: see the server log",
    }
    assert "a bug" not in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


@pytest.mark.parametrize("path", ["/", "/api/articles", "/static/style.css"])
def test_no_cors(client: TestClient, path: str) -> None:
    origin = {"Origin": "https://evil.example"}
    assert "access-control-allow-origin" not in client.get(path, headers=origin).headers
    preflight = client.options(path, headers={**origin, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-methods" not in preflight.headers
