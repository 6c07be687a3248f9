"""Pages read from a constant number of queries, whatever the size of the course or site."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.factories import ImageFactory


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths), as a running server has them
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_lesson_page_queries_do_not_grow_with_the_course(client, make_course):
    small, small_lessons = make_course(lessons=3)
    big, big_lessons = make_course(lessons=30)
    small_count = queries_for(client, small_lessons[1].url)
    big_count = queries_for(client, big_lessons[15].url)
    assert small_count == big_count
    assert big_count <= 15


def test_course_page_queries_do_not_grow_with_the_course(client, make_course):
    small, _ = make_course(lessons=3)
    big, _ = make_course(lessons=30)
    assert queries_for(client, small.url) == queries_for(client, big.url)


def test_home_and_catalogue_queries_do_not_grow_with_the_site(client, make_course, catalogue):
    make_course(lessons=2, cover_image=ImageFactory())
    home_before = queries_for(client, "/")
    catalogue_before = queries_for(client, catalogue.url)
    for _ in range(5):
        make_course(lessons=4, cover_image=ImageFactory())
    assert queries_for(client, "/") == home_before
    assert queries_for(client, catalogue.url) == catalogue_before
    assert home_before <= 15


def test_search_queries_do_not_grow_with_results(client, make_course):
    make_course(lessons=2)
    few = queries_for(client, "/recherche/?q=Leçon")
    make_course(lessons=20)
    assert queries_for(client, "/recherche/?q=Leçon") == few
