"""The PersonalMem REST API: ``uvicorn server:app`` or ``personalmem serve``.

Everything lives in ``agent.api``; this module only exposes the ASGI app at the place the
CLI, the Dockerfile and the tests start it from.
"""

from __future__ import annotations

import sys

from agent.api.app import create_app
from agent.config_problems import EXIT_CONFIG, ConfigError

try:
    app = create_app()
except ConfigError as error:
    # A configuration problem is for a person to fix, not a bug: the message, no traceback.
    sys.stderr.write(f"{error}\n")
    raise SystemExit(EXIT_CONFIG) from None
