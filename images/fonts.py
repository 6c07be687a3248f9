"""The font pictures drawn by code write with (the sample screenshot of « Cliquer sur
l'image », the demo's illustrations): DejaVu Sans when the system has it (Debian's
fonts-dejavu-core, in the Docker image), else Pillow's built-in scalable font."""

from pathlib import Path

from PIL import ImageFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


def font(size=24, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size=size)
