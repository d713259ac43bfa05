"""Tools the model can call. The user id is always injected, never chosen by the model."""
