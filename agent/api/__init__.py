"""The REST API: FastAPI routes over the same memory API, graph and runner the CLI uses.

One module per job: ``schemas`` (wire shapes and examples), ``errors`` (one error body),
``auth`` (who is calling), ``deps`` (shared dependencies and ownership checks),
``transcript`` (history as role/content), ``model_choice`` (a caller's model, checked early),
``routes_*`` (endpoints), ``langserve_routes`` (the /agent mount) and ``app`` (assembly and
lifespan).
"""
