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

.PHONY: run test evaluate evaluate-cv bench load-test setup venv catalogs model extract lock clean

run: setup
	$(PY) -m bot run

test: setup
	$(PY) -m pytest

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
	$(VENV)/bin/pybabel extract --mapping babel.cfg --keywords N_ --keywords NP_:1c,2 --no-location --sort-output \
		--project signposting-bot --copyright-holder "" -o locales/messages.pot .
	$(VENV)/bin/pybabel update --domain messages --input-file locales/messages.pot \
		--output-dir locales --locale cy --no-fuzzy-matching --ignore-obsolete

lock: | $(INSTALLED)
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip freeze --all | grep -v -iE '^pip==' > requirements.lock

clean:
	rm -rf models .rasa $(MO)
