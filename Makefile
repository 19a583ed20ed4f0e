# One command to run, one to test. See README.md.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test lint venv dev-venv chromium validate bench bench-app bench-ingest clean messages screenshots

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The runtime environment: requirements.txt only.
$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The test environment adds requirements-dev.txt and the package itself (for the console script).
$(VENV)/.dev: requirements.txt requirements-dev.txt pyproject.toml | $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements.txt -r requirements-dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

venv: $(VENV)/.runtime
dev-venv: $(VENV)/.dev

run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT) --browser.gatherUsageStats false

# Browser and image-export tests need Chromium. As root with apt-get, install Debian's package;
# otherwise those tests skip and say how to enable them.
chromium:
	@if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then \
		echo "chromium: $$(chromium --version 2>/dev/null || echo /usr/bin/chromium)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's chromium (and poppler-utils for pdftoppm) for the browser and export tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null) \
		|| echo "chromium could not be installed: browser and image-export tests will be skipped"; \
	else \
		echo "chromium not found: browser and image-export tests will be skipped (install it: sudo apt-get install chromium)"; \
	fi

lint: $(VENV)/.dev
	$(BIN)/ruff check .

test: $(VENV)/.dev chromium lint
	$(BIN)/python -m pytest

validate: $(VENV)/.runtime
	$(BIN)/python -m timeline validate data/events.csv

bench: $(VENV)/.dev
	$(BIN)/python bench/extract_bench.py
	$(BIN)/python bench/app_bench.py

# Message catalogues: extract the marked strings into the template, merge them into each language's .po.
# New messages arrive with an empty msgstr; tests/test_i18n.py fails until they are translated.
messages: $(VENV)/.dev
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output -o timeline/locale/timeline.pot .
	for lang in es fr; do \
		$(BIN)/pybabel update -i timeline/locale/timeline.pot -d timeline/locale -D timeline -l $$lang --no-fuzzy-matching; \
	done

# Crawl ingestion: local engine, then Dask with 1 and 2 workers, on a 20k-article synthetic crawl
# (add ARGS=--full for 100k). Not part of `make test`.
bench-ingest: $(VENV)/.dev
	$(BIN)/python bench/ingest_bench.py $(ARGS)

# The app in Chromium at 100k and 1M events against a naive px.timeline page, and pyarrow vs DuckDB
# for the Parquet store (minutes; writes its data to a temporary folder).
bench-app: $(VENV)/.dev chromium
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/app_browser_bench.py

# Screenshots of every page at 1440x900, 1280x800, 1024x768 and 390x844 into docs/screenshots/.
screenshots: $(VENV)/.dev chromium
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
