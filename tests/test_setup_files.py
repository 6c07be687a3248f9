"""The set-up files stay in step with the code: .env.example names every setting the
production code reads, and the compose files hand them, Redis and the erasure register to
the app."""

import os
import re
from pathlib import Path

import yaml

from tests.services import ROOT

# What the settings and the start scripts read from the environment.
READS = [
    r"""os\.environ(?:\.get\(|\[)\s*["']([A-Z][A-Z0-9_]+)["']""",
    r"""env_(?:bool|list)\(\s*["']([A-Z][A-Z0-9_]+)["']""",
    r"\$\{([A-Z][A-Z0-9_]+)",
]
# Set by the image or the start scripts themselves, never by a person.
NOT_SETTINGS = {"DJANGO_SETTINGS_MODULE", "PYTHON"}
# Not the production code: tests, benchmarks, the dev and test settings, what is installed.
SKIP_DIRS = {
    ".git",
    ".venv",
    ".venv-lrs",
    "node_modules",
    "tests",
    "bench",
    "migrations",
    "static_collected",
}
SKIP_FILES = {"conftest.py", "dev.py", "test.py"}


class ComposeLoader(yaml.SafeLoader):
    """Compose's own tags: !reset empties a value, !override replaces it."""


ComposeLoader.add_constructor("!reset", lambda loader, node: None)
ComposeLoader.add_constructor(
    "!override",
    lambda loader, node: (
        loader.construct_sequence(node)
        if isinstance(node, yaml.SequenceNode)
        else loader.construct_mapping(node)
    ),
)


def compose(name):
    return yaml.load((ROOT / name).read_text(), Loader=ComposeLoader)  # noqa: S506 (safe loader)


def production_sources():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [name for name in dirs if name not in SKIP_DIRS]
        for name in files:
            if name not in SKIP_FILES and name.endswith((".py", ".sh")):
                yield Path(folder) / name
    yield ROOT / "docker-compose.yml"
    yield ROOT / "docker-compose.scale.yml"


def variables_read():
    found = set()
    for source in production_sources():
        text = source.read_text()
        for pattern in READS:
            found.update(re.findall(pattern, text))
    return found - NOT_SETTINGS


def test_env_example_names_every_setting():
    example = (ROOT / ".env.example").read_text()
    named = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", example, re.M))
    read = variables_read()
    assert {"SECRET_KEY", "EMAIL_HOST", "GUNICORN_THREADS", "SERVE_MEDIA"} <= read
    assert read - named == set(), "missing from .env.example"
    assert named - read == set(), "in .env.example but read nowhere"
    # Only the two secrets are left for the person to fill; nothing secret is written there.
    blank = set(re.findall(r"^([A-Z][A-Z0-9_]+)=$", example, re.M))
    assert blank == {"SECRET_KEY", "POSTGRES_PASSWORD"}


def test_one_machine_compose_reads_env_file_and_has_redis():
    services = compose("docker-compose.yml")["services"]
    for name in ("web", "worker"):
        service = services[name]
        assert service["env_file"] == [{"path": ".env", "required": False}]
        assert service["environment"]["REDIS_URL"] == "${REDIS_URL:-redis://redis:6379/0}"
        assert service["depends_on"]["redis"] == {"condition": "service_healthy"}
        # .env's PORT is the host's; inside, the site is where the volumes and checks expect.
        assert service["environment"]["PORT"] == "8000"
    assert services["redis"]["image"].startswith("redis:")
    # A .env holds secrets: never committed, never copied into the image.
    assert ".env" in (ROOT / ".gitignore").read_text().split()
    assert ".env" in (ROOT / ".dockerignore").read_text().split()


def test_scaled_containers_keep_the_erasure_register():
    one = compose("docker-compose.yml")["services"]
    scaled = compose("docker-compose.scale.yml")["services"]
    for name in ("web", "worker"):
        assert "private:/app/private" in one[name]["volumes"]
        assert scaled[name]["volumes"] == ["private:/app/private"]
    assert scaled["migrate"]["env_file"] == [{"path": ".env", "required": False}]
