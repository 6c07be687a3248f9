"""Illustrations drawn by code, one module per track; importing this package registers them."""

from . import eadmin, internet, jobs, office, pc_basics, photo  # noqa: F401
from .registry import ILLUSTRATIONS, Illustration, illustration

__all__ = ["ILLUSTRATIONS", "Illustration", "illustration"]
