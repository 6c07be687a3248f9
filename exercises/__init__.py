"""Interactive exercises: native types and H5P packages, each a plugin (see the exercises issue)."""
