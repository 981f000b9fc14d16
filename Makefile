# make run: build the example graph, validate it, run every query. make test: ruff, mypy, pytest.
# Both create .venv and install the project on first use (only Python 3.11 and pip are needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg

.PHONY: install run test lint bench real-eval clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

run: install
	mkdir -p out
	$(KG) build examples/ -o out/graph.ttl
	$(KG) validate out/graph.ttl
	$(KG) report out/graph.ttl -o out/report.html
	@for q in queries/*.rq; do echo; echo "== $$q"; $(KG) query $$q out/graph.ttl || exit $$?; done

lint: install
	$(BIN)/ruff check kg tests ontology/src eval/score_sets.py
	$(BIN)/mypy

test: lint
	$(BIN)/pytest --cov=kg.extract --cov-report=term --cov-fail-under=90

# make bench: views of a 100,000-triple graph, then kg on ARTICLES recombined articles -> bench/results.md.
ARTICLES ?= 1000
bench: install
	$(BIN)/python tests/bench.py --skip-build
	$(BIN)/python tests/bench_corpus.py --articles $(ARTICLES)

# Real published articles: texts are not in the repository (eval/real/README.md); REAL is a folder of <id>.txt,
# GOLD the set whose gold files to score them against (eval/real, eval/real-test, eval/real-blind, ...).
SCORER ?= ../shared/eval/score.py
GOLD ?= eval/real
real-eval: install
	@test -n "$(REAL)" || { echo "usage: make real-eval REAL=folder-of-texts [GOLD=eval/real-blind3]"; exit 2; }
	cp $(GOLD)/*.gold.json $(REAL)/
	$(PYTHON) $(SCORER) --kg $(KG) --queries queries -v $(REAL)

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
