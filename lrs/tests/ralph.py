"""A real Ralph LRS for the tests and the bench: its own virtualenv (.venv-lrs, `make lrs`),
the file-system backend in a temporary folder, HTTP basic auth, on loopback. Stopped and started
again on the same port and folder, it keeps what it stored (the « LRS down » tests)."""

import base64
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.services import free_port

ROOT = Path(__file__).resolve().parents[2]
RALPH = Path(os.environ.get("PASAPAS_RALPH", ROOT / ".venv-lrs" / "bin" / "ralph"))
SERVER = ROOT / "docker" / "lrs" / "ralph_fs.py"
USERNAME, PASSWORD = "pasapas", "mot-de-passe-de-test"


class Ralph:
    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="pasapas-ralph-"))
        (self.folder / "app").mkdir()
        (self.folder / "data").mkdir()
        self.port = free_port()
        self.process = None
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "RALPH_"))},
            "RALPH_APP_DIR": str(self.folder / "app"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
        }
        subprocess.run(
            [str(RALPH), "auth", "-u", USERNAME, "-p", PASSWORD, "-s", "all"]
            + ["-M", "mailto:lrs@pasapas.example.org", "-w"],
            env=self.env,
            check=True,
            capture_output=True,
        )

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self, timeout=60):
        log = open(self.folder / "ralph.log", "ab")  # noqa: SIM115 (kept open by the server)
        self.process = subprocess.Popen(
            [str(RALPH.parent / "python"), str(SERVER), "--port", str(self.port)],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((self.folder / "ralph.log").read_text()[-2000:])
            try:
                self.get("statements?limit=1")
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise TimeoutError("Ralph did not answer")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None

    def close(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _request(self, path, data=None, method="GET"):
        pair = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        request = urllib.request.Request(
            self.url + path,
            data=None if data is None else json.dumps(data).encode(),
            method=method,
            headers={
                "Authorization": f"Basic {pair}",
                "X-Experience-API-Version": "1.0.3",
                "Content-Type": "application/json",
            },
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
            return json.loads(body) if body else None

    def get(self, path):
        return self._request(path)

    def statements(self):
        """Every statement stored, following `more` from page to page."""
        found, path = [], "statements?limit=500"
        while path:
            page = self.get(path)
            found += page["statements"]
            more = page.get("more") or ""
            path = more.split("/xAPI/", 1)[1] if "/xAPI/" in more else ""
        return found

    def configure(self, settings):
        settings.LRS_URL = self.url
        settings.LRS_USERNAME = USERNAME
        settings.LRS_PASSWORD = PASSWORD
        settings.LRS_AUTHORIZATION = ""
