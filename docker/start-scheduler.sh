#!/usr/bin/env bash
# The daily clean-ups, which nothing else runs: the `scheduler` service of docker-compose.yml
# runs them once a day at DAILY_AT (HH:MM, the container's clock, UTC; 03:30 by default).
# With --once it runs them now and exits (tests/test_scheduler.py; or a host's own cron:
# `docker compose run --rm scheduler docker/start-scheduler.sh --once`).
# One command failing does not stop the others: it is said, and the run exits non-zero.
set -uo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-pasapas.settings.production}"
DAILY_AT="${DAILY_AT:-03:30}"
# How long sign-in records (django-axes) and finished background tasks are kept.
SIGN_IN_LOG_DAYS="${SIGN_IN_LOG_DAYS:-365}"
TASK_RESULT_DAYS="${TASK_RESULT_DAYS:-14}"

run() {
  echo "$(date -u '+%Y-%m-%d %H:%M:%S') manage.py $*"
  if ! "$PYTHON" manage.py "$@"; then
    echo "$(date -u '+%Y-%m-%d %H:%M:%S') FAILED: manage.py $*" >&2
    return 1
  fi
}

daily() {
  local failed=0
  # Expired sessions: the database keeps them until told (cached_db sessions).
  run clearsessions || failed=1
  # CVs and letters untouched for two years: a notice on the home page, deleted 30 days later.
  run jobsearch_cleanup || failed=1
  # Visitors' names and phones on appointments, 30 days after the slot.
  run appointments_cleanup || failed=1
  # Sign-in records and refused sign-ins older than SIGN_IN_LOG_DAYS.
  run axes_reset_logs --age "$SIGN_IN_LOG_DAYS" || failed=1
  run axes_reset_failure_logs --age "$SIGN_IN_LOG_DAYS" || failed=1
  # Finished background tasks (the worker's queue in the database).
  if [ "${TASKS_IN_DATABASE:-true}" = "true" ]; then
    run prune_db_task_results --min-age-days "$TASK_RESULT_DAYS" || failed=1
  fi
  # The xAPI outbox, in case the worker's own retries gave up for the day.
  if [ -n "${LRS_URL:-}" ]; then
    run xapi_send || failed=1
  fi
  return "$failed"
}

if ! [[ "$DAILY_AT" =~ ^([01][0-9]|2[0-3]):[0-5][0-9]$ ]]; then
  echo "DAILY_AT doit être une heure HH:MM (par exemple 03:30), pas « $DAILY_AT »." >&2
  exit 2
fi

if [ "${1:-}" = "--once" ]; then
  daily
  exit $?
fi

# Stopped between two runs: at once (sleep runs in the background so that the signal is heard).
trap 'exit 0' TERM INT
while true; do
  now=$(date +%s)
  next=$(date -d "today $DAILY_AT" +%s)
  if [ "$next" -le "$now" ]; then
    next=$(date -d "tomorrow $DAILY_AT" +%s)
  fi
  echo "Prochain passage : $(date -u -d "@$next" '+%Y-%m-%d %H:%M') UTC"
  sleep $((next - now)) &
  wait $!
  daily || true
done
