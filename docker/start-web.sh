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
# 3 workers x 4 threads by default, for 2 cores. Measured with bench/load.py --servers (40
# learners at the brisk pace, 5 to 10 people's pages a second, PostgreSQL, 7 Dec 2026) on a
# 2-core machine that other work kept at a load average of 13 to 31: the only back-to-back pair
# (same site, same load, 18-20) gave p95 2400 ms for gthread 3x4 and 8800 ms for sync 3;
# gunicorn CPU per request was 16-27 ms with threads and 25 ms with sync. The other set-ups
# (p95 / CPU per request at load average): gthread 2x2 1700 ms / 26.8 ms at 22, 2x4 1800 / 16.0
# at 31, 3x2 610 / 22.5 at 17, 4x2 750 / 15.9 at 20, 4x4 430 / 17.1 at 23, sync 2 320 / 25.0 at
# 13, sync 4 88 / 11.8 at 8: the machine's load, not the set-up, moved those (and Locust keeps
# no idle connection open as a browser does, which is what sync workers cannot bear). Nothing
# there beat cores + 1 threaded workers; on a quiet machine, `make bench-load
# BENCH_ARGS="--levels 80 --servers gthread:3x4,gthread:4x4,gthread:3x2,sync:3"` settles it.
exec "$PYTHON" -m gunicorn pasapas.wsgi:application \
  --pythonpath site \
  --bind "${BIND:-0.0.0.0:${PORT:-8000}}" \
  --workers "${WEB_CONCURRENCY:-3}" \
  --worker-class "${GUNICORN_WORKER_CLASS:-gthread}" --threads "${GUNICORN_THREADS:-4}" \
  --timeout "${GUNICORN_TIMEOUT:-30}" \
  --access-logfile - \
  --access-logformat '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms' \
  --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-*}"
