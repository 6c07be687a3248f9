"""Every CSV the site or its admin writes goes through one guard: a title or a name typed by
someone is never read as a formula by a spreadsheet."""

import csv
import io

import pytest

HOSTILE = '=HYPERLINK("http://example.com/x";"Cliquez")'


def cells(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8-sig")
    dialect = ";" if text.count(";") > text.count(",") else ","
    return [cell for row in csv.reader(io.StringIO(text), delimiter=dialect) for cell in row]


@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/site-history/?export=csv",
        "/admin/reports/locked/?export=csv",
    ],
)
def test_wagtail_admin_exports_never_write_a_formula(client, people, url):
    course = people["course"]
    course.title = HOSTILE
    course.save_revision(user=people["admin"], log_action=True).publish(user=people["admin"])
    course.locked, course.locked_by = True, people["admin"]
    course.save()
    client.force_login(people["admin"])
    response = client.get(url)
    assert response.status_code == 200
    found = cells(response)
    assert "'" + HOSTILE in found, "|".join(found)
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in found)
