"""The pages in a real headless Chromium (Debian's /usr/bin/chromium through Playwright) over uvicorn."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.pipeline import Pipeline
from marsad.store import open_store
from tests.test_store import VISIT, analyzer, annotated

__all__ = ["analyzer"]  # the session fixture, shared with test_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium: apt-get install -y chromium"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path, analyzer: Pipeline) -> Iterator[tuple[str, str]]:
    """(base url, article id) of a uvicorn server in a thread over a store with one annotated article."""
    import uvicorn

    from marsad.api import create_app

    store = open_store(tmp_path / "web.db")
    article = annotated(analyzer, VISIT, "وزير الخارجية التركي يزور إسطنبول ويبحث ملف العراق")
    store.add(article)
    port = free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 10 s")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", article.id
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


def test_article_page_in_chromium(served: tuple[str, str]) -> None:
    from playwright.sync_api import sync_playwright

    base, article_id = served
    ARTIFACTS.mkdir(exist_ok=True)
    elsewhere: list[str] = []
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("request", lambda r: None if r.url.startswith(base) else elsewhere.append(r.url))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.goto(f"{base}/articles/{article_id}")
            assert page.evaluate("document.documentElement.dir") == "rtl"
            assert page.evaluate("document.documentElement.lang") == "ar"
            marks = page.locator(".text .ent")
            assert marks.all_inner_texts() == ["وزير الخارجية التركي", "إسطنبول", "العراق"]
            assert page.locator(".text .ent-PER").count() == 1
            # The stylesheet loaded: a PER mention has its own background, not the page's.
            background = page.locator(".text .ent-PER").evaluate("e => getComputedStyle(e).backgroundColor")
            assert background == "rgb(219, 233, 255)"
            # Right-to-left layout: the text column starts at the right, the quotes aside sits to its left.
            text_box = page.locator("section.text").bounding_box()
            aside_box = page.locator("aside.side").bounding_box()
            assert text_box is not None and aside_box is not None and aside_box["x"] < text_box["x"]
            assert "الملفات الإقليمية" in page.locator("blockquote").first.inner_text()
            page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
            page.locator(".text .ent-PER").click()
            page.wait_for_selector("svg.network")
            assert page.locator("svg.map .place").count() == 1
            page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)
        finally:
            browser.close()
    assert (elsewhere, problems) == ([], [])  # nothing fetched from elsewhere, no CSP or script errors
