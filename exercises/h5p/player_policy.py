"""Content Security Policies of the player's origin. They allow what H5P needs to run there
(its frame's one inline script, eval for some libraries) and nothing on the site's origin."""

# The one inline script h5p-standalone 3.8.2 writes into H5P's frame (an about:blank frame,
# which inherits this policy). A test recomputes it from the installed bundle.
FRAME_SCRIPT_HASHES = ["sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk="]


def player_policy(site_origin, video_origins=()):
    """video_origins: where external video may come from (H5P_VIDEO_PROVIDERS): their
    players' scripts, frames, images and media; nothing of the site is on this origin."""
    hashes = " ".join(f"'{value}'" for value in FRAME_SCRIPT_HASHES)
    extra = " ".join(video_origins)
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src 'self' 'unsafe-eval' {hashes} {extra}".strip(),
            "style-src 'self' 'unsafe-inline'",
            f"img-src 'self' data: blob: {extra}".strip(),
            "font-src 'self' data:",
            f"media-src 'self' data: blob: {extra}".strip(),
            "connect-src 'self'",
            f"frame-src 'self' {extra}".strip(),
            f"frame-ancestors {site_origin}",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def file_policy():
    """A package file opened on its own (an SVG, say) runs nothing and loads nothing."""
    return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
