"""marsad's one exception tree. The core raises; the edges (CLI, API, batch) decide what to show.

MarsadError                 status 500
├── InputError              status 400  unusable input: names the input and why
├── StageError              status 500  a stage failed: names the stage and the article
└── StoreError              status 500
    └── NotFound            status 404
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""

    status = 500


class InputError(MarsadError):
    """An input cannot be used; the message names the input and the problem."""

    status = 400

    def __init__(self, input_name: str, problem: str) -> None:
        self.input_name = input_name
        self.problem = problem
        super().__init__(f"{input_name}: {problem}")


class StageError(MarsadError):
    """A pipeline stage failed on an article."""

    def __init__(self, stage: str, article_id: str, problem: str) -> None:
        self.stage = stage
        self.article_id = article_id
        super().__init__(f"stage {stage} failed on article {article_id or '(no id)'}: {problem}")


class StoreError(MarsadError):
    """The store cannot do what was asked."""


class NotFound(StoreError):
    """A stored thing does not exist."""

    status = 404
