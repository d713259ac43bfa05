"""The size of one message, the same at every entry point: REST, /agent, the CLI and the library.

A message is embedded, checkpointed and read by the memory extractor; without one cap a single
huge message (the issue saw 1 MB through /agent) ties a worker up for minutes. The REST schemas,
the LangServe routes, the CLI and ``PersonalMemory`` all read ``MAX_MESSAGE_CHARS`` from here.
"""

from __future__ import annotations

MAX_MESSAGE_CHARS = 20_000


class MessageTooLong(ValueError):
    """A message longer than ``MAX_MESSAGE_CHARS``: refused whole, never truncated silently."""

    def __init__(self, length: int) -> None:
        super().__init__(f"A message may have at most {MAX_MESSAGE_CHARS} characters; this one "
                         f"has {length}.")
        self.length = length


def check_message(text: str) -> str:
    """``text`` unchanged, or ``MessageTooLong`` when it is over the cap."""
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessageTooLong(len(text))
    return text
