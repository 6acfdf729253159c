# Two commands are all the set-up there is: `make demo` and `make test`.
# Everything they need (virtualenv, Python packages, Debian's chromium) is installed here.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export BUTCHERBLOCK_HOME ?= $(CURDIR)/data

.PHONY: setup lock demo test lint bench chromium ocr unbound services nginx clean

setup: $(STAMP) chromium ocr

# Every package, its version and its hashes come from requirements.lock (setuptools, which
# builds butcherblock itself, included), so a fresh machine installs exactly what CI tested.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Refresh requirements.lock from pyproject.toml: pins are kept and new dependencies added;
# `make lock UPGRADE=1` moves every pin to today's releases. pip-tools runs from a venv of
# its own, so it never lands in the project's.
LOCK_VENV := .venv-lock
lock:
	test -x $(LOCK_VENV)/bin/pip-compile || ($(PYTHON) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/pip install --quiet pip-tools==7.6.2)
	CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile --quiet $(if $(UPGRADE),--upgrade) --extra dev --all-build-deps --generate-hashes \
		--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements.lock pyproject.toml

# Debian's chromium, never `playwright install` (no browser downloads at run time).
chromium:
	@if [ -x /usr/lib/chromium/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's chromium with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "chromium is missing: run 'sudo apt-get install chromium' and try again" >&2; exit 1; \
	fi

# Debian's Tesseract with the language packs of the languages these scams use: text in images.
OCR_LANGS := eng chi-sim chi-tra jpn kor tha rus vie ind msa spa por tur
ocr:
	@if [ -x /usr/bin/tesseract ] && [ -f /usr/share/tesseract-ocr/5/tessdata/tha.traineddata ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's tesseract-ocr and its language packs with apt-get"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr $(addprefix tesseract-ocr-,$(OCR_LANGS)) >/dev/null \
		|| (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr $(addprefix tesseract-ocr-,$(OCR_LANGS)) >/dev/null); \
	else \
		echo "tesseract is missing: run 'sudo apt-get install tesseract-ocr $(addprefix tesseract-ocr-,$(OCR_LANGS))'" >&2; exit 1; \
	fi

# Debian's unbound, for the test that loads the RPZ feed into a real resolver (not started here).
unbound:
	@if [ -x /usr/sbin/unbound ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's unbound with apt-get"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unbound >/dev/null \
		|| (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unbound >/dev/null); \
	else \
		echo "unbound is missing: the RPZ resolver test will be skipped ('sudo apt-get install unbound')" >&2; \
	fi

# Debian's redis-server and PostgreSQL, for the tests of distributed mode (the tests start
# their own throw-away servers on loopback; nothing is started here).
services:
	@if [ -x /usr/bin/redis-server ] && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's redis-server and postgresql with apt-get"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server postgresql >/dev/null \
		|| (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server postgresql >/dev/null); \
	else \
		echo "redis-server or postgresql is missing: the distributed-mode tests will be skipped" >&2; \
	fi

# Debian's nginx, which serves the generated web of the crawl benchmarks (not started here).
nginx:
	@if [ -x /usr/sbin/nginx ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's nginx-light with apt-get"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null \
		|| (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null); \
	else \
		echo "nginx is missing: the crawl benchmarks need it ('sudo apt-get install nginx-light')" >&2; exit 1; \
	fi

demo: setup
	$(BIN)/butcherblock demo

test: setup unbound services
	$(BIN)/ruff check crawler detectors feeds tests
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check crawler detectors feeds tests
	$(BIN)/ruff format --check crawler detectors feeds tests

clean:
	rm -rf $(VENV) $(LOCK_VENV) data .pytest_cache .ruff_cache *.egg-info

# Benchmarks (not part of `make test`): a markdown report on stdout and in $(BUTCHERBLOCK_HOME)/benchmarks.md.
bench: setup services nginx
	$(BIN)/python -m tests.benchmarks.run_all
