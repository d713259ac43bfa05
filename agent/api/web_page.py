"""The web page at ``/`` (chat and memory manager) and its assets under ``/ui``.

The page is static: its JavaScript calls the same REST endpoints any client uses, so it has
no privileged access. Its Content-Security-Policy allows this origin only, so the page can
neither load nor send anything to another host.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from agent.web import static_dir

PAGE_URL = "/"
ASSETS_URL = "/ui"

#: Same origin only; no inline script or style; the export download uses a blob: URL.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def install_web_page(app: FastAPI) -> None:
    """Serve ``index.html`` at ``/`` and the files next to it under ``/ui``."""
    folder = static_dir()
    app.mount(ASSETS_URL, StaticFiles(directory=folder), name="ui-assets")

    @app.api_route(PAGE_URL, methods=["GET", "HEAD"], include_in_schema=False)
    async def web_page() -> FileResponse:
        return FileResponse(folder / "index.html", media_type="text/html", headers={
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "Cache-Control": "no-cache",
            "X-Content-Type-Options": "nosniff",
        })
