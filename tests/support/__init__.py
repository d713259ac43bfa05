"""Test harness helpers (servers started as real processes on 127.0.0.1)."""
