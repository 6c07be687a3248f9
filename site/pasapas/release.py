"""The release a process runs, for the keys of the shared cache.

The cache keeps pickled objects (a Wagtail site with its home page, exercises, permissions…)
for up to an hour, and a file cache or Redis outlives a deploy: a process of the new code must
never unpickle an object of a class that changed. So every key carries the release: `RELEASE`
from the environment when the deploy names one (an image tag, a commit), else a digest of the
site's Python code and of the locked requirements, the same in every process of one build. A
deploy starts on an empty cache; the old entries expire unread."""

import hashlib
import os
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Not the code that runs: tests, benchmarks, uploads, collected files, virtualenvs.
SKIPPED = {"node_modules", "media", "static_collected", "h5p_files", "private", "tests", "bench"}


def code_digest(root=ROOT):
    digest = hashlib.sha256()
    for folder, names, files in os.walk(root):
        names[:] = sorted(n for n in names if not n.startswith((".", "__")) and n not in SKIPPED)
        for name in sorted(files):
            if name.endswith(".py") or (folder == str(root) and name == "requirements.txt"):
                path = Path(folder, name)
                digest.update(str(path.relative_to(root)).encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def release():
    return os.environ.get("RELEASE", "").strip() or code_digest()


def cache_key(key, key_prefix, version):
    """Django's key (KEY_FUNCTION), with the release between the prefix and the version."""
    return f"{key_prefix}:{release()}:{version}:{key}"
