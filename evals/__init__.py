"""The store-vs-not-store eval suite: JSONL cases plus one runner."""
