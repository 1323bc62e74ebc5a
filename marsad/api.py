"""The REST API and the Arabic web pages over a store (FastAPI); the only module that imports fastapi.

    create_app(store, write_token=None, analyzer=None) -> FastAPI
Read-only unless started with a write token; errors from /api come as one JSON shape,
{"error": {"status", "type", "message"}}, pages get the same status with an Arabic error page.
No CDN, no CORS, a Content-Security-Policy of 'self' and a request body limit.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.article import Article, Source
from marsad.errors import InputError, MarsadError
from marsad.store import Analyzer, Store, default_analyzer
from marsad.web import render

log = logging.getLogger("marsad.api")
WEB = Path(__file__).resolve().parent / "web"
MAX_CHARS = 1_000_000  # characters of article text, as `marsad analyze --max-chars`
# Bytes of request body when no max_body is given: 4 bytes per character (the UTF-8 worst case) of
# MAX_CHARS, plus room for the other fields. A long article is ~100 kB of UTF-8.
BODY_PER_CHAR, BODY_EXTRA = 4, 65_536
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

# Module level: FastAPI resolves these annotations by name (this module has postponed annotations).
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0)]


class ArticleIn(BaseModel):
    """An article to analyze and store."""

    text: str = Field(min_length=1, description="the article body; paragraphs separated by a blank line")
    title: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date")
    url: str | None = None
    outlet: str | None = None


def error_body(status: int, kind: str, message: str) -> dict[str, Any]:
    """The one error shape."""
    return {"error": {"status": status, "type": kind, "message": message}}


def _status_type(status: int) -> str:
    if status == 413:
        return "ContentTooLarge"  # RFC 9110's name; Python 3.11's HTTPStatus still says RequestEntityTooLarge
    try:
        return HTTPStatus(status).phrase.replace(" ", "").replace("-", "")
    except ValueError:
        return "Error"


class Guard:
    """ASGI middleware: security headers on every response, and 413 for a request body over the limit."""

    def __init__(
        self,
        app: ASGIApp,
        max_body: int = BODY_PER_CHAR * MAX_CHARS + BODY_EXTRA,
        on_crash: Callable[[Request], Response] | None = None,
    ) -> None:
        self.app = app
        self.max_body = max_body
        # The response to an unexpected exception. Here, not in an exception handler: Starlette runs
        # those in its outermost middleware, whose responses would miss the security headers.
        self.on_crash = on_crash

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            response = JSONResponse(error_body(413, "ContentTooLarge", self._too_large()), status_code=413)
            await response(scope, receive, send_secured)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:  # a chunked body without Content-Length
                raise HTTPException(413, self._too_large())
            return message

        try:
            await self.app(scope, limited, send_secured)
        except Exception:
            if started or self.on_crash is None:
                raise
            log.exception("internal error on %s %s", scope.get("method"), scope.get("path"))
            await self.on_crash(Request(scope))(scope, receive, send_secured)

    def _too_large(self) -> str:
        return f"request body over {self.max_body} bytes: send one article at a time"


def create_app(
    store: Store,
    *,
    write_token: str | None = None,
    analyzer: Analyzer | None = None,
    max_chars: int = MAX_CHARS,
    max_body: int | None = None,
) -> FastAPI:
    """The API and pages over an open store; POST /api/articles only with a write token.

    A posted article's text may hold up to max_chars characters; the request body up to max_body
    bytes (default: room for max_chars characters of UTF-8).
    """
    from marsad import __version__

    app = FastAPI(
        title="marsad",
        version=__version__,
        description="An offline, Arabic-native news observatory.",
        docs_url=None,  # Swagger UI loads its assets from a CDN: /docs is a local page instead
        redoc_url=None,
    )
    if max_body is None:
        max_body = BODY_PER_CHAR * max_chars + BODY_EXTRA
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    templates = Jinja2Templates(directory=WEB / "templates")
    templates.env.globals.update(
        labels=render.LABELS, quad_classes=render.QUAD_CLASSES, safe_url=render.safe_url
    )
    analyzers: list[Analyzer] = [analyzer] if analyzer else []

    def page(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=code)

    def failure(request: Request, status: int, kind: str, message: str, headers: Any = None) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse(error_body(status, kind, message), status_code=status, headers=headers)
        return page(request, "error.html", status, status=status, message=message)

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> Response:
        return failure(request, exc.status, type(exc).__name__, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return failure(request, exc.status_code, _status_type(exc.status_code), str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return failure(request, 422, "InvalidRequest", problems)

    def crash(request: Request) -> Response:
        return failure(request, 500, "InternalError", "internal error: see the server log")

    app.add_middleware(Guard, max_body=max_body, on_crash=crash)

    def authorize(request: Request) -> None:
        if write_token is None:
            raise HTTPException(403, "writes are disabled: start `marsad serve` with --write-token")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), write_token.encode()):
            raise HTTPException(
                401, "send the write token as Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"}
            )

    @app.get("/api/articles", tags=["articles"])
    def list_articles(q: str = "", limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        """Articles matching a folded full-text query (all when q is empty), best first."""
        total, items = store.search(q, limit=limit, offset=offset)
        return {"total": total, "items": items}

    @app.get("/api/articles/{article_id}", tags=["articles"], response_class=JSONResponse)
    def get_article(article_id: str) -> Response:
        """One article's contract JSON (shared/contract/article.schema.json)."""
        # Sent as stored: parsing and re-encoding every token's JSON cost more than the query.
        return Response(store.get_text(article_id).encode(), media_type="application/json")

    @app.post("/api/articles", tags=["articles"], status_code=201, dependencies=[Depends(authorize)])
    def post_article(body: ArticleIn, response: Response) -> dict[str, Any]:
        """Analyze and store one article (needs the write token); 200 when it was already stored."""
        from marsad.ingest.records import surrogate_problem, text_problem
        from marsad.stages.normalize import normalize

        problem = surrogate_problem(body.model_dump()) or text_problem(body.text, max_chars)
        if problem is not None:
            raise InputError("the posted article", problem.replace("--max-chars", "marsad serve --max-chars"))
        if not analyzers:
            analyzers.append(default_analyzer())
        source = Source(url=body.url, outlet=body.outlet) if body.url or body.outlet else None
        raw = normalize(Article(text=body.text, title=body.title, published=body.published, source=source))
        if not raw.text:
            raise InputError("the posted article", "has no article text (only invisible characters)")
        report = store.ingest([raw], analyzers[0])
        if report.errors:
            raise report.errors[0]
        if report.skipped:
            response.status_code = 200
        meta = store.article_meta(raw.id)
        return {"id": raw.id, "stored": bool(report.stored), "duplicate_of": meta["duplicate_of"]}

    @app.get("/api/entities", tags=["entities"])
    def list_entities(
        q: str = "",
        label: str | None = None,
        country: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Entities across articles (the registry), most-mentioned first; q matches the folded name."""
        total, items = store.entities(q or None, label, country, limit=limit, offset=offset)
        return {"total": total, "items": items}

    @app.get("/api/entities/{entity_id}", tags=["entities"])
    def get_entity(entity_id: str) -> dict[str, Any]:
        """One entity with its articles, quotes, events, places and actor network."""
        return store.entity(entity_id)

    @app.get("/api/events", tags=["events"])
    def list_events(
        actor: str | None = None,
        country: str | None = None,
        cameo: str | None = None,
        date_from: Annotated[str | None, Query(alias="from")] = None,
        date_to: Annotated[str | None, Query(alias="to")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Events by actor (CAMEO code prefix or entity id), country, CAMEO code prefix and date range."""
        total, items = store.events(actor, country, cameo, date_from, date_to, limit=limit, offset=offset)
        return {"total": total, "items": items}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, q: str = "", offset: Offset = 0) -> HTMLResponse:
        total, items = store.search(q, limit=20, offset=offset)
        _, entities = store.entities(q or None, limit=12)
        return page(request, "search.html", q=q, total=total, items=items, entities=entities, offset=offset)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        doc = store.get(article_id)
        meta = store.article_meta(article_id)
        names = {e["id"]: e["name"] for e in doc["entities"]}
        return page(
            request,
            "article.html",
            doc=doc,
            meta=meta,
            names=names,
            paragraphs=render.paragraphs(doc, meta["registry"]),
        )

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str) -> HTMLResponse:
        entity = store.entity(entity_id)
        return page(
            request,
            "entity.html",
            entity=entity,
            network=render.network(entity["network"]),
            places=render.map_points(entity["places"]),
            world=render.world_path(),
            graticule=render.graticule(),
            map_size=(render.MAP_WIDTH, render.MAP_HEIGHT),
            timeline=render.timeline(entity["events"]),
        )

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        spec = app.openapi()
        endpoints = [
            {
                "method": method.upper(),
                "path": path,
                "summary": op.get("summary", ""),
                "doc": op.get("description", ""),
            }
            for path, ops in spec["paths"].items()
            for method, op in ops.items()
        ]
        return page(request, "docs.html", endpoints=endpoints, version=spec["info"]["version"])

    return app
