#!/usr/bin/env bash
# Starts the web service: migrate, collect static files if needed, then gunicorn.
# The container runs it, and tests/test_production.py runs it here against PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-pasapas.settings.production}"

# Several web containers: a one-shot service migrates, and they start with MIGRATE_ON_START=false
# (docker-compose.scale.yml), so that two never migrate at once.
if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
  "$PYTHON" manage.py migrate --noinput
fi
if [ ! -f "${STATIC_ROOT:-static_collected}/staticfiles.json" ]; then
  "$PYTHON" manage.py collectstatic --noinput -v0
fi
if [ "${LOAD_DEMO:-false}" = "true" ]; then
  "$PYTHON" manage.py load_demo
fi

# The access log names no person: no address, no query string (a sign-in link carries the
# username), no referrer.
# Threaded workers: a browser's idle pre-opened connection would block a sync worker until
# its timeout, and the worker, killed, would answer that connection's next request with a 500.
exec "$PYTHON" -m gunicorn pasapas.wsgi:application \
  --pythonpath site \
  --bind "${BIND:-0.0.0.0:${PORT:-8000}}" \
  --workers "${WEB_CONCURRENCY:-3}" \
  --worker-class "${GUNICORN_WORKER_CLASS:-gthread}" --threads "${GUNICORN_THREADS:-4}" \
  --timeout "${GUNICORN_TIMEOUT:-30}" \
  --access-logfile - \
  --access-logformat '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms' \
  --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-*}"
