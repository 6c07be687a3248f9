"""Where the site and the player would serve the SVG of the activity `title`."""

import json

from exercises.h5p.models import H5PActivity
from exercises.h5p.tests.test_isolation import player_path, site_paths


def main(title):
    activity = H5PActivity.objects.get(title=title)
    svg = activity.main_library.storage_path + "images/evil.svg"
    print(json.dumps({"site": site_paths(activity, svg), "player": player_path(activity, svg)}))
