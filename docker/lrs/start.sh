#!/bin/sh
# The LRS container: the account the site sends with (LRS_USERNAME / LRS_PASSWORD of .env),
# made once, then Ralph on its file-system backend.
set -eu
mkdir -p "$RALPH_APP_DIR" "$RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"
if [ ! -f "$RALPH_APP_DIR/auth.json" ]; then
  ralph auth -u "${LRS_USERNAME:?Définissez LRS_USERNAME}" -p "${LRS_PASSWORD:?Définissez LRS_PASSWORD}" \
    -s all -M "mailto:lrs@localhost" -w
fi
exec python /srv/ralph_fs.py --host 0.0.0.0 --port 8100
