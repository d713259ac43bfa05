"""``python -m evals ...`` is the same command as ``personalmem eval ...``."""

from agent.cli import app  # the same command as `personalmem eval`

if __name__ == "__main__":
    app(["eval", *__import__("sys").argv[1:]])
