"""The eval runner: cases through ``PersonalMemory.observe`` (the graph's post-step), scored.

A fresh user per case; each inner list of ``chats`` is a new chat; every user message goes
through ``observe`` with the chat's previous assistant message as context. The cases are data
in ``evals/datasets`` (``personalmem eval`` / ``python -m evals``).
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.personal_memory import PersonalMemory
from agent.settings import Settings


@dataclass
class CaseResult:
    id: str
    tags: list[str]
    passed: bool
    set: str = ""
    failures: list[str] = field(default_factory=list)
    stored_total: int = 0
    stored_ok: int = 0
    recall_total: int = 0
    recall_ok: int = 0
    has_negative_checks: bool = False
    violated_negative: bool = False
    memories: list[str] = field(default_factory=list)


def load_cases(path: Path) -> list[dict[str, Any]]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"no .jsonl files in {path}")
    cases: list[dict[str, Any]] = []
    for file in files:
        for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{file}:{lineno}: invalid JSON ({exc})") from exc
            if "id" not in case or "chats" not in case:
                raise ValueError(f"{file}:{lineno}: a case needs 'id' and 'chats'")
            cases.append({**case, "set": file.stem})
    return cases


def run_case(case: dict[str, Any], mem: PersonalMemory, model: str | None = None
             ) -> CaseResult:
    user_id = f"eval-{uuid.uuid4().hex}"
    for chat in case["chats"]:
        chat_id = uuid.uuid4().hex
        previous: str | None = None
        for msg in chat:
            if msg["role"] == "assistant":
                previous = msg["content"]
                continue
            mem.observe(user_id, msg["content"], chat_id=chat_id, previous_assistant=previous,
                        model=model)
    return score_case(case, mem, user_id)


def score_case(case: dict[str, Any], mem: PersonalMemory, user_id: str) -> CaseResult:
    expect = case.get("expect") or {}
    memories = mem.list(user_id)
    texts = [m.text for m in memories]
    lowered = [t.lower() for t in texts]
    result = CaseResult(id=case["id"], tags=list(case.get("tags") or []), passed=True,
                        set=case.get("set", ""), memories=texts)
    for item in expect.get("stored", []):
        result.stored_total += 1
        needles = [s.lower() for s in item.get("contains", [])]
        if any(all(n in t for n in needles) for t in lowered):
            result.stored_ok += 1
        else:
            result.failures.append(f"expected a memory containing {item['contains']}; "
                                   f"have {texts}")
    not_stored = expect.get("not_stored", [])
    max_memories = expect.get("max_memories")
    result.has_negative_checks = bool(not_stored) or max_memories is not None
    for needle in not_stored:
        bad = [t for t in texts if needle.lower() in t.lower()]
        if bad:
            result.violated_negative = True
            result.failures.append(f"stored {needle!r} but must not: {bad}")
    if max_memories is not None and len(texts) > max_memories:
        result.violated_negative = True
        result.failures.append(f"{len(texts)} memories > max {max_memories}: {texts}")
    for item in expect.get("recall", []):
        result.recall_total += 1
        top = [m.text.lower() for m in mem.search(user_id, item["query"], limit=5)]
        needles = [s.lower() for s in item.get("contains", [])]
        if any(all(n in t for n in needles) for t in top):
            result.recall_ok += 1
        else:
            result.failures.append(f"recall {item['query']!r}: no top-5 memory containing "
                                   f"{item['contains']}")
    result.passed = not result.failures
    return result


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def _rates(results: list[CaseResult]) -> dict[str, Any]:
    """The headline numbers of a group of cases (a whole run, or one dataset file)."""
    negatives = [r for r in results if r.has_negative_checks]
    return {
        "cases": len(results),
        "passed": sum(r.passed for r in results),
        "pass_rate": _ratio(sum(r.passed for r in results), len(results)),
        "store_recall": _ratio(sum(r.stored_ok for r in results),
                               sum(r.stored_total for r in results)),
        "false_store_rate": _ratio(sum(r.violated_negative for r in negatives), len(negatives))
        if negatives else 0.0,
        "recall_at_5": _ratio(sum(r.recall_ok for r in results),
                              sum(r.recall_total for r in results)),
    }


def summarize(results: list[CaseResult], model: str, seconds: float) -> dict[str, Any]:
    per_tag: dict[str, list[CaseResult]] = defaultdict(list)
    for r in results:
        for tag in r.tags:
            per_tag[tag].append(r)
    per_set: dict[str, list[CaseResult]] = defaultdict(list)
    for r in results:
        per_set[r.set].append(r)
    return {
        "model": model,
        **_rates(results),
        "per_set": {name: _rates(rs) for name, rs in sorted(per_set.items())},
        "per_tag": {tag: {"cases": len(rs), "passed": sum(r.passed for r in rs),
                          "pass_rate": _ratio(sum(r.passed for r in rs), len(rs))}
                    for tag, rs in sorted(per_tag.items())},
        "seconds": round(seconds, 1),
        "results": [{"id": r.id, "set": r.set, "tags": r.tags, "passed": r.passed,
                     "failures": r.failures, "memories": r.memories} for r in results],
    }


def print_report(report: dict[str, Any], show_failures: bool = True) -> None:
    """The table per tag and per dataset file; failing cases unless told not to (a frozen
    test set is scored, never read case by case, or it stops being a test)."""
    print(f"\nPersonalMem evals  model={report['model']}  cases={report['cases']}  "
          f"({report['seconds']} s)")
    print(f"{'tag':<24}{'cases':>7}{'passed':>8}{'rate':>8}")
    for tag, row in report["per_tag"].items():
        print(f"{tag:<24}{row['cases']:>7}{row['passed']:>8}{row['pass_rate']:>8.2f}")
    print(f"\n{'set':<24}{'cases':>7}{'pass':>8}{'false-st':>9}{'recall':>8}{'r@5':>7}")
    for name, row in report["per_set"].items():
        print(f"{name:<24}{row['cases']:>7}{row['pass_rate']:>8.3f}{row['false_store_rate']:>9.3f}"
              f"{row['store_recall']:>8.3f}{row['recall_at_5']:>7.3f}")
    print("-" * 63)
    for key in ("pass_rate", "store_recall", "false_store_rate", "recall_at_5"):
        print(f"{key:<24}{report[key]:>23.4f}")
    failed = [r for r in report["results"] if not r["passed"]]
    if failed and show_failures:
        print(f"\n{len(failed)} failing case(s):")
        for r in failed[:40]:
            print(f"  {r['id']}: {r['failures'][0]}")


def main(dataset: Path, model: str, out: Path | None, min_pass_rate: float | None,
         max_false_store_rate: float | None, show_failures: bool = True,
         min_store_recall: float | None = None) -> int:
    """Run, print, write the report; non-zero exit when below the given thresholds."""
    cases = load_cases(dataset)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="personalmem-evals-") as tmp:
        mem = PersonalMemory(settings=Settings(data_dir=Path(tmp)))
        results = [run_case(case, mem, model) for case in cases]
        mem.close()
    report = summarize(results, model, time.perf_counter() - start)
    print_report(report, show_failures)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    failed = [f"{name} {report[name]} {'<' if floor else '>'} {limit}"
              for name, limit, floor in (("pass_rate", min_pass_rate, True),
                                         ("store_recall", min_store_recall, True),
                                         ("false_store_rate", max_false_store_rate, False))
              if limit is not None and (report[name] < limit if floor else report[name] > limit)]
    for failure in failed:
        print(f"FAIL: {failure}")
    return 1 if failed else 0
