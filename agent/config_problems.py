"""What a configuration problem is, and the one way it is reported to a person.

A misconfigured setting should stop the program at start with a line that names the
variable and says how to fix it, not with a traceback minutes later at the first request.
The checks (``agent.config_check``, ``agent.model_check``) return ``ConfigProblem`` values;
the entry points (CLI, server start-up) raise or print a ``ConfigError`` built from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

#: Exit status of a program stopped by a configuration problem (as for a command-line misuse).
EXIT_CONFIG = 2


@dataclass(frozen=True)
class ConfigProblem:
    """One setting that cannot work: which variable, what is wrong, what to do about it."""

    variable: str
    problem: str
    fix: str
    #: The exception behind the problem, shown only when asked for (``--debug``).
    cause: BaseException | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.variable}: {self.problem}. Fix: {self.fix}."


class ConfigError(Exception):
    """The configuration has problems; ``str()`` is the message to show, without traceback."""

    def __init__(self, problems: Sequence[ConfigProblem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"PersonalMem cannot start: {count} configuration problem"
                 f"{'' if count == 1 else 's'}."]
        lines += [f"  - {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))

    @property
    def causes(self) -> list[BaseException]:
        return [p.cause for p in self.problems if p.cause is not None]
