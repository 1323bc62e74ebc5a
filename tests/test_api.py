"""The REST API and pages in-process (FastAPI's TestClient): shapes, errors, the write token, security."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.article import Article, Source
from marsad.pipeline import Pipeline
from marsad.store import Store, open_store
from tests.test_store import VISIT, VOWELLED, analyzer, annotated

__all__ = ["analyzer"]  # the session fixture, shared with test_store

TOKEN = "s3cret-token"
XSS = "<script>alert('x')</script> عاجل"  # "breaking", after a script tag in the title


@pytest.fixture
def store(tmp_path: Path, analyzer: Pipeline) -> Iterator[Store]:
    with open_store(tmp_path / "api.db") as opened:
        visit = annotated(analyzer, VISIT, "زيارة إلى إيران")
        visit = dataclasses.replace(visit, source=Source(url="javascript:alert(1)", outlet="وكالة"))
        opened.add_many([visit, analyzer(Article(text=VOWELLED, title=XSS))])
        yield opened


@pytest.fixture
def client(store: Store, analyzer: Pipeline) -> Iterator[TestClient]:
    with TestClient(create_app(store, write_token=TOKEN, analyzer=analyzer)) as test_client:
        yield test_client


def test_list_and_search(client: TestClient) -> None:
    body = client.get("/api/articles", params={"q": "ايران"}).json()
    assert body["total"] == 1
    item = body["items"][0]
    assert (item["title"], item["published"], item["source"]) == (
        "زيارة إلى إيران",
        "2018-02-18",
        {"url": "javascript:alert(1)", "outlet": "وكالة"},
    )
    assert set(item) == {"id", "title", "published", "language", "source", "duplicate_of", "snippet"}
    assert client.get("/api/articles").json()["total"] == 2
    assert client.get("/api/articles", params={"limit": 1, "offset": 1}).json()["items"][0]["title"]


def test_article_is_contract_json(client: TestClient, store: Store, contract: dict[str, object]) -> None:
    import jsonschema

    article_id = client.get("/api/articles", params={"q": "العراق"}).json()["items"][0]["id"]
    doc = client.get(f"/api/articles/{article_id}").json()
    jsonschema.validate(doc, contract)
    assert doc == store.get(article_id)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/api/articles/nope", "NotFound"),
        ("/api/entities/nope", "NotFound"),
        ("/api/nothing-here", "NotFound"),
    ],
)
def test_404_shape(client: TestClient, path: str, kind: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    error = response.json()["error"]
    assert (set(error), error["status"], error["type"]) == ({"status", "type", "message"}, 404, kind)


def test_validation_error_shape(client: TestClient) -> None:
    response = client.get("/api/articles", params={"limit": 0})
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "InvalidRequest"
    assert "limit" in response.json()["error"]["message"]


def test_entities_and_events(client: TestClient) -> None:
    body = client.get("/api/entities", params={"q": "العراق", "label": "LOC"}).json()
    assert [(e["name"], e["country"], e["articles"]) for e in body["items"]] == [("العراق", "IRQ", 1)]
    minister = client.get("/api/entities", params={"label": "PER"}).json()["items"][0]
    entity = client.get(f"/api/entities/{minister['id']}").json()
    assert (entity["name"], len(entity["articles"]), len(entity["quotes"]), len(entity["events"])) == (
        "مولود جاويش أوغلو",
        1,
        1,
        1,
    )
    events = client.get(
        "/api/events", params={"actor": "TUR", "from": "2018-02-01", "to": "2018-02-28"}
    ).json()
    assert events["total"] == 1
    assert (events["items"][0]["cameo"], events["items"][0]["target"]["name"]) == ("036", "العراق")
    assert client.get("/api/events", params={"to": "2018-01-01"}).json()["total"] == 0


def test_post_needs_the_token(client: TestClient) -> None:
    article = {"text": "وصل الوفد العراقي إلى عمان صباح اليوم.", "title": "وصول الوفد"}
    missing = client.post("/api/articles", json=article)
    wrong = client.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"})
    assert (missing.status_code, wrong.status_code) == (401, 401)
    assert missing.json()["error"]["type"] == "Unauthorized"
    assert missing.headers["www-authenticate"] == "Bearer"
    good = client.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert (good.status_code, good.json()["stored"]) == (201, True)
    again = client.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert (again.status_code, again.json()) == (200, {**good.json(), "stored": False})
    assert client.get("/api/articles", params={"q": "عمان"}).json()["total"] == 1


def test_read_only_without_token(store: Store, analyzer: Pipeline) -> None:
    with TestClient(create_app(store, analyzer=analyzer)) as client:
        response = client.post("/api/articles", json={"text": "نص"}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "Forbidden"


def test_body_limit(store: Store, analyzer: Pipeline) -> None:
    with TestClient(create_app(store, write_token=TOKEN, analyzer=analyzer, max_body=1000)) as client:
        response = client.post(
            "/api/articles", json={"text": "ن" * 2000}, headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "ContentTooLarge"
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


def test_security_headers_and_no_cors(client: TestClient) -> None:
    response = client.get("/", headers={"Origin": "https://evil.example"})
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in response.headers


def test_title_escaped(client: TestClient) -> None:
    article_id = client.get("/api/articles", params={"q": "الحوار"}).json()["items"][0]["id"]
    for html in (client.get("/").text, client.get(f"/articles/{article_id}").text):
        assert "<script>" not in html
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; عاجل" in html


def test_unsafe_source_url_not_linked(client: TestClient) -> None:
    article_id = client.get("/api/articles", params={"q": "ايران"}).json()["items"][0]["id"]
    html = client.get(f"/articles/{article_id}").text
    assert 'href="javascript' not in html


def test_pages_and_offline_docs(client: TestClient) -> None:
    home = client.get("/", params={"q": "ايران"})
    assert home.status_code == 200
    assert '<html lang="ar" dir="rtl">' in home.text
    assert "زيارة إلى إيران" in home.text
    minister = client.get("/api/entities", params={"label": "PER"}).json()["items"][0]
    page = client.get(f"/entities/{minister['id']}").text
    assert 'class="network"' in page and 'class="map"' in page and "الملفات الإقليمية" in page
    missing = client.get("/articles/nope")
    assert (missing.status_code, "غير موجود" in missing.text) == (404, True)
    docs = client.get("/docs").text
    assert "/api/articles/{article_id}" in docs
    assert client.get("/openapi.json").json()["info"]["title"] == "marsad"
    for html in (home.text, page, docs):
        assert "http://" not in html and "https://" not in html  # nothing loaded from elsewhere
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/../api.py").status_code == 404
    assert client.get("/static/%2e%2e/api.py").status_code == 404
