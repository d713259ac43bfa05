"""Months of real chat through the memory writer: how small a profile does a person get?

Reads LOCOMO-format conversations (two speakers, dated sessions). Each speaker in turn is
"the user", the other "the assistant"; each session is one chat, streamed in order through
``PersonalMemory.observe`` as a person's chats would arrive. Reported per stream: user turns,
memories kept, memories per 100 user turns, the memories, and sensitive ones (flagged, or
naming a sensitive category; the speakers never ask to be remembered, so any is a leak).
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.memory.lexicon import SENSITIVE
from agent.personal_memory import PersonalMemory
from agent.settings import Settings

MAX_PER_100_TURNS = 10.0


@dataclass(frozen=True)
class Stream:
    """One speaker's side of one conversation: chats of (role, text) turns."""

    id: str
    chats: list[list[tuple[str, str]]]

    @property
    def user_turns(self) -> int:
        return sum(role == "user" for chat in self.chats for role, _ in chat)


def load_streams(path: Path) -> list[Stream]:
    """Two streams per conversation, one per speaker."""
    streams: list[Stream] = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        conv = record["conversation"]
        keys = sorted((k for k in conv if k.startswith("session_") and
                       not k.endswith("date_time") and isinstance(conv[k], list)),
                      key=lambda k: int(k.split("_")[1]))
        for speaker in (conv["speaker_a"], conv["speaker_b"]):
            chats = [[("user" if turn["speaker"] == speaker else "assistant", turn["text"])
                      for turn in conv[key] if turn.get("text")] for key in keys]
            streams.append(Stream(f"{record.get('sample_id', 'conv')}:{speaker}", chats))
    return streams


def run_stream(stream: Stream, mem: PersonalMemory, model: str | None = None
               ) -> dict[str, Any]:
    user_id = f"stream-{uuid.uuid4().hex}"
    for chat in stream.chats:
        chat_id = uuid.uuid4().hex
        previous: str | None = None
        for role, text in chat:
            if role == "assistant":
                previous = text
                continue
            mem.observe(user_id, text, chat_id=chat_id, previous_assistant=previous,
                        model=model)
    memories = mem.list(user_id)
    turns = stream.user_turns
    sensitive = [m.text for m in memories if m.sensitive or SENSITIVE.search(m.text)]
    return {"stream": stream.id, "user_turns": turns, "memories": len(memories),
            "per_100_turns": round(100 * len(memories) / max(turns, 1), 2),
            "sensitive": sensitive, "texts": [m.text for m in memories]}


def main(path: Path, model: str, out: Path | None, max_per_100: float | None,
         max_sensitive: int | None) -> int:
    """Run every stream, print the table, write the report; non-zero on a threshold."""
    streams = load_streams(path)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="personalmem-streams-") as tmp:
        mem = PersonalMemory(settings=Settings(data_dir=Path(tmp)))
        rows = [run_stream(s, mem, model) for s in streams]
        mem.close()
    print(f"\nPersonalMem conversation streams  model={model}  streams={len(rows)}  "
          f"({time.perf_counter() - start:.0f} s)")
    print(f"{'stream':<24}{'turns':>7}{'memories':>10}{'per 100':>9}{'sensitive':>11}")
    for row in rows:
        print(f"{row['stream']:<24}{row['user_turns']:>7}{row['memories']:>10}"
              f"{row['per_100_turns']:>9.1f}{len(row['sensitive']):>11}")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"model": model, "streams": rows}, indent=2,
                                  ensure_ascii=False), encoding="utf-8")
    status = 0
    for row in rows:
        if max_per_100 is not None and row["per_100_turns"] > max_per_100:
            print(f"FAIL: {row['stream']} keeps {row['per_100_turns']} memories per 100 turns "
                  f"> {max_per_100}")
            status = 1
        if max_sensitive is not None and len(row["sensitive"]) > max_sensitive:
            print(f"FAIL: {row['stream']} kept sensitive memories: {row['sensitive']}")
            status = 1
    return status
