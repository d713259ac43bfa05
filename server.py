"""The PersonalMem REST API: ``uvicorn server:app`` or ``personalmem serve``.

Everything lives in ``agent.api``; this module only exposes the ASGI app at the place the
CLI, the Dockerfile and the tests start it from.
"""

from __future__ import annotations

from agent.api.app import create_app

app = create_app()
