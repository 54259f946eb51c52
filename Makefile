# The pipeline. `make report` and `make test` are all a new machine needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
REPORT_ARGS ?=
export MPLBACKEND := Agg

.PHONY: report test lab eval build setup system benchmark clean help

help:
	@echo "make report    build the data and publish reports/latest/report.{html,pdf}"
	@echo "make test      run the test suite"
	@echo "make lab       JupyterLab on notebooks/ with the project's kernel"
	@echo "make eval      extraction precision/recall against tests/gold"
	@echo "make benchmark stage timings and extraction throughput"

# The environment is rebuilt only when it is missing or requirements changed.
$(READY): requirements.txt pyproject.toml scripts/setup-system.sh
	@scripts/setup-system.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . > $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	$(BIN)/python -m ipykernel install --sys-prefix --name parkmetrics --display-name "Python (parkmetrics)" >/dev/null
	@touch $(READY)

setup: $(READY)

system:
	@scripts/setup-system.sh

build: $(READY)
	$(BIN)/parkmetrics build

report: build
	$(BIN)/parkmetrics report $(REPORT_ARGS)

test: $(READY)
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -q

eval: $(READY)
	$(BIN)/parkmetrics eval tests/gold/seeds

lab: $(READY)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

benchmark: $(READY)
	$(BIN)/python benchmarks/report_stages.py
	$(BIN)/python benchmarks/extract_throughput.py

clean:
	rm -rf data/processed reports figures/*.png figures/*.svg
