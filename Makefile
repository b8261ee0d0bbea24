# Two commands matter: `make run` and `make test`. Both set everything up from nothing first:
# a Python 3.10 virtual environment with pinned packages, the compiled Welsh catalog, and the NLU
# model (trained again only when its data or config is newer than it).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
MODEL := models/nlu.tar.gz
NLU_DATA := $(wildcard nlu/data/*/*.yml) nlu/domain.yml
PO := locales/cy/LC_MESSAGES/messages.po
MO := locales/cy/LC_MESSAGES/messages.mo

.PHONY: run staff browser test lint evaluate evaluate-cv bench load-test setup venv catalogs model extract lock clean

run: setup
	$(PY) -m bot run

# The staff web page on http://127.0.0.1:8080 (STAFF_HOST, STAFF_PORT, STAFF_ACCESS_CODE).
staff: setup
	$(PY) -m bot staff

test: setup browser lint
	$(PY) -m pytest -rs

# Static checks (settings in pyproject.toml): ruff (lint and import order) on CHECKED and tests/,
# mypy on CHECKED.
CHECKED := bot nlu responses
lint: | $(INSTALLED)
	$(VENV)/bin/ruff check $(CHECKED) tests
	$(VENV)/bin/mypy $(CHECKED)

# The whole assess+compose path on the held-out, validation and challenge sets (about a minute).
evaluate: setup
	PYTHONWARNINGS=ignore TF_CPP_MIN_LOG_LEVEL=3 $(PY) -m nlu.evaluate

# The same plus Rasa's 5-fold cross-validation on the training data (about 20 minutes).
evaluate-cv: setup
	PYTHONWARNINGS=ignore TF_CPP_MIN_LOG_LEVEL=3 $(PY) -m nlu.evaluate --cross-validation

bench: setup
	$(PY) scripts/bench.py

load-test: setup
	$(PY) scripts/load_test.py
	$(PY) scripts/load_test.py --rate 25

setup: venv catalogs model

# Chromium and its driver for the staff page's browser test, installed when missing and this
# machine allows it (root with apt-get). Never fails: without them the browser test is skipped
# and says why.
BROWSER_PACKAGES := chromium chromium-driver fonts-dejavu-core
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing $(BROWSER_PACKAGES) for the staff page's browser test"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			$(BROWSER_PACKAGES) >/dev/null; } || echo "note: could not install Chromium; the browser test will be skipped"; \
	else \
		echo "note: Chromium and chromedriver are missing and this user cannot install them;" \
		     "the browser test will be skipped (install the chromium and chromium-driver packages)"; \
	fi

venv: $(INSTALLED)
catalogs: $(MO)
model: $(MODEL)

$(INSTALLED): requirements.lock requirements.txt
	@base=$$(scripts/find-python310.sh) || exit 1; \
	if [ ! -x $(PY) ]; then echo "creating $(VENV) with $$base"; "$$base" -m venv $(VENV) || exit 1; fi
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(PY) -m pip check >/dev/null || { $(PY) -m pip check; exit 1; }
	@touch $@

$(MO): $(PO) | $(INSTALLED)
	$(VENV)/bin/pybabel compile --domain messages --directory locales --locale cy
	@touch $@

$(MODEL): config.yml $(NLU_DATA) | $(INSTALLED)
	$(PY) -m nlu.train

# Maintainers: refresh the template and the Welsh catalog after changing strings in the code.
extract: | $(INSTALLED)
	$(VENV)/bin/pybabel extract --mapping babel.cfg --keywords N_ --keywords NP_:1c,2 --add-comments NOTE: --sort-output \
		--project signposting-bot --copyright-holder "" -o locales/messages.pot .
	$(VENV)/bin/pybabel update --domain messages --input-file locales/messages.pot \
		--output-dir locales --locale cy --no-fuzzy-matching --ignore-obsolete

lock: | $(INSTALLED)
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip freeze --all | grep -v -iE '^pip==' > requirements.lock

clean:
	rm -rf models .rasa $(MO)
