# Two commands do all set-up on a fresh machine:
#   make run    installs agency-kg and builds the graph of seeds/ into exports/
#   make test   installs agency-kg with its dev extra and runs the tests
PYTHON ?= python3
PIP = $(PYTHON) -m pip

.PHONY: install install-dev run test score score-heldout

install:
	$(PIP) install -q -e .

install-dev:
	$(PIP) install -q -e '.[dev]'

run: install
	$(PYTHON) -m kg build seeds --out exports

test: install-dev
	$(PYTHON) -m pytest

score: install-dev
	$(PYTHON) ../shared/eval/score.py --corpus seeds ../shared/eval/gold --ontology ontology/*.ttl

# Held-out reports of the genre (not seeds) with our own gold, to check that rules generalise.
score-heldout: install-dev
	$(PYTHON) ../shared/eval/score.py --corpus tests/heldout/reports tests/heldout/gold --ontology ontology/*.ttl
