"""Personal memory: the mem0 adapter, extraction, write policy and reconciliation."""
