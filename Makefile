# PersonalMem: `make demo` runs the offline demo, `make test` runs every check CI runs.
# Both do their own set-up on a fresh machine (a .venv at the repository root).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $(HOME)/.pyenv)
PY313 ?= $(firstword $(wildcard $(PYENV_ROOT)/versions/3.13*/bin/python3.13) python3.13)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MONGO_VENV := .venv-mongo
MONGO_STAMP := $(MONGO_VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export LANGGRAPH_CLI_NO_ANALYTICS := 1

.PHONY: help setup setup-mongo setup-browser demo chat serve test unit integration lint typecheck evals bench clean

help: ## List targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first and pinned: pip takes the CPU wheel from local disk (a bare torch is CUDA, GBs).
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

# The learned clause classifier, trained from the labelled data in the repository
# (deterministic, about six minutes on 2 cores); its weights are a build output, never committed.
# It reads messages cut by the rules' clause splitter, so a change there retrains it too.
LEARNED := agent/memory/extractors/learned
WEIGHTS := $(LEARNED)/weights/extractor.npz
$(WEIGHTS): $(STAMP) $(wildcard $(LEARNED)/training_data/*.jsonl) $(wildcard $(LEARNED)/*.py) \
		agent/memory/encoder.py agent/memory/extractors/rules/clauses.py
	$(BIN)/personalmem train-extractor --no-dev-report > /dev/null

setup: $(STAMP) $(WEIGHTS) ## Create .venv with the app, the CLI and dev tools

$(MONGO_STAMP):
	$(PY313) -m venv $(MONGO_VENV)
	$(MONGO_VENV)/bin/pip install -q "mongoeco[wire]==4.11.0"
	touch $(MONGO_STAMP)

setup-mongo: $(MONGO_STAMP) ## Python 3.13 venv with the MongoDB-wire test server (tests only)

# The web page test drives Debian's chromium through Playwright (no browser download).
CHROMIUM_INSTALL := apt-get update && apt-get install -y --no-install-recommends chromium
setup-browser: ## Debian's chromium for the web page test (apt-get as root; else prints how)
	@if command -v chromium > /dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive sh -c '$(CHROMIUM_INSTALL)'; \
	else echo "chromium is missing (the web page test needs it). As root, run:" >&2; \
		echo "  $(CHROMIUM_INSTALL)" >&2; fi

demo: setup ## Run the seed scenario on the embedded offline default
	$(BIN)/personalmem demo

chat: setup ## Interactive chat in the terminal
	$(BIN)/personalmem chat

serve: setup ## Start the REST API on 127.0.0.1:8000
	$(BIN)/personalmem serve

lint: setup ## ruff
	$(BIN)/ruff check .

typecheck: setup ## mypy (strict) on our packages
	$(BIN)/mypy

unit: setup ## Offline unit tests
	$(BIN)/pytest tests/unit -q

integration: setup setup-mongo setup-browser ## Real SQLite, Mongo-wire, uvicorn, chromium
	PERSONALMEM_MONGO_PYTHON=$(CURDIR)/$(MONGO_VENV)/bin/python $(BIN)/pytest tests/integration -q

evals: setup ## Offline evals with CI thresholds: dev sets, then the frozen test sets
	$(BIN)/personalmem eval --dataset evals/datasets --model offline --out reports/evals.json \
		--min-pass-rate 0.95 --max-false-store-rate 0.02
	$(BIN)/personalmem eval --dataset evals/datasets/dev_long --model offline \
		--out reports/dev_long.json --min-store-recall 0.65 --max-false-store-rate 0.10
	$(BIN)/personalmem eval --dataset evals/datasets/frozen_test --model offline \
		--out reports/frozen_test.json --no-show-failures \
		--min-pass-rate 0.75 --max-false-store-rate 0.065
	$(BIN)/personalmem eval --dataset evals/datasets/frozen_test/extra --model offline \
		--out reports/frozen_test_extra.json --no-show-failures \
		--min-pass-rate 0.68 --max-false-store-rate 0.09
	$(BIN)/personalmem eval --dataset evals/datasets/frozen_test/long --model offline \
		--out reports/frozen_test_long.json --no-show-failures \
		--min-store-recall 0.55 --max-false-store-rate 0.26

test: setup setup-mongo setup-browser lint typecheck ## Everything CI runs: lint, types, tests, evals
	PERSONALMEM_MONGO_PYTHON=$(CURDIR)/$(MONGO_VENV)/bin/python $(BIN)/pytest -q
	$(MAKE) evals

bench: setup setup-mongo ## Speed and token benchmarks (prints numbers)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/mongo_retrieve.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/extraction_tokens.py

clean: ## Remove venvs and local data
	rm -rf $(VENV) $(MONGO_VENV) data reports
