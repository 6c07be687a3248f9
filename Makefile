# Pas à Pas: `make run` for a local site, `make test` for the whole suite.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
STAMP := $(VENV)/.installed
# Ralph, the reference LRS (xAPI), in a virtualenv of its own: its pins differ from the site's.
LRS_VENV ?= .venv-lrs
LRS_STAMP := $(LRS_VENV)/.installed
# Python 3.13 for Ralph: the one named by LRS_PYTHON, else pyenv's 3.13, else the PATH's.
LRS_PYTHON ?= $(shell for c in "$$HOME/.pyenv/versions/3.13.0/bin/python" "$$(pyenv prefix 3.13 2>/dev/null)/bin/python" python3.13; do \
	p=$$(command -v "$$c" 2>/dev/null) || continue; \
	"$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null && { echo "$$p"; break; }; \
	done)
# The npm packages: the H5P player, and the JavaScript and CSS linters (devDependencies).
NODE_STAMP := node_modules/.installed

# A Python 3.12 or newer: the one named by PYTHON, else pyenv's (.python-version), else the PATH's.
PYTHON ?= $(shell for c in "$$(pyenv which python 2>/dev/null)" "$$HOME/.pyenv/versions/$$(cat .python-version 2>/dev/null)/bin/python" python3.13 python3.12 python3; do \
	p=$$(command -v "$$c" 2>/dev/null) || continue; \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo "$$p"; break; }; \
	done)

.PHONY: lrs lrs-run run test install venv migrate demo serve lint format messages clean bench bench-load bench-weight bench-room lock

$(PY):
	@if [ -z "$(PYTHON)" ]; then \
		echo "Python 3.12 ou plus récent est introuvable (Django 6 en a besoin)."; \
		echo "Python 3.12 or newer was not found (Django 6 needs it). Install it, or run: make PYTHON=/path/to/python3.13 run"; \
		exit 1; fi
	"$(PYTHON)" -m venv $(VENV)

# The locks carry a hash for every file: pip installs nothing else.
$(STAMP): $(PY) requirements.txt requirements-dev.txt
	$(PIP) install --upgrade pip >/dev/null
	$(PIP) install --require-hashes -r requirements-dev.txt
	touch $(STAMP)

# The player's preinstall script asks for yarn: no scripts.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
		echo "npm est introuvable : installez Node.js (paquets Debian nodejs et npm)."; \
		echo "npm was not found: install Node.js (Debian packages nodejs and npm)."; \
		exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $(NODE_STAMP)

$(LRS_STAMP): requirements-lrs.txt
	@if [ -z "$(LRS_PYTHON)" ]; then \
		echo "Python 3.13 est introuvable pour Ralph (l'entrepôt xAPI des tests)."; \
		echo "Python 3.13 was not found for Ralph: make LRS_PYTHON=/path/to/python3.13"; \
		exit 1; fi
	"$(LRS_PYTHON)" -m venv $(LRS_VENV)
	$(LRS_VENV)/bin/pip install --upgrade pip >/dev/null
	$(LRS_VENV)/bin/pip install -r requirements-lrs.txt
	touch $(LRS_STAMP)

lrs: $(LRS_STAMP)

install: $(STAMP) $(NODE_STAMP) $(LRS_STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	SITE_URL=$${SITE_URL:-http://localhost:$(PORT)} $(PY) manage.py load_demo

# The site on localhost, the H5P player on 127.0.0.1: two origins, so package code never
# runs with the site's cookies.
run: demo
	@echo ""
	@echo "Pas à Pas : http://localhost:$(PORT)/  (Ctrl+C pour arrêter)"
	H5P_PLAYER_ORIGIN=$${H5P_PLAYER_ORIGIN:-http://127.0.0.1:$(PORT)} $(PY) manage.py runserver $(PORT)

# Ralph beside the site, on http://127.0.0.1:8100/xAPI/ (statements kept in ./private/lrs):
# run the site with LRS_URL=http://127.0.0.1:8100/xAPI/ LRS_USERNAME=pasapas LRS_PASSWORD=…
LRS_DIR ?= private/lrs
LRS_PORT ?= 8100
lrs-run: lrs
	@mkdir -p $(LRS_DIR)/app $(LRS_DIR)/data
	@[ -f $(LRS_DIR)/app/auth.json ] || RALPH_APP_DIR=$(LRS_DIR)/app $(LRS_VENV)/bin/ralph auth \
		-u $${LRS_USERNAME:-pasapas} -p $${LRS_PASSWORD:?Définissez LRS_PASSWORD} -s all \
		-M mailto:lrs@localhost -w
	RALPH_APP_DIR=$(LRS_DIR)/app RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=$(LRS_DIR)/data \
		$(LRS_VENV)/bin/python docker/lrs/ralph_fs.py --port $(LRS_PORT)

# Parallel workers (pytest-xdist): WORKERS=auto for every core, WORKERS=0 for one process. The
# tests of a file run on one worker, and all the browser tests (one served site) on one (conftest.py).
WORKERS ?= 2
test: install
	$(PY) -m pytest -n $(WORKERS) --dist loadfile $(PYTEST_ARGS)

# Python (ruff), the Django templates (djlint), the scripts (eslint) and the stylesheets
# (stylelint); the rules are in pyproject.toml, eslint.config.mjs and stylelint.config.mjs.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint . --lint
	node_modules/.bin/eslint .
	node_modules/.bin/stylelint "**/static/**/*.css"
	PYTHONPATH=site:. $(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install
	$(PY) manage.py makemessages -l en --ignore=.venv --ignore=.venv-lrs --ignore=node_modules --ignore=static_collected
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.venv-lrs

bench: install
	$(PY) bench/pages.py

# Locust is only for the load benchmark: installed here, not by `make install`. The full run
# (400 learners, at the workshop's pace and the brisk one) takes about 20 minutes: run it on a
# quiet machine, the figures of a machine others use are not the site's. Ralph is not needed.
# Compare gunicorn set-ups: make bench-load BENCH_ARGS="--levels 80 --servers gthread:3x4,sync:3"
bench-load: $(STAMP) $(NODE_STAMP)
	$(PIP) install -q --require-hashes -r requirements-bench.txt
	$(PY) bench/load.py $(BENCH_ARGS)

# Bytes each page of the learner's journey costs in Debian's Chromium (apt install chromium).
bench-weight: install
	$(PY) bench/weight.py $(BENCH_ARGS)

# The live room's polls: 100 sessions of 8 on now, on a throw-away PostgreSQL database.
bench-room: install
	$(PY) bench/room.py $(BENCH_ARGS)

# Direct dependencies are in the .in files; this pins them and what they pull in, with hashes,
# keeping the versions already locked. To move one: make lock LOCK_ARGS="--upgrade-package wagtail".
LOCK := $(VENV)/bin/uv pip compile --quiet --generate-hashes --python-version 3.13 \
	--python-platform linux --custom-compile-command "make lock" $(LOCK_ARGS)
lock: $(STAMP)
	$(LOCK) requirements.in -o requirements.txt
	$(LOCK) requirements-dev.in -o requirements-dev.txt
	$(LOCK) requirements-bench.in -o requirements-bench.txt

clean:
	rm -rf $(VENV) $(LRS_VENV) node_modules db.sqlite3 static_collected
