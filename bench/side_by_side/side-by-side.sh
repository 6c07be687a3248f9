#!/bin/bash
# Side by side in one run, same machine, same client, gunicorn 2 sync workers, SQLite, DEBUG off:
#  - the peer wagtail-lms 0.11.1 lesson page (signed in), built by peer-wagtail-lms/recipe.sh
#  - the project's demo lesson page, anonymous and signed in (fresh clone of PROJECT, production settings)
#  - the same project lesson HTML as a static file through the same gunicorn + whitenoise (the limit)
# Usage: side-by-side.sh PROJECT_DIR [WORK_DIR]
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
SRC=$1; W=${2:-$(mktemp -d)}; mkdir -p "$W"
PY313=${PYTHON:-$HOME/.pyenv/versions/3.13.0/bin/python}
PEER_PORT=8125; P_PORT=8126
echo "work: $W"
if [ ! -f "$W/peer/gunicorn.pid" ] || ! kill -0 "$(cat "$W/peer/gunicorn.pid")" 2>/dev/null; then
  mkdir -p "$W/peer"; FIXTURE=${FIXTURE:-/work/shared/fixtures/h5p/true-false.h5p} PYTHON=$PY313 bash "$HERE/peer-wagtail-lms/recipe.sh" "$W/peer" $PEER_PORT > "$W/peer.log" 2>&1
fi
if [ ! -d "$W/p" ]; then git clone -q ${BRANCH:+-b "$BRANCH"} "$SRC" "$W/p"; fi
cd "$W/p"
# REUSE_VENV=1: link the source's installed .venv and node_modules instead of a fresh install
if [ "${REUSE_VENV:-0}" = 1 ]; then
  ln -sfn "$(readlink -f "$SRC/.venv")" .venv; ln -sfn "$(readlink -f "$SRC/node_modules")" node_modules
else
  make install > "$W/p-install.log" 2>&1
fi
export DJANGO_SETTINGS_MODULE=pasapas.settings.production SECRET_KEY=perf-only-$RANDOM$RANDOM \
  DATABASE_URL="sqlite:///$W/p.sqlite3" MEDIA_ROOT="$W/media" STATIC_ROOT="$W/static" \
  ALLOWED_HOSTS=localhost,127.0.0.1 SECURE_SSL_REDIRECT=false SECURE_COOKIES=false \
  TASKS_IN_DATABASE=false LOG_LEVEL=WARNING H5P_PLAYER_ORIGIN=http://127.0.0.1:$P_PORT SITE_URL=http://localhost:$P_PORT
if [ ! -f "$W/p.sqlite3" ]; then
  .venv/bin/python manage.py migrate -v0
  .venv/bin/python manage.py load_demo > "$W/demo.log" 2>&1
  .venv/bin/python manage.py shell -c "
from accounts.models import Centre
from accounts.services import learner_create
from django.contrib.auth import get_user_model
u = get_user_model().objects.filter(username='perfl').first()
if not u:
    u, code = learner_create(centre=Centre.objects.first(), first_name='Perfl')
    u.username = 'perfl'; u.set_password('perfcode1'); u.save()
print('learner', u.username)
"
fi
.venv/bin/python manage.py collectstatic --noinput -v0
start() { setsid .venv/bin/python -m gunicorn pasapas.wsgi:application --pythonpath site -w 2 -b 127.0.0.1:$P_PORT --log-level warning > "$W/p-gunicorn.log" 2>&1 & echo $! > "$W/p.pid"; for _ in $(seq 50); do curl -fs -o /dev/null -H 'Host: localhost' http://127.0.0.1:$P_PORT/sante/ && return; sleep 0.3; done; echo "project server did not start"; exit 1; }
stop() { kill -- -"$(cat "$W/p.pid")" 2>/dev/null || true; sleep 1; }
LESSON=$(.venv/bin/python manage.py shell -c "
from courses.models import LessonPage
p = LessonPage.objects.live().order_by('path')[2]
print(p.url_path.split('/', 2)[2].rstrip('/'))" | tail -1)
echo "project lesson: /$LESSON/"
start
# the signed-in lesson's HTML, saved as a static file served by the same gunicorn + whitenoise
"$W/p/.venv/bin/python" "$HERE/client.py" save "http://127.0.0.1:$P_PORT" "/$LESSON/" "$W/static/perf-lesson.html"
stop; start
"$W/p/.venv/bin/python" "$HERE/client.py" run "http://127.0.0.1:$PEER_PORT" "http://127.0.0.1:$P_PORT" "/$LESSON/" ${ROUNDS:-3} ${N:-200}
stop
echo "peer left running: kill \$(cat $W/peer/gunicorn.pid)"
