# i40 disparity plugin: set-up, build, tests, demo, packaging.
# `make demo` and `make test` install what they need themselves (apt + a venv), so a fresh
# Debian 12 or Debian 13 machine needs nothing else.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN := i40_disparity_plugin
SYSTEM_PYTHON := /usr/bin/python3
# Overridable: the test matrix keeps one venv per chroot outside the copied work tree.
VENV ?= .venv
VENV_DIR := $(abspath $(VENV))
PY := $(VENV_DIR)/bin/python
BUILD_DIR := build
STAGE := $(BUILD_DIR)/$(PLUGIN)
ZIP := dist/$(PLUGIN).zip
SHARED ?= ../shared
OUT ?= out
# A use-case table for the demo to place and analyse too: make demo USECASES=path/to/table.csv
USECASES ?=
# The QGIS profile `make deploy` installs into (QGIS's default profile unless overridden).
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

# The PostGIS tests start a throw-away server (tests/helpers/postgis_server.py) from the Debian
# release's own PostgreSQL: 15 on Debian 12, 17 on Debian 13, 18 on sid.
DEBIAN_CODENAME := $(shell . /etc/os-release 2>/dev/null && echo $$VERSION_CODENAME)
POSTGRESQL_MAJOR := $(or $(if $(filter bookworm,$(DEBIAN_CODENAME)),15),$(if $(filter trixie,$(DEBIAN_CODENAME)),17),18)
POSTGIS_PACKAGES := postgresql-$(POSTGRESQL_MAJOR)-postgis-3 postgresql-client-$(POSTGRESQL_MAJOR)
# QGIS runs the system Python, so the plugin is tested with Debian's own numpy, pandas, pyproj,
# shapely and openpyxl, those a user of that Debian release has; the venv adds test tools only.
# chromium renders the HTML report for its screenshot test.
APT_PACKAGES := qgis python3-qgis qgis-providers pyqt5-dev-tools qttools5-dev-tools \
	xvfb xauth python3-venv poppler-utils zip unzip chromium \
	python3-numpy python3-pandas python3-openpyxl python3-pyproj python3-shapely \
	$(POSTGIS_PACKAGES)
# Debian 12 ships shapely 1.8: the plugin then falls back to QGIS's spatial index, but the core's
# own spatial tests need shapely 2, which the venv (and only the venv) then gets.
VENV_SHAPELY := shapely==2.2.0
# Debian releases of the test matrix, each in a chroot (scripts/qgis_chroot.sh): 3.40 LTR, 3.44.
MATRIX_SUITES ?= trixie sid
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# PyQt6 alone, without Debian's site packages: a unit test resolves every Qt enum the plugin and
# its .ui files name under Qt 6, as QGIS 4 will. PyQt6 6.11 is the newest whose Qt is on PyPI.
QT6_VENV ?= $(VENV)-qt6
QT6_VENV_DIR := $(abspath $(QT6_VENV))
QT6_PACKAGES := PyQt6==6.11.0 PyQt6-Qt6==6.11.2 PyQt6-sip==13.13.0
export I40_QT6_PYTHON := $(QT6_VENV_DIR)/bin/python

# Headless Qt for everything that does not open the desktop on purpose.
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
# Debian's pyproj finds PROJ's data only under the system prefix, not from inside the venv.
export PROJ_DATA ?= /usr/share/proj

.PHONY: help setup system-packages build package deploy test test-unit test-qgis lint \
	test-matrix demo bench run translations clean

help:
	@echo "make demo          density bands for Germany and the study Länder into $(OUT)/"
	@echo "make test          lint, core unit tests, QGIS integration, packaging and desktop tests"
	@echo "make test-matrix   make test on QGIS 3.40 (Debian 13) and 3.44 (sid), in chroots"
	@echo "make bench         time the algorithms next to QGIS's own on the same data"
	@echo "make package       build $(ZIP)"
	@echo "make deploy        install the plugin into $(QGIS_PROFILE_DIR)"
	@echo "make run           start the QGIS desktop with the deployed plugin"
	@echo "make translations  refresh i18n/*.ts from the sources and .ui files"

setup: system-packages $(VENV)/.installed

