"""manage.py h5p_demo_package KEY FILE: write one demo activity as an .h5p file, to try the
admin upload or an H5P editor with content the project made itself."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from demo.h5p.content import DEMO_ACTIVITIES
from demo.h5p.packaging import demo_package


class Command(BaseCommand):
    help = "Écrit une activité de démonstration en fichier .h5p."

    def add_arguments(self, parser):
        parser.add_argument("key", help=", ".join(sorted(DEMO_ACTIVITIES)))
        parser.add_argument("file", help="le fichier .h5p à écrire")

    def handle(self, *args, key, file, **options):
        if key not in DEMO_ACTIVITIES:
            names = ", ".join(sorted(DEMO_ACTIVITIES))
            raise CommandError(
                _("Activité inconnue : %(key)s (%(names)s).") % {"key": key, "names": names}
            )
        path = Path(file)
        path.write_bytes(demo_package(key))
        self.stdout.write(f"{path} : « {DEMO_ACTIVITIES[key]['title']} »")
