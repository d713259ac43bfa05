"""What the learned extractor predicts: a kind per clause and value spans per token."""

from __future__ import annotations

KINDS = ("none", "name", "role", "employer", "location", "preference", "dislike", "goal",
         "language", "constraint", "family_pet", "interest", "sensitive", "secret", "forget",
         "forget_all", "temporary_name")
# Kinds whose value is a span of the user's words (tagged token by token).
SLOTS = ("name", "role", "employer", "location", "language", "interest", "family_pet")
TAGS = ("O", *(f"{prefix}-{slot}" for slot in SLOTS for prefix in ("B", "I")))
# Kinds that become a memory from the clause itself, rewritten in the third person.
PHRASE_KINDS = frozenset({"preference", "dislike", "goal", "constraint", "family_pet",
                          "sensitive"})
# Kinds that are never stored as they are: refused, commands, or for this chat only.
NEVER_STORED = frozenset({"secret", "forget", "forget_all", "temporary_name"})