# Idempotent: asks dpkg first and only calls apt when something is missing.
system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: tests/requirements.txt | system-packages
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV_DIR)
	$(PY) -m pip install -q --disable-pip-version-check -r tests/requirements.txt
	@# The plugin's own check of what it calls of shapely 2 decides.
	$(PY) -c 'import sys; from $(PLUGIN).core.requirements import shapely_usable; sys.exit(not shapely_usable())' || \
		$(PY) -m pip install -q --disable-pip-version-check --no-deps '$(VENV_SHAPELY)'
	touch $@

# The unit tests need it (tests/unit/test_qt6_enums.py fails without it).
test-unit: $(QT6_VENV)/.installed
$(QT6_VENV)/.installed: | system-packages
	test -x $(QT6_VENV_DIR)/bin/python || $(SYSTEM_PYTHON) -m venv $(QT6_VENV_DIR)
	$(QT6_VENV_DIR)/bin/python -m pip install -q --disable-pip-version-check $(QT6_PACKAGES)
	touch $@

# The plugin folder as QGIS sees it: sources plus metadata, LICENSE, .ui files, icons
# and translations. Tests, demo and package all use this staged copy.
build: setup
	rm -rf $(STAGE)
	mkdir -p $(STAGE)/ui $(STAGE)/i18n
	cp -r $(PLUGIN)/. $(STAGE)/
	find $(STAGE) -name __pycache__ -prune -exec rm -rf {} +
	cp metadata.txt LICENSE $(STAGE)/
	cp ui/*.ui $(STAGE)/ui/
	for ts in i18n/*.ts; do lrelease -silent $$ts -qm $(STAGE)/i18n/$$(basename $${ts%.ts}).qm; done

package: build
	rm -f $(ZIP)
	mkdir -p $(dir $(ZIP))
	cd $(BUILD_DIR) && zip -q -r $(abspath $(ZIP)) $(PLUGIN) -x "*/__pycache__/*"
	@echo "Built $(ZIP)"

deploy: package
	mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	rm -rf $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	unzip -q -o $(ZIP) -d $(QGIS_PROFILE_DIR)/python/plugins
	$(PY) scripts/enable_plugin.py $(QGIS_PROFILE_DIR) $(PLUGIN)
	@echo "Deployed to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"

lint: setup
	$(VENV_DIR)/bin/ruff check $(PLUGIN) tests scripts
	$(VENV_DIR)/bin/ruff format --check $(PLUGIN) tests scripts
	$(VENV_DIR)/bin/vermin --target=3.9- --violations --eval-annotations --no-tips --no-parse-comments $(PLUGIN)

test-unit: build
	cd tests && $(VENV_DIR)/bin/pytest -p no:qgis unit

# pytest-qgis keeps its QGIS profile in tests/.qgis-settings; a fresh one each run means no
# setting can leak from one run into the next.
test-qgis: package
	rm -rf tests/.qgis-settings
	cd tests && $(VENV_DIR)/bin/pytest qgis --qgis_disable_gui

test: lint test-unit test-qgis

# Each suite's chroot is built once per machine under /var/cache/i40-qgis and reused.
test-matrix:
	for suite in $(MATRIX_SUITES); do bash scripts/qgis_chroot.sh test $$suite $(CURDIR) || exit 1; done

demo: build
	$(PY) scripts/demo.py --shared $(SHARED) --out $(OUT) $(if $(USECASES),--usecases $(USECASES))

bench: build
	$(PY) scripts/bench.py --shared $(SHARED)
	$(PY) scripts/bench_join.py --shared $(SHARED)
	$(PY) scripts/bench_points.py --shared $(SHARED)
	$(PY) scripts/bench_big_table.py --shared $(SHARED)
	$(PY) scripts/bench_cancel.py --shared $(SHARED)
	$(PY) scripts/bench_postgis.py --shared $(SHARED)

run: deploy
	qgis --noversioncheck

translations: setup
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' | sort) ui/*.ui -ts i18n/$(PLUGIN)_de.ts

clean:
	rm -rf $(BUILD_DIR) dist $(OUT) tests/artefacts tests/.qgis-settings
