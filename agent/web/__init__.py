"""The web page served at ``/``: plain HTML, CSS and JavaScript modules in ``static/``.

Nothing is built and nothing comes from another host: the page talks to this server's own
REST API (``agent/api/web_page.py`` serves it).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def static_dir() -> Path:
    """The folder of the page's files (a plain directory in the wheel and in a checkout)."""
    return Path(str(files("agent.web") / "static"))
