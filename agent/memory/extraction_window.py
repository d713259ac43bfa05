"""How much of a message memory extraction reads: one bound for every extractor and the writer.

The rule patterns and the policy's checks cost more than linear time in what they read and
hold the GIL (the issue measured 2.2 s for 10k characters), so a long message could stall the
whole server. The facts worth keeping sit at the start of a message, not at character 15,000
of a pasted log, so extraction reads a fixed window: about 1,000 characters keeps the worst
message shapes measured under ~35 ms on a 2-core machine, whatever the message's length (see
``bench/run.py``). The cut falls before a partial word, so a secret cut in half (which the
secret filter might no longer recognise) is dropped, not kept.
"""

from __future__ import annotations

import re

MAX_EXTRACTION_CHARS = 1_000
_PARTIAL_WORD = re.compile(r"\S+$")


def extraction_window(text: str) -> str:
    """The start of ``text`` that extraction reads: at most ``MAX_EXTRACTION_CHARS``."""
    if len(text) <= MAX_EXTRACTION_CHARS:
        return text
    window = text[:MAX_EXTRACTION_CHARS]
    if text[MAX_EXTRACTION_CHARS].isspace():
        return window
    return _PARTIAL_WORD.sub("", window) or window
