"""Schemathesis fuzzes every REST operation of a live server: no input may cause a 5xx.

Valid (positive) and invalid (negative) cases are generated from the live /openapi.json for
each operation; the only check is ``not_a_server_error``. The LangServe routes under /agent
are left out: their bodies are LangChain's own message schemas, not ours, and /agent is
covered in test_api.py. Bounded: ``MAX_EXAMPLES`` cases per operation and mode, no per-case
deadline (a turn embeds text).

Schemathesis' pytest integration (``from_fixture`` + ``parametrize``) fails on pytest 9 in
4.15 (it reads ``request.node._nodeid``), and loading the schema at collection time would
need a server before any fixture runs, so each operation's strategy runs under Hypothesis
inside one test, and every failing operation is reported at the end.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok

from tests.support.processes import uvicorn_server

MAX_EXAMPLES = 15
EXCLUDED_PREFIX = "/agent"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, schemathesis.BaseSchema]]:
    tmp = tmp_path_factory.mktemp("api-fuzz")
    env = {"PERSONALMEM_DATA_DIR": str(tmp / "data"), "MEM0_DIR": str(tmp / "data" / "mem0"),
           "MONGODB_URI": ""}
    with uvicorn_server(env, tmp / "server.log") as base:
        yield base, schemathesis.openapi.from_url(f"{base}/openapi.json")


def fuzz(operation: schemathesis.APIOperation, mode: GenerationMode, base: str) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=base, checks=[not_a_server_error], timeout=60)

    check()


def test_no_input_causes_a_server_error(live: tuple[str, schemathesis.BaseSchema]) -> None:
    base, schema = live
    operations = [r.ok() for r in schema.get_all_operations() if isinstance(r, Ok)]
    ours = [op for op in operations if not op.path.startswith(EXCLUDED_PREFIX)]
    assert len(ours) >= 17, [op.label for op in ours]
    failures: dict[str, str] = {}
    for operation in ours:
        for mode in GenerationMode:
            try:
                fuzz(operation, mode, base)
            except Unsatisfiable:
                # No invalid input exists (e.g. GET /health takes no parameters at all).
                assert mode is GenerationMode.NEGATIVE, operation.label
            except Exception as exc:  # noqa: BLE001 - collected and reported below
                failures[f"{operation.label} [{mode.value}]"] = str(exc)[:2000]
    assert not failures, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())
