"""Ralph, the reference LRS, on its file-system backend: for the tests, the bench and a small
centre's own LRS beside the site. Run by Ralph's virtualenv (`make lrs`), never the site's:

    .venv-lrs/bin/python docker/lrs/ralph_fs.py --host 127.0.0.1 --port 8100

Configured by Ralph's own environment: RALPH_APP_DIR (its auth.json, made by `ralph auth`) and
RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH (where statements are kept).

Two differences from `ralph runserver`: no reloader watching the working folder (a server, not
a development loop), and statements are appended to the backend's file. Ralph 5.1.0's
file-system LRS backend writes every batch with the CREATE operation, which refuses a file that
exists: only the first POST would ever be stored, every later one answering 500."""

import argparse
import os

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8100)
    args = parser.parse_args()
    os.environ.setdefault("RALPH_RUNSERVER_BACKEND", "fs")
    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    uvicorn.run("ralph.api:app", host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
