#!/usr/bin/env bash
# Starts the task worker: Wagtail's queued search and reference-index updates.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-pasapas.settings.production}"
exec "$PYTHON" manage.py db_worker --interval "${WORKER_INTERVAL:-2}" "$@"
