"""The facilitators' progress grid: who may see it, what each cell says, the CSV files (for
Excel in French, safe from formulas), an empty or trackless session, and a constant number of
queries as the group and the course grow."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.services import learner_create
from courses.factories import LessonPageFactory
from exercises.factories import ExerciseFactory
from progress import services as progress
from workshops import grid
from workshops.models import Room
from workshops.services import enrolment_add, session_create

ROLES = [
    "anonymous",
    "learner_a",
    "learner_b",
    "mentor",
    "facilitator",
    "other_facilitator",
    "admin",
]


def make_session(people, *, track="course", title="Internet pas à pas", centre="centre", **kw):
    room = Room.objects.get_or_create(centre=people[centre], name="Salle 1")[0]
    starts_at = timezone.now() + datetime.timedelta(days=2, hours=kw.pop("shift", 0))
    return session_create(
        centre=people[centre],
        title=title,
        room=room,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=90),
        track=people[track] if track else None,
        places=kw.pop("places", 8),
    )


def answer(learner, lesson, score, title=None):
    exercise = ExerciseFactory(**({"title": title} if title else {}))
    return progress.exercise_attempt_record(
        user=learner,
        lesson=lesson,
        exercise=exercise,
        score=score,
        passed=score >= 0.7,
        answer={},
    )


@pytest.fixture
def group(people):
    """Marie finished lesson 1 (exercises 40 % and 80 %) and began lesson 2; Jean began
    lesson 1; both are enrolled in a session on the course."""
    marie, jean, lessons = people["learner_a"], people["learner_b"], people["lessons"]
    progress.lesson_complete(user=marie, lesson=lessons[0])
    answer(marie, lessons[0], 0.4, title="Trouver la barre d'adresse")
    answer(marie, lessons[0], 0.8)
    progress.lesson_visit(user=marie, lesson=lessons[1])
    progress.lesson_visit(user=jean, lesson=lessons[0])
    session = make_session(people)
    enrolment_add(session=session, user=marie)
    enrolment_add(session=session, user=jean)
    people["session"] = session
    return people


def urls(people):
    course, session, learner = people["course"].pk, people["session"].pk, people["learner_a"].pk
    return {
        "grid_index": reverse("workshops:grid_index"),
        "course_grid": reverse("workshops:course_grid", args=[course]),
        "course_grid_csv": reverse("workshops:course_grid_csv", args=[course]),
        "session_grid": reverse("workshops:session_grid", args=[session]),
        "session_grid_csv": reverse("workshops:session_grid_csv", args=[session]),
        "learner_report": reverse("workshops:learner_report", args=[learner]),
        "learner_report_csv": reverse("workshops:learner_report_csv", args=[learner]),
    }


# Courses are shared by every centre: another centre's facilitator opens the course grid, but
# sees only their own learners (tested below); a session or a learner of another centre is 404.
MATRIX = {
    "grid_index": [302, 403, 403, 403, 200, 200, 200],
    "course_grid": [302, 403, 403, 403, 200, 200, 200],
    "course_grid_csv": [302, 403, 403, 403, 200, 200, 200],
    "session_grid": [302, 403, 403, 403, 200, 404, 200],
    "session_grid_csv": [302, 403, 403, 403, 200, 404, 200],
    "learner_report": [302, 403, 403, 403, 200, 404, 200],
    "learner_report_csv": [302, 403, 403, 403, 200, 404, 200],
}


@pytest.mark.parametrize("name", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, group, role, name):
    if role != "anonymous":
        client.force_login(group[role])
    url = urls(group)[name]
    response = client.get(url)
    assert response.status_code == MATRIX[name][ROLES.index(role)], (role, url)
    if role == "anonymous":
        assert response["Location"].startswith(reverse("accounts:sign_in"))
        assert "next=" in response["Location"]


@pytest.mark.parametrize("name", list(MATRIX))
def test_pages_only_read(client, group, name):
    """Nothing here writes: a POST is refused and changes nothing."""
    client.force_login(group["facilitator"])
    assert client.post(urls(group)[name]).status_code == 405


@pytest.mark.parametrize(
    "name", ["course_grid", "course_grid_csv", "session_grid", "session_grid_csv"]
)
def test_unknown_ids_are_404(client, group, name):
    client.force_login(group["facilitator"])
    assert client.get(reverse(f"workshops:{name}", args=[999999])).status_code == 404


@pytest.mark.parametrize("name", ["learner_report", "learner_report_csv"])
def test_unknown_or_non_learner_is_404(client, group, name):
    client.force_login(group["facilitator"])
    assert client.get(reverse(f"workshops:{name}", args=[999999])).status_code == 404
    # A mentor of the centre is not a learner: no report.
    assert client.get(reverse(f"workshops:{name}", args=[group["mentor"].pk])).status_code == 404


@pytest.mark.parametrize("name", ["course_grid", "course_grid_csv"])
def test_a_page_that_is_not_a_course_is_404(client, group, name):
    client.force_login(group["facilitator"])
    for page in (group["lessons"][0], group["course"].get_parent()):
        assert client.get(reverse(f"workshops:{name}", args=[page.pk])).status_code == 404


def test_course_grid_reads_states_dates_and_best_percent(group):
    learners = [group["learner_a"], group["learner_b"]]
    result = grid.course_grid(course=group["course"], learners=learners)
    assert [column.number for column in result.columns] == [1, 2, 3]
    assert [column.lesson for column in result.columns] == group["lessons"]
    marie, jean = result.rows
    assert [cell.state for cell in marie.cells] == [grid.COMPLETED, grid.STARTED, grid.NOT_STARTED]
    assert [cell.best_percent for cell in marie.cells] == [80, None, None]
    assert marie.cells[0].completed_at is not None and marie.cells[2].date is None
    assert (marie.completed, marie.started, marie.percent, marie.best_average) == (1, 1, 33, 80)
    assert [cell.state for cell in jean.cells] == [grid.STARTED, grid.NOT_STARTED] + [
        grid.NOT_STARTED
    ]
    assert jean.best_average is None
    assert [(c.completed, c.started) for c in result.columns] == [(1, 1), (0, 1), (0, 0)]


def test_unpublished_lessons_are_not_columns(group):
    group["lessons"][1].unpublish()
    result = grid.course_grid(course=group["course"], learners=[group["learner_a"]])
    assert [column.lesson.pk for column in result.columns] == [
        group["lessons"][0].pk,
        group["lessons"][2].pk,
    ]
    assert [column.number for column in result.columns] == [1, 2]


def test_course_grid_page_is_an_accessible_table(client, group):
    client.force_login(group["facilitator"])
    soup = BeautifulSoup(client.get(urls(group)["course_grid"]).content, "html.parser")
    region = soup.select_one(".grid-scroll")
    assert region["tabindex"] == "0" and region["role"] == "region" and region["aria-label"]
    table = region.select_one("table")
    assert group["course"].title in table.caption.get_text()
    headers = [th.get_text(" ", strip=True) for th in table.select("thead th[scope=col]")]
    assert headers[1].startswith("1. ") and group["lessons"][0].title in headers[1]
    rows = {tr.th.get_text(" ", strip=True).split()[0]: tr for tr in table.select("tbody tr")}
    assert set(rows) == {"Marie", "Jean"}
    marie = [td.get_text(" ", strip=True) for td in rows["Marie"].select("td")]
    assert marie[0].startswith("✓ terminée le ") and "exercices : 80 %" in marie[0]
    assert marie[1].startswith("… commencée depuis le ")
    assert marie[2] == "— pas commencée"
    assert marie[3:5] == ["1 sur 3", "1"]
    assert rows["Marie"].th.a["href"] == urls(group)["learner_report"]
    # The symbol is decoration; the words say it to a screen reader.
    assert rows["Marie"].select_one(".grid-state__symbol")["aria-hidden"] == "true"
    footer = [cell.get_text(strip=True) for cell in table.select("tfoot tr > *")]
    assert footer[:4] == ["Ont terminé", "1", "0", "0"]
    assert soup.select_one(f"a[href='{urls(group)['course_grid_csv']}']")


def test_course_grid_shows_only_own_centre_learners_who_started(client, group):
    stranger, _ = learner_create(centre=group["other_centre"], first_name="Paul")
    progress.lesson_visit(user=stranger, lesson=group["lessons"][0])
    learner_create(centre=group["centre"], first_name="Nadia")  # started nothing
    client.force_login(group["facilitator"])
    html = client.get(urls(group)["course_grid"]).content.decode()
    assert "Marie" in html and "Jean" in html and "Paul" not in html and "Nadia" not in html
    client.force_login(group["other_facilitator"])
    html = client.get(urls(group)["course_grid"]).content.decode()
    assert "Paul" in html and "Marie" not in html
    client.force_login(group["admin"])
    html = client.get(urls(group)["course_grid"]).content.decode()
    assert "Paul" in html and "Marie" in html


def test_a_course_nobody_started_says_so(client, people, make_course):
    course, _ = make_course(lessons=2)
    client.force_login(people["facilitator"])
    url = reverse("workshops:course_grid", args=[course.pk])
    html = page_text(client.get(url))
    assert "Personne de votre centre n'a encore commencé ce parcours." in html
    rows = read_csv(client.get(reverse("workshops:course_grid_csv", args=[course.pk])))
    assert len(rows) == 1 and rows[0][:3] == ["Apprenant", "Identifiant", f"1. {_title(course)}"]


def _title(course):
    return course.get_children().first().title


def test_grid_index_lists_the_courses_and_the_centres_sessions(client, group):
    other = make_session(group, centre="other_centre", title="Séance de la médiathèque")
    client.force_login(group["facilitator"])
    soup = BeautifulSoup(client.get(urls(group)["grid_index"]).content, "html.parser")
    links = {a["href"] for a in soup.select("main a")}
    assert urls(group)["course_grid"] in links and urls(group)["session_grid"] in links
    assert reverse("workshops:session_grid", args=[other.pk]) not in links


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").main.get_text(" ", strip=True)


def read_csv(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.content
    assert raw.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_course_grid_csv(client, group):
    client.force_login(group["facilitator"])
    response = client.get(urls(group)["course_grid_csv"])
    disposition = response["Content-Disposition"]
    today = timezone.localdate()
    assert disposition.startswith("attachment; filename=")
    assert group["course"].slug.split("-")[0] in disposition
    assert today.strftime("%Y-%m-%d") in disposition
    rows = read_csv(response)
    header, lines = rows[0], rows[1:]
    lesson_title = group["lessons"][0].title
    assert header[:5] == ["Apprenant", "Identifiant", f"1. {lesson_title}", "1. date", "1. score %"]
    assert header[-4:] == [
        "Leçons terminées",
        "Leçons commencées",
        "Leçons du parcours",
        "Moyenne des meilleurs scores %",
    ]
    assert all(len(line) == len(header) for line in lines)
    marie = next(line for line in lines if line[0] == "Marie")
    assert marie[2:5] == ["terminée", today.strftime("%d/%m/%Y"), "80"]
    assert marie[5:8] == ["commencée", today.strftime("%d/%m/%Y"), ""]
    assert marie[8:11] == ["pas commencée", "", ""]
    assert marie[-4:] == ["1", "1", "3", "80"]


def test_csv_cells_never_start_a_formula(client, group):
    marie = group["learner_a"]
    marie.first_name, marie.last_name = '=HYPERLINK("http://x")', "@SUM(1)"
    marie.save()
    jean = group["learner_b"]
    jean.first_name, jean.last_name = "+33 6", "-1"
    jean.save()
    client.force_login(group["facilitator"])
    for name in ("course_grid_csv", "session_grid_csv"):
        names = {line[0] for line in read_csv(client.get(urls(group)[name]))[1:]}
        assert names == {'\'=HYPERLINK("http://x") @SUM(1)', "'+33 6 -1"}
    group["lessons"][0].title = "=cmd|' /C calc'!A0"
    group["lessons"][0].save_revision().publish()
    header = read_csv(client.get(urls(group)["course_grid_csv"]))[0]
    assert header[2] == "1. =cmd|' /C calc'!A0"  # numbered: starts with a digit, harmless
    rows = read_csv(client.get(urls(group)["learner_report_csv"]))
    assert {line[2] for line in rows[1:]} >= {"'=cmd|' /C calc'!A0"}


def test_the_one_csv_writer_guards_each_formula_start():
    from pasapas.csv_files import csv_text, safe_cell

    for start in "=+-@\t\r":
        assert safe_cell(f"{start}1") == f"'{start}1"
    assert safe_cell("Marie") == "Marie" and safe_cell(None) == "" and safe_cell(80) == "80"
    assert safe_cell(-3) == "-3"  # a number is never typed by anyone: it stays a number
    # A « ; » or a line break inside a title stays inside its quoted cell.
    text = csv_text([["a;=1", "b\r\n=2", "=3"]])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows == [["a;=1", "b\r\n=2", "'=3"]]


def test_session_grid_shows_the_enrolled_not_the_waiting(client, people):
    session = make_session(people, places=1)
    enrolment_add(session=session, user=people["learner_a"])
    enrolment_add(session=session, user=people["learner_b"])  # waiting list
    client.force_login(people["facilitator"])
    soup = BeautifulSoup(
        client.get(reverse("workshops:session_grid", args=[session.pk])).content, "html.parser"
    )
    names = [th.get_text(" ", strip=True).split()[0] for th in soup.select("tbody th")]
    assert names == ["Marie"]
    assert soup.select_one(".grid-scroll table caption")
    rows = read_csv(client.get(reverse("workshops:session_grid_csv", args=[session.pk])))
    assert [line[0] for line in rows[1:]] == ["Marie"]


def test_session_grid_content_and_csv_filename(client, group):
    client.force_login(group["facilitator"])
    html = client.get(urls(group)["session_grid"]).content.decode()
    assert "✓" in html and "terminée" in html and "Salle 1" in html
    response = client.get(urls(group)["session_grid_csv"])
    starts = timezone.localtime(group["session"].starts_at).strftime("%Y-%m-%d")
    assert (
        f'filename="suivi-seance-internet-pas-a-pas-{starts}.csv"'
        in (response["Content-Disposition"])
    )
    assert len(read_csv(response)) == 3


def test_an_empty_session_says_so_and_its_csv_has_only_the_header(client, people):
    session = make_session(people)
    client.force_login(people["facilitator"])
    html = page_text(client.get(reverse("workshops:session_grid", args=[session.pk])))
    assert "Personne n'est inscrit à cette séance pour le moment." in html
    assert "Apprenant" not in html
    rows = read_csv(client.get(reverse("workshops:session_grid_csv", args=[session.pk])))
    assert len(rows) == 1
    assert rows[0][:2] == ["Apprenant", "Identifiant"] and len(rows[0]) == 2 + 3 * 3 + 4


def test_a_session_without_a_track(client, people):
    session = make_session(people, track=None)
    enrolment_add(session=session, user=people["learner_a"])
    result = grid.session_grid(session)
    assert result.grid is None and "pas de parcours" in result.message
    client.force_login(people["facilitator"])
    html = page_text(client.get(reverse("workshops:session_grid", args=[session.pk])))
    assert "Cette séance n'a pas de parcours" in html and "Marie" in html
    rows = read_csv(client.get(reverse("workshops:session_grid_csv", args=[session.pk])))
    assert rows[0] == [
        "Apprenant",
        "Identifiant",
        "Leçons terminées",
        "Leçons commencées",
        "Leçons du parcours",
        "Moyenne des meilleurs scores %",
    ]
    assert rows[1][0] == "Marie" and len(rows) == 2


def test_learner_report_page(client, group, make_course):
    other_course, other_lessons = make_course(lessons=2)
    answer(group["learner_a"], other_lessons[1], 0.5, title="Envoyer un courriel")
    client.force_login(group["facilitator"])
    soup = BeautifulSoup(client.get(urls(group)["learner_report"]).content, "html.parser")
    titles = [h2.get_text(strip=True) for h2 in soup.select("main h2")]
    assert titles == [group["course"].title, other_course.title]
    first = soup.select(".grid-scroll")[0]
    assert first["tabindex"] == "0" and first["role"] == "region"
    cells = [tr.get_text(" ", strip=True) for tr in first.select("tbody tr")]
    assert "✓ terminée" in cells[0]
    assert "Trouver la barre d'adresse — 1 essai, meilleur score 40 %" in cells[0]
    assert "pas encore réussi" in cells[0] and "réussi le" in cells[0]
    assert "… commencée" in cells[1] and "— pas commencée" in cells[2]
    second = soup.select(".grid-scroll")[1].get_text(" ", strip=True)
    assert "Envoyer un courriel" in second and "meilleur score 50 %" in second


def test_learner_report_csv(client, group):
    client.force_login(group["facilitator"])
    response = client.get(urls(group)["learner_report_csv"])
    today = timezone.localdate()
    assert (
        f"suivi-{group['learner_a'].username}-{today:%Y-%m-%d}" in (response["Content-Disposition"])
    )
    rows = read_csv(response)
    assert rows[0] == [
        "Parcours",
        "N°",
        "Leçon",
        "État",
        "Commencée le",
        "Terminée le",
        "Exercice",
        "Essais",
        "Meilleur score %",
        "Réussi le",
    ]
    course = group["course"].title
    date = today.strftime("%d/%m/%Y")
    assert rows[1][:8] == [
        course,
        "1",
        group["lessons"][0].title,
        "terminée",
        date,
        date,
        "Trouver la barre d'adresse",
        "1",
    ]
    assert rows[1][8:] == ["40", ""]
    assert rows[2][8:] == ["80", date]
    assert rows[3][1:7] == ["2", group["lessons"][1].title, "commencée", date, "", ""]
    assert rows[4][3] == "pas commencée" and len(rows) == 5


def test_a_learner_who_did_nothing(client, people):
    newcomer, _ = learner_create(centre=people["centre"], first_name="Nadia")
    client.force_login(people["facilitator"])
    url = reverse("workshops:learner_report", args=[newcomer.pk])
    assert "n'a encore commencé aucun parcours" in page_text(client.get(url))
    rows = read_csv(client.get(reverse("workshops:learner_report_csv", args=[newcomer.pk])))
    assert len(rows) == 1


def test_the_learner_page_links_the_detailed_report(client, people):
    client.force_login(people["facilitator"])
    soup = BeautifulSoup(
        client.get(reverse("accounts:learner_detail", args=[people["learner_a"].pk])).content,
        "html.parser",
    )
    link = soup.find("a", string="Suivi détaillé et export")
    assert link["href"] == reverse("workshops:learner_report", args=[people["learner_a"].pk])


def grow(people, *, learners, lessons):
    """More people in the session, more lessons in the course, each with progress and results."""
    course = people["course"]
    new_lessons = [LessonPageFactory(parent=course) for _ in range(lessons)]
    for n in range(learners):
        learner, _ = learner_create(centre=people["centre"], first_name=f"Personne{n}")
        enrolment_add(session=people["session"], user=learner)
        for lesson in [*people["lessons"], *new_lessons]:
            progress.lesson_visit(user=learner, lesson=lesson)
            answer(learner, lesson, 0.9)
        progress.lesson_complete(user=learner, lesson=people["lessons"][0])


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "name",
    [
        "course_grid",
        "course_grid_csv",
        "session_grid",
        "session_grid_csv",
        "learner_report",
        "learner_report_csv",
    ],
)
def test_constant_queries_as_data_grows(client, group, name, make_course):
    client.force_login(group["facilitator"])
    url = urls(group)[name]
    count_queries(client, url)  # warm the caches (site, permissions) once
    small = count_queries(client, url)
    grow(group, learners=5, lessons=4)
    if name.startswith("learner_report"):
        # More courses and more results for the one learner of the report.
        for _ in range(3):
            _course, lessons = make_course(lessons=3)
            for lesson in lessons:
                progress.lesson_complete(user=group["learner_a"], lesson=lesson)
                answer(group["learner_a"], lesson, 1.0)
    big = count_queries(client, url)
    assert big == small, name


def test_grid_reads_in_constant_queries(group, django_assert_num_queries):
    learners = [group["learner_a"], group["learner_b"]]
    with django_assert_num_queries(3):
        grid.course_grid(course=group["course"], learners=learners)
    with django_assert_num_queries(4):
        grid.learner_report(group["learner_a"])


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_at_320px_only_the_grid_scrolls_and_the_keyboard_scrolls_it(live_server, client, people):
    """The page never scrolls sideways on a small phone: the table does, in a box that the
    keyboard reaches (Tab) and scrolls (arrow keys); axe-core finds no WCAG 2.2 AA fault."""
    from tests.services import chromium

    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
    data = people
    session = make_session(data)
    for learner in (data["learner_a"], data["learner_b"]):
        enrolment_add(session=session, user=learner)
        progress.lesson_complete(user=learner, lesson=data["lessons"][0])
    client.force_login(data["facilitator"])
    cookie = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": live_server.url,
    }
    addresses = [
        reverse("workshops:course_grid", args=[data["course"].pk]),
        reverse("workshops:session_grid", args=[session.pk]),
        reverse("workshops:learner_report", args=[data["learner_a"].pk]),
    ]
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 320, "height": 700})
        context.add_cookies([cookie])
        page = context.new_page()
        for address in addresses:
            page.goto(live_server.url + address)
            sideways = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert sideways <= 0, (address, sideways)
            found = axe.run(
                page,
                options={
                    "runOnly": {"type": "tag", "values": wcag},
                    "resultTypes": ["violations"],
                },
            ).response["violations"]
            assert not found, (address, [violation["id"] for violation in found])
            region = page.locator(".grid-scroll").first
            assert region.evaluate("el => el.scrollWidth > el.clientWidth"), address
            for _ in range(40):
                page.keyboard.press("Tab")
                if page.evaluate("document.activeElement.classList.contains('grid-scroll')"):
                    break
            else:
                raise AssertionError(f"Tab never reaches the grid on {address}")
            page.keyboard.press("ArrowRight")
            # Smooth scrolling takes a moment; the strict CSP forbids wait_for_function.
            for _ in range(30):
                if page.evaluate("document.querySelector('.grid-scroll').scrollLeft") > 0:
                    break
                page.wait_for_timeout(100)
            else:
                raise AssertionError(f"The arrow key does not scroll the grid on {address}")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_at_1280px_a_five_lesson_grid_shows_its_totals_without_scrolling(
    live_server, client, people
):
    from tests.services import chromium

    for number in (4, 5):
        LessonPageFactory(parent=people["course"], title=f"{number}. Envoyer une pièce jointe")
    for learner in (people["learner_a"], people["learner_b"]):
        progress.lesson_complete(user=learner, lesson=people["lessons"][0])
    client.force_login(people["facilitator"])
    cookie = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": live_server.url,
    }
    address = reverse("workshops:course_grid", args=[people["course"].pk])
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_cookies([cookie])
        page = context.new_page()
        page.goto(live_server.url + address)
        assert page.locator(".grid-table thead th").count() == 1 + 5 + 3
        region = page.locator(".grid-scroll").first
        widths = region.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert widths[0] <= widths[1], widths  # (table, box) in px
        total = page.get_by_role("columnheader", name="Score moyen aux exercices")
        assert total.bounding_box()["x"] + total.bounding_box()["width"] <= 1280
