# SellerDesk: `make run` to try it, `make test` for everything CI checks.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PG_URL := postgres:///postgres?host=/var/run/postgresql
# make run PORT=8001 serves on another port.
PORT ?= 8000
export DJANGO_ALLOW_ASYNC_UNSAFE := true

.PHONY: run test venv lint migrations-check pytest smoke readme-check dbcheck fixtures seed screenshots bench bench-web checker-eval checker-model clean

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || \
	  { echo "SellerDesk needs Python 3.12 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1). Install it (pyenv install 3.12) or run: make PYTHON=python3.12 ..."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

# Development settings for every manage.py command (see scripts/write_dotenv.py).
.env:
	$(PYTHON) scripts/write_dotenv.py $@

run: venv .env
	DEBUG=true $(BIN)/python manage.py migrate --no-input
# Adds what is new in the shipped data; never undoes what staff edited (see README).
	DEBUG=true $(BIN)/python manage.py syncseed
	DEBUG=true $(BIN)/python manage.py demo_login
# The .mo files are committed; recompile them when gettext is installed.
	if command -v msgfmt >/dev/null; then DEBUG=true $(BIN)/python manage.py compilemessages -v0 --ignore=.venv; fi
	DEBUG=true $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
# Settings refuse to load without a SECRET_KEY unless DEBUG is on.
	DEBUG=true $(BIN)/mypy

migrations-check: venv
	DEBUG=true $(BIN)/python manage.py makemigrations --check --dry-run

dbcheck: venv
	@DATABASE_URL="$${DATABASE_URL:-$(PG_URL)}" $(BIN)/python scripts/dbcheck.py

# DEBUG=true only picks development defaults at import (plain static files, no HTTPS
# redirect); pytest-django still runs every test with DEBUG off.
# One worker per core (at most four), each with its own test database (test_…_gw0, _gw1, …).
pytest: venv dbcheck
	DEBUG=true DATABASE_URL="$${DATABASE_URL:-$(PG_URL)}" $(BIN)/pytest -n auto --maxprocesses 4 $(PYTEST_ARGS)

# The newcomer's path: migrate and sync the seed data on SQLite, then the main pages answer.
smoke: venv
	rm -f var/smoke.sqlite3
	DEBUG=true DATABASE_URL=sqlite:///var/smoke.sqlite3 $(BIN)/python manage.py migrate --no-input -v 0
	DEBUG=true DATABASE_URL=sqlite:///var/smoke.sqlite3 $(BIN)/python manage.py syncseed -v 0
	DEBUG=true DATABASE_URL=sqlite:///var/smoke.sqlite3 $(BIN)/python manage.py smoke

test: lint migrations-check pytest smoke

# A fresh clone of the committed HEAD runs every manage.py command in the README as written
# (see scripts/check_readme.py; about 35 s). tests/test_tooling.py runs it too.
readme-check: venv
	$(BIN)/python scripts/check_readme.py

# The shipped templates are authored in letters/seed/templates/ (and the directory in the
# CSVs under fixtures/): rebuild the fixtures and the gettext strings modules from them.
# tests/letters/test_seed_files.py fails while a generated file is out of date.
seed: venv
	DEBUG=true $(BIN)/python scripts/build_seed.py

# Against a running server with the demo team: see scripts/screenshots.py.
screenshots: venv
	$(BIN)/python scripts/screenshots.py

bench: venv
	$(BIN)/python bench/render_and_check.py
	$(BIN)/python bench/diff_worst_case.py

# Every page's server CPU against two floor views, then 50 clients for 20 s, under gunicorn
# on its own PostgreSQL database (created and dropped): see bench/web.py. About 3 minutes.
bench-web: venv
	$(BIN)/python bench/web.py $(BENCH_ARGS)

# Precision and recall of the checker on the labelled corpus (tests/checker_corpus/); no database.
checker-eval: venv
	DEBUG=true DJANGO_SETTINGS_MODULE=sellerdesk.settings $(BIN)/python scripts/checker_eval.py $(EVAL_ARGS)

# Retrain the checker's second opinion from the corpus (after any corpus change); no database.
# MODEL_ARGS=--cross-validate measures it on letters it was not trained on and writes nothing.
checker-model: venv
	DEBUG=true DJANGO_SETTINGS_MODULE=sellerdesk.settings $(BIN)/python scripts/train_checker_model.py $(MODEL_ARGS)

clean:
	rm -rf $(VENV) var staticfiles
