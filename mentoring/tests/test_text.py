"""Plain text: stored as typed, shown escaped, links clickable and inert."""

import pytest
from django.core.exceptions import ValidationError

from mentoring.text import clean_text, render_text


def test_rendering_escapes_and_links():
    html = render_text('a < b & "c"\nligne 2\n\nparagraphe <i>x</i> www.service-public.fr')
    assert html.startswith("<p>a &lt; b &amp; &quot;c&quot;<br>ligne 2</p><p>paragraphe")
    assert "&lt;i&gt;x&lt;/i&gt;" in html
    assert 'href="https://www.service-public.fr" rel="nofollow noopener noreferrer"' in html


@pytest.mark.parametrize(
    "text", ["javascript:alert(1)", "data:text/html,<script>x</script>", "vbscript:x"]
)
def test_dangerous_schemes_are_never_links(text):
    assert "<a " not in render_text(text)


def test_a_quote_cannot_break_out_of_a_link():
    html = render_text('https://exemple.fr/"onmouseover="alert(1)')
    assert 'onmouseover="' not in html


def test_clean_text_strips_control_characters_and_keeps_lines():
    assert clean_text("  bonjour\x00\x07\r\nà tous\t!  ") == "bonjour\nà tous\t!"
    with pytest.raises(ValidationError):
        clean_text("\x00\x01 ")
