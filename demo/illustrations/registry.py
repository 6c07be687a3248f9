"""Where illustrations register: a name, the alt text, and a function that draws a PIL image."""

from collections.abc import Callable
from dataclasses import dataclass

ILLUSTRATIONS = {}


@dataclass(frozen=True)
class Illustration:
    name: str
    title: str
    alt: str
    draw: Callable


def illustration(name, *, title, alt):
    """Register ``draw()`` (which returns a PIL image) under ``name``."""

    def register(draw):
        if name in ILLUSTRATIONS:
            raise ValueError(f"Illustration {name!r} is registered twice.")
        ILLUSTRATIONS[name] = Illustration(name=name, title=title, alt=alt, draw=draw)
        return draw

    return register
