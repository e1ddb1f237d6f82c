# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Every core runs tests (pytest-xdist); PYTEST_ARGS="-n 0" runs them in one process
PYTEST_ARGS ?= -n auto

.PHONY: run test lint format check messages install demo clean

$(BIN)/activate: requirements.txt requirements-dev.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(BIN)/activate

install: $(BIN)/activate

## Create the venv, install, migrate, load the demo content and serve on http://127.0.0.1:8000
## with the background worker beside it (Ctrl-C stops both)
run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) db_worker --backend background --queue-name '*' & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

demo: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content

## Lint, system checks, migrations check and every test
test: install lint check
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

## Extract the interface texts into locale/da and compile them
messages: install
	$(MANAGE) makemessages -l da --ignore=.venv --ignore=static --ignore=media
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) static media db.sqlite3 artifacts
