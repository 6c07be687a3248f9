#!/usr/bin/env python
"""Django's command-line utility for Pas à Pas."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# The settings package lives in site/ (Python owns the name ``site``).
sys.path.insert(0, str(ROOT / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pasapas.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
