"""The player's policy matches the installed player, and the site's pages never carry it."""

import base64
import hashlib
import re

from django.conf import settings
from django.test import Client

from exercises.h5p.player_policy import FRAME_SCRIPT_HASHES, player_policy

BUNDLE = settings.BASE_DIR / "node_modules" / "h5p-standalone" / "dist" / "frame.bundle.js"


def test_the_frame_script_hash_is_the_installed_players():
    """Upgrading h5p-standalone changes its frame's inline script: this says what to pin."""
    scripts = re.findall(r"<script>([^<]*)<\\/script>", BUNDLE.read_text(encoding="utf-8"))
    digests = [
        "sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts
    ]
    assert digests == FRAME_SCRIPT_HASHES


def test_player_policy_allows_only_its_own_origin_and_the_site_as_parent():
    policy = player_policy("https://pasapas.example.org")
    assert "default-src 'none'" in policy
    assert "connect-src 'self'" in policy
    assert "frame-ancestors https://pasapas.example.org" in policy
    assert "form-action 'none'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]


def test_site_pages_never_allow_eval(make_course):
    _, lessons = make_course(lessons=1)
    response = Client().get(lessons[0].url)
    assert "unsafe-eval" not in response.get("Content-Security-Policy", "")
