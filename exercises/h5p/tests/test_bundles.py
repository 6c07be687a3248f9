"""Aggregated assets: one script and one stylesheet per set of libraries, built at import,
named by a hash of the set, served as immutable by the player's host only, and their CSS
addresses still pointing at the libraries' own files."""

import io
import json
import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from exercises.h5p import bundles
from exercises.h5p.services import h5p_package_import
from exercises.h5p.storage import package_storage

from .builders import build_package, minimal_h5p, minimal_library
from .conftest import PLAYER_HOST, fixture_package

STYLE = b"""@charset "UTF-8";
.a { background: url(../images/a.png) no-repeat; }
.b { background: url("../images/b.png?v=2#x"); }
@import "more.css";
.c { src: url('data:font/woff2;base64,AAAA'), url(https://cdn.example.net/f.woff); }
.d { background: url(/absolute.png); }
"""


def three_libraries(patch=0, marker=b"one"):
    """A needs B and C, B needs C: C, then B, then A, whatever order they are listed in."""
    a = minimal_library(
        "PasAPas.A",
        dependencies=[("PasAPas.C", 1, 0), ("PasAPas.B", 1, 0)],
        js=b'"use strict"\nH5P.A = 1 // no semicolon, then a comment',
        css=STYLE,
        files={"images/a.png": b"\x89PNG a", "images/b.png": b"\x89PNG b"},
    )
    a["PasAPas.A-1.0/styles/more.css"] = b".more {}"
    b = minimal_library("PasAPas.B", dependencies=[("PasAPas.C", 1, 0)], js=b"(H5P.B = 2)")
    c = minimal_library("PasAPas.C", patch=patch, js=b"H5P.C = '" + marker + b"'")
    return build_package(
        h5p=minimal_h5p(
            ("PasAPas.A", 1, 0),
            dependencies=[("PasAPas.B", 1, 0), ("PasAPas.A", 1, 0), ("PasAPas.C", 1, 0)],
        ),
        libraries=[a, b, c],
    )


def stored(name, extension):
    with package_storage().open(f"{bundles.PREFIX}{name}.{extension}") as handle:
        return handle.read().decode()


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def test_the_bundle_is_built_at_import_in_load_order(db):
    activity = h5p_package_import(source=io.BytesIO(three_libraries())).activity
    order = bundles.load_order(activity)
    assert [library.machine_name for library in order] == ["PasAPas.C", "PasAPas.B", "PasAPas.A"]
    name = bundles.bundle_name(order)
    assert re.fullmatch(r"[0-9a-f]{40}", name)
    script = stored(name, "js")
    assert script.index("H5P.C") < script.index("H5P.B") < script.index("H5P.A")
    # Each file starts after a semicolon of its own: A's "use strict" is no directive for
    # the others, and B's parenthesis cannot call what came before.
    assert ";(H5P.B = 2)" in script and ';"use strict"' in script
    stylesheet = stored(name, "css")
    folder = "/h5p/bibliotheques/PasAPas.A-1.0"
    assert f"url({folder}/images/a.png)" in stylesheet
    assert f'url("{folder}/images/b.png?v=2#x")' in stylesheet
    assert "url('data:font/woff2;base64,AAAA')" in stylesheet
    assert "url(https://cdn.example.net/f.woff)" in stylesheet
    assert "url(/absolute.png)" in stylesheet
    # @import only works first: it moves up; @charset only once, at the very start.
    assert stylesheet.startswith('@charset "UTF-8";\n@import "/h5p/bibliotheques/PasAPas.A-1.0')
    assert stylesheet.count("@charset") == 1 and stylesheet.count("@import") == 1
    # The site's own additions inside H5P's frame come last, after every library.
    assert script.rstrip().endswith(bundles.site_file(bundles.SITE_SCRIPT).decode().rstrip())
    frame_css = bundles.site_file(bundles.SITE_STYLESHEET).decode().rstrip()
    assert stylesheet.rstrip().endswith(frame_css)


