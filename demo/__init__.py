"""Demo content of the Espace Numérique: six workshop tracks, built by `manage.py load_demo`."""
