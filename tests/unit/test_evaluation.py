"""The eval runner: exact case format in, report fields and exit status out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CASES = [
    {"id": "pos-name", "tags": ["name"],
     "chats": [[{"role": "user", "content": "My name is Honda."}],
               [{"role": "user", "content": "What is my name?"}]],
     "expect": {"stored": [{"contains": ["Honda"]}], "max_memories": 1,
                "recall": [{"query": "What is my name?", "contains": ["Honda"]}]}},
    {"id": "neg-task", "tags": ["task_context"],
     "chats": [[{"role": "user", "content": "Help me debug this: def add(a,b): return a-b"}]],
     "expect": {"not_stored": ["add"], "max_memories": 0}},
    {"id": "bad-expectation", "tags": ["name"],
     "chats": [[{"role": "user", "content": "My name is Ana."}]],
     "expect": {"not_stored": ["Ana"]}},
]


def run(dataset: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "evals", "--dataset", str(dataset),
                           "--model", "offline", "--out", str(out), *extra],
                          capture_output=True, text=True, timeout=240, env={**os.environ})


def test_report_fields_and_threshold_exit_status(tmp_path: Path) -> None:
    dataset = tmp_path / "cases.jsonl"
    dataset.write_text("\n".join(json.dumps(c) for c in CASES) + "\n")
    out = tmp_path / "report.json"
    ok = run(dataset, out, "--min-pass-rate", "0.6", "--max-false-store-rate", "0.5")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    report = json.loads(out.read_text())
    by_id = {r["id"]: r for r in report["results"]}
    assert by_id["pos-name"]["passed"] and by_id["neg-task"]["passed"]
    assert not by_id["bad-expectation"]["passed"]
    assert "Ana" in by_id["bad-expectation"]["failures"][0]
    assert report["cases"] == 3 and report["passed"] == 2
    assert report["pass_rate"] == round(2 / 3, 4)
    assert report["store_recall"] == 1.0 and report["recall_at_5"] == 1.0
    # all three cases have negative checks (pos-name via max_memories); one violates them
    assert report["false_store_rate"] == round(1 / 3, 4)
    assert report["per_tag"]["name"] == {"cases": 2, "passed": 1, "pass_rate": 0.5}
    assert "pass_rate" in ok.stdout and "task_context" in ok.stdout
    failing = run(dataset, out, "--min-pass-rate", "0.95")
    assert failing.returncode == 1 and "FAIL: pass_rate" in failing.stdout
    leaky = run(dataset, out, "--max-false-store-rate", "0.2", "--min-store-recall", "1.0")
    assert leaky.returncode == 1 and "FAIL: false_store_rate" in leaky.stdout
    assert "FAIL: store_recall" not in leaky.stdout
