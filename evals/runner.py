"""The eval runner lives in ``agent.evaluation`` (the library never imports this folder);
re-exported here beside the datasets it runs."""

from __future__ import annotations

from agent.evaluation import load_cases, main, run_case, score_case, summarize

__all__ = ["load_cases", "main", "run_case", "score_case", "summarize"]
