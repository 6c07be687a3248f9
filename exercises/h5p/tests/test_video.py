"""External video: the player's policy lets it in only from the providers a setting names;
otherwise it is named at import, in plain French, and explained in the lesson."""

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client

from exercises.h5p.player_policy import player_policy
from exercises.h5p.video import allowed_origins, blocked, external_media

from .builders import build_package
from .conftest import PLAYER_HOST, place_activity

YOUTUBE = "https://www.youtube.com/watch?v=abc"
MP4 = "https://videos.example.org/film.mp4"
CONTENT = {
    "interactiveVideo": {
        "video": {
            "files": [{"path": YOUTUBE, "mime": "video/YouTube"}, {"path": MP4}],
        },
        "assets": {"interactions": [{"action": {"params": {"file": {"path": "images/a.png"}}}}]},
    }
}


def test_external_addresses_are_found_in_the_content():
    assert external_media(CONTENT) == [YOUTUBE, MP4]
    assert external_media({"a": [{"path": "videos/local.mp4"}], "b": "https://x.org/y"}) == []


def test_nothing_is_allowed_unless_named(settings):
    settings.H5P_VIDEO_PROVIDERS = []
    assert allowed_origins() == [] and blocked([YOUTUBE, MP4]) == [YOUTUBE, MP4]
    settings.H5P_VIDEO_PROVIDERS = ["youtube", "https://videos.example.org", "http://plain.org"]
    assert "https://www.youtube.com" in allowed_origins()
    assert "http://plain.org" not in allowed_origins()  # only https hosts
    assert blocked([YOUTUBE, MP4, "https://vimeo.com/1"]) == ["https://vimeo.com/1"]


def test_the_player_policy_names_the_allowed_providers_only(settings, imported, lesson):
    settings.H5P_VIDEO_PROVIDERS = ["vimeo"]
    policy = player_policy("https://site.example", allowed_origins())
    media = policy.split("media-src", 1)[1].split(";", 1)[0]
    assert "https://player.vimeo.com" in media and "youtube" not in policy
    assert "connect-src 'self';" in policy  # still talks to nobody else
    settings.H5P_VIDEO_PROVIDERS = []
    bare = player_policy("https://site.example", allowed_origins())
    assert "vimeo" not in bare


def test_a_blocked_video_is_named_at_import_and_in_the_lesson(
    imported, lesson, learner, capsys, tmp_path, settings
):
    settings.H5P_VIDEO_PROVIDERS = []
    path = tmp_path / "video.h5p"
    path.write_bytes(build_package(content=CONTENT))
    call_command("h5p_import", str(path))
    out = capsys.readouterr().out
    assert "vidéo d'un autre site (www.youtube.com, videos.example.org)" in out
    from exercises.h5p.models import H5PActivity

    activity = H5PActivity.objects.get()
    assert activity.external_media == [YOUTUBE, MP4]
    place_activity(lesson, activity)
    client = Client()
    client.force_login(learner)
    block = BeautifulSoup(client.get(lesson.url).content, "html.parser").select_one(
        f"#activite-h5p-{activity.pk}"
    )
    assert "vidéo d'un autre site (www.youtube.com, videos.example.org)" in block.get_text()
    # Once the providers are allowed, nothing to explain and the player lets them in.
    settings.H5P_VIDEO_PROVIDERS = ["youtube", "https://videos.example.org"]
    page = client.get(lesson.url).content.decode()
    assert "vidéo d'un autre site" not in page
    frame = BeautifulSoup(page, "html.parser").select_one("iframe[data-h5p-player]")
    played = Client(HTTP_HOST=PLAYER_HOST).get(frame["src"].split(PLAYER_HOST, 1)[1])
    assert "https://videos.example.org" in played["Content-Security-Policy"]


def test_a_package_without_external_video_says_nothing(imported):
    activity = imported(build_package())
    assert activity.external_media == []
