# Two entry points for a fresh machine with Python 3.11 and make: `make run` and `make test`.
# Debian's /usr/bin/python3.11 first when it can make a venv: it is a static PGO + LTO build, and the
# pipeline runs 5-30 % faster on it than on a pyenv build of 3.11 (shared libpython, no PGO; docs/scale.md).
PYTHON ?= $(shell for p in /usr/bin/python3.11 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import ensurepip, venv' 2>/dev/null && command -v $$p && break; done)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint browser clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(BIN)/marsad

setup: $(BIN)/marsad

# The main job on the embedded default: ingest the bundled examples into an SQLite store and serve the
# Arabic pages and the API on http://127.0.0.1:8000 (rerunning skips what is already stored).
run: setup
	$(BIN)/marsad ingest examples/ --db marsad.db
	$(BIN)/marsad serve --db marsad.db

# The browser test drives Debian's chromium; installed here when missing and we may (root), else it skips.
browser:
	@command -v chromium >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
		echo "chromium not installed: the browser test will skip"

lint: setup
	$(BIN)/ruff check marsad tests train bench
	$(BIN)/ruff format --check marsad tests train bench
	$(BIN)/mypy

test: setup lint browser
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