def test_the_player_loads_the_bundle_served_for_good_by_its_host_only(db, lesson, learner):
    from .conftest import place_activity

    activity = h5p_package_import(source=io.BytesIO(three_libraries())).activity
    place_activity(lesson, activity)
    name = bundles.bundle_name(bundles.load_order(activity))
    player, site = Client(HTTP_HOST=PLAYER_HOST), Client()
    for extension, kind in (("js", "text/javascript"), ("css", "text/css")):
        path = f"/h5p/ensembles/{name}.{extension}"
        response = player.get(path)
        assert response.status_code == 200
        assert response["Content-Type"] == f"{kind}; charset=utf-8"
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert site.get(path).status_code == 404
    # Every address the stylesheet points at is served by the player.
    stylesheet = stored(name, "css")
    for path in re.findall(r"""url\(["']?(/h5p/[^"')?#]+)""", stylesheet):
        assert player.get(path).status_code == 200, path
    # Names that are not a bundle's: nothing.
    for path in ("/h5p/ensembles/" + "0" * 40 + ".js", f"/h5p/ensembles/{name}.svg"):
        assert player.get(path).status_code == 404

    site.force_login(learner)
    page = site.get(lesson.url).content.decode()
    address = re.search(r'src="(http://h5p\.testserver/h5p/jouer/[^"]+)"', page)[1]
    html = player.get(address.replace("&amp;", "&")).content.decode()
    config = json.loads(re.search(r'id="pasapas-h5p-config"[^>]*>(.*?)</script>', html, re.S)[1])
    content = config["integration"]["contents"][f"cid-{activity.pk}"]
    assert content["scripts"][0] == f"/h5p/ensembles/{name}.js"
    assert content["styles"][0] == f"/h5p/ensembles/{name}.css"
    assert not any("/h5p/bibliotheques/" in p for p in content["scripts"] + content["styles"])
    assert json.loads(content["jsonContent"]) == {"question": "Bonjour ?"}
    assert content["library"] == "PasAPas.A 1.0"


def test_a_newer_patch_makes_a_new_bundle_and_the_old_one_goes(db):
    activity = h5p_package_import(source=io.BytesIO(three_libraries())).activity
    old = bundles.bundle_name(bundles.load_order(activity))
    assert "H5P.C = 'one'" in stored(old, "js")
    h5p_package_import(source=io.BytesIO(three_libraries(patch=1, marker=b"two")))
    new = bundles.ensure_bundle(activity)
    assert new != old
    assert "H5P.C = 'two'" in stored(new, "js")
    # A page opened before the update may still ask for the old one: kept for a day.
    assert bundles.remove_unused([activity]) == 0
    tomorrow = timezone.now() + timedelta(days=2)
    assert bundles.remove_unused([activity], now=tomorrow) == 2
    storage = package_storage()
    assert not storage.exists(f"{bundles.PREFIX}{old}.js")
    assert storage.exists(f"{bundles.PREFIX}{new}.js")


def test_an_activity_without_its_bundle_gets_it_on_first_play(db):
    activity = h5p_package_import(source=io.BytesIO(three_libraries())).activity
    name = bundles.bundle_name(bundles.load_order(activity))
    storage = package_storage()
    for extension in ("js", "css"):
        storage.delete(f"{bundles.PREFIX}{name}.{extension}")
    cache.clear()
    assert bundles.ensure_bundle(activity) == name
    assert "H5P.C" in stored(name, "js") and "PasAPas.A" in stored(name, "css")


@pytest.mark.parametrize("package", ["H5P.QuestionSet.h5p", "H5P.CoursePresentation.h5p"])
def test_real_packages_fonts_and_images_still_resolve(db, package):
    activity = h5p_package_import(source=fixture_package(package)).activity
    libraries = bundles.load_order(activity)
    assert {library.key for library in libraries} <= {lib.key for lib in activity.libraries.all()}
    name = bundles.bundle_name(libraries)
    player = Client(HTTP_HOST=PLAYER_HOST)
    stylesheet = player.get(f"/h5p/ensembles/{name}.css")
    text = b"".join(stylesheet.streaming_content).decode()
    paths = set(re.findall(r"""url\(["']?(/h5p/bibliotheques/[^"')?#]+)""", text))
    assert any(path.endswith((".woff", ".woff2", ".ttf")) for path in paths)
    missing = [path for path in sorted(paths) if player.get(path).status_code != 200]
    assert missing == []
    script = player.get(f"/h5p/ensembles/{name}.js")
    assert script.status_code == 200
    # Every preloaded file is in, once.
    body = b"".join(script.streaming_content).decode()
    for library in libraries:
        for entry in library.data.get("preloadedJs") or []:
            assert body.count(f"/* {library.folder}/{entry['path']} */") == 1
