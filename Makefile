# Two entry points for a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint eval clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(BIN)/marsad

setup: $(BIN)/marsad

# The main job on the embedded default: analyze the bundled example articles, print contract JSON lines.
run: setup
	$(BIN)/marsad analyze --format jsonl examples/

lint: setup
	$(BIN)/ruff check marsad tests train bench
	$(BIN)/ruff format --check marsad tests train bench
	$(BIN)/mypy

test: setup lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
