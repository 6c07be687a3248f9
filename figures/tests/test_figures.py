"""The centre's figures: computed from real rows, anonymous, protected, and guarded."""

import csv
import datetime
import io
import random

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Public
from accounts.roles import FACILITATORS
from accounts.services import learner_create
from figures import selectors, services
from figures.disclosure import MASKED, SMALL, Cell, protect
from figures.models import Purpose, Visit
from figures.tables import matrix
from progress.models import LessonProgress
from progress.services import lesson_complete
from workshops.models import Enrolment, Room
from workshops.services import attendance_set, enrolment_add, session_create

DASHBOARD = "/animation/chiffres/"
EXPORT = "/animation/chiffres/export.csv"
DESK = "/animation/accueil/"
UNDO = "/animation/accueil/annuler/"

# Names that must never come out of the figures.
SECRET_NAMES = ["Zéphyrine", "Anastasio", "Philomène", "Barthélémy", "Clothilde", "Évariste"]


def month_start(months_ago=1):
    """Local midnight on the 10th of a past month (away from month edges)."""
    today = timezone.localdate()
    first = selectors.add_months(today.replace(day=1), -months_ago)
    tz = timezone.get_current_timezone()
    return datetime.datetime.combine(first.replace(day=10), datetime.time(14), tzinfo=tz)


def past_session(centre, room, starts_at, track=None, title="Internet"):
    return session_create(
        centre=centre,
        title=title,
        room=room,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=90),
        track=track,
        now=starts_at - datetime.timedelta(days=7),
    )


def attend(session, users, present=True):
    for user in users:
        row = enrolment_add(session=session, user=user, now=session.starts_at)
        attendance_set(enrolment=row, attended=present)


def complete(user, lessons, when):
    for lesson in lessons:
        lesson_complete(user=user, lesson=lesson, now=when)
    LessonProgress.objects.filter(user=user).update(started_at=when)


def visits(centre, n, *, purpose=Purpose.ADMINISTRATION, public="", date=None):
    Visit.objects.bulk_create(
        Visit(centre=centre, date=date, public=public, purpose=purpose) for _ in range(n)
    )


def learners(centre, names, public=Public.RETIRED):
    made = []
    for name in names:
        user, _code = learner_create(centre=centre, first_name=name)
        user.public = public
        user.save(update_fields=["public"])
        made.append(user)
    return made


@pytest.fixture
def data(people):
    """A month of activity in the first centre, and some in the other one that must not show."""
    centre, other = people["centre"], people["other_centre"]
    course, lessons = people["course"], people["lessons"]
    room = Room.objects.create(centre=centre, name="Espace Atelier")
    other_room = Room.objects.create(centre=other, name="Salle 1")
    when = month_start(1)
    retirees = learners(centre, SECRET_NAMES)
    seeker = learners(centre, ["Hyacinthe"], public=Public.JOB_SEEKER)[0]
    session = past_session(centre, room, when, track=course)
    attend(session, retirees)
    attend(session, [seeker], present=False)
    complete(retirees[0], lessons, when)  # the whole course
    complete(retirees[1], lessons[:1], when)
    visits(centre, 9, public=Public.JOB_SEEKER, date=when.date())
    visits(centre, 2, public=Public.RETIRED, date=when.date(), purpose=Purpose.JOB)
    # The other centre: a session, visitors and learners of its own.
    strangers = learners(other, ["Gaspard", "Octave", "Isaure", "Léontine", "Rosalie"])
    other_session = past_session(other, other_room, when, track=course)
    attend(other_session, strangers)
    visits(other, 30, public=Public.STUDENT, date=when.date())
    return {
        "when": when,
        "room": room,
        "course": course,
        "retirees": retirees,
        "seeker": seeker,
        "month": selectors.month_label(when.year, when.month),
    }


def table(tables, slug):
    return next(t for t in tables if t.slug == slug)


def cell(found, row_label, column_label):
    column = found.columns.index(column_label)
    row = next(r for r in found.rows if str(r.label) == str(row_label))
    return row.cells[column]


def figures_for(centre):
    return selectors.centre_figures(
        centre_id=centre.pk if centre else None,
        period=selectors.Period.last_twelve_months(),
    )


# Figures from real rows


def test_figures_count_the_rows_of_the_centre_only(data, people):
    tables = figures_for(people["centre"])
    month = data["month"]
    visitors = table(tables, "visiteurs-public")
    assert cell(visitors, month, "demandeur d'emploi").value == 9
    assert cell(visitors, month, "étudiant").value == 0  # the other centre's 30 are not here
    assert cell(visitors, "Total", "Total").value == 11
    purposes = table(tables, "visiteurs-motif")
    assert cell(purposes, month, "démarche administrative").value == 9

    by_public = table(tables, "apprenants-public")
    # Six retirees came (the seeker was absent and did nothing else).
    assert cell(by_public, month, "retraité").value == 6
    assert cell(by_public, "Sur la période", "retraité").value == 6
    assert cell(by_public, month, "demandeur d'emploi").value == 0
    by_track = table(tables, "apprenants-parcours")
    assert cell(by_track, data["course"].title, "Apprenants").value == 6

    attendance = table(tables, "presence-mois")
    assert cell(attendance, month, "Séances tenues").value == 1
    assert cell(attendance, month, "Places offertes").value == 8
    assert cell(attendance, month, "Inscrits").value == 7
    assert cell(attendance, month, "Présents").value == 6
    present_track = table(tables, "presence-parcours")
    assert cell(present_track, data["course"].title, "Inscrits").value == 7

    lessons = table(tables, "lecons-mois")
    assert cell(lessons, month, "Leçons terminées").value == 4
    assert cell(lessons, month, "Parcours terminés").value == 1
    by_course = table(tables, "lecons-parcours")
    assert cell(by_course, data["course"].title, "Leçons terminées").value == 4
    assert cell(by_course, data["course"].title, "Parcours terminés").value == 1


def test_the_absent_and_the_rate_are_hidden_when_small(data, people):
    attendance = table(figures_for(people["centre"]), "presence-mois")
    month = data["month"]
    absent = cell(attendance, month, "Absents")
    assert absent.hidden == SMALL and absent.display == "moins de 5"
    # Present is then masked (enrolled = present + absent would give the absent back).
    assert cell(attendance, month, "Présents").hidden == MASKED
    assert cell(attendance, month, "Taux de présence").hidden
    # Sessions and places are the timetable, not people: shown.
    assert cell(attendance, month, "Séances tenues").display == "1"


def test_a_course_is_completed_only_when_all_its_live_lessons_are(people):
    from courses.factories import LessonPageFactory

    course, lessons = people["course"], people["lessons"]
    extra = LessonPageFactory(parent=course)
    when = month_start(1)
    (someone,) = learners(people["centre"], ["Honorine"])
    complete(someone, lessons, when)  # all but the extra lesson
    month = selectors.month_label(when.year, when.month)
    done = table(figures_for(people["centre"]), "lecons-mois")
    assert cell(done, month, "Parcours terminés").value == 0
    complete(someone, [extra], when)
    done = table(figures_for(people["centre"]), "lecons-mois")
    assert cell(done, month, "Parcours terminés").value == 1


def test_a_course_completed_stays_completed_in_past_months(data, people):
    # One more live lesson written later does not rewrite last month's figures.
    from courses.factories import LessonPageFactory

    LessonPageFactory(parent=data["course"])
    lessons = table(figures_for(people["centre"]), "lecons-mois")
    assert cell(lessons, data["month"], "Parcours terminés").value == 1
    assert cell(lessons, data["month"], "Leçons terminées").value == 4


def test_admins_see_all_centres_or_one(data, people):
    everyone = figures_for(None)
    assert cell(table(everyone, "visiteurs-public"), "Total", "Total").value == 41
    other = figures_for(people["other_centre"])
    assert cell(table(other, "visiteurs-public"), "Total", "Total").value == 30


def test_the_facilitator_of_the_other_centre_sees_their_own_figures(client, data, people):
    client.force_login(people["other_facilitator"])
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    visitors = table(response.context["tables"], "visiteurs-public")
    assert cell(visitors, "Total", "Total").value == 30
    # ?centre= is for admins only: a facilitator cannot look into another centre.
    response = client.get(DASHBOARD, {"centre": people["centre"].pk})
    visitors = table(response.context["tables"], "visiteurs-public")
    assert cell(visitors, "Total", "Total").value == 30


def test_admin_chooses_a_centre(client, data, people):
    client.force_login(people["admin"])
    response = client.get(DASHBOARD, {"centre": people["centre"].pk})
    assert cell(table(response.context["tables"], "visiteurs-public"), "Total", "Total").value == 11
    response = client.get(DASHBOARD)
    assert cell(table(response.context["tables"], "visiteurs-public"), "Total", "Total").value == 41
    response = client.get(DASHBOARD, {"centre": "999999"})
    assert "Ce centre n&#x27;existe pas" in response.content.decode()
    assert response.context["tables"] == []


# Small counts


def test_primary_and_complementary_hiding():
    cells = {key: Cell(value) for key, value in {"a": 3, "b": 10, "c": 20, "t": 33}.items()}
    protect(cells, [(["a", "b", "c"], "t")])
    assert cells["a"].hidden == SMALL and cells["a"].display == "moins de 5"
    assert cells["b"].hidden == MASKED  # the next smallest: 33 - 20 gives 13, not a or b
    assert not cells["c"].hidden and not cells["t"].hidden
    # A line whose only other part is zero hides its total instead.
    cells = {key: Cell(value) for key, value in {"a": 0, "b": 7, "t": 7}.items()}
    cells["b"].value, cells["t"].value = 3, 3
    protect(cells, [(["a", "b"], "t")])
    assert cells["b"].hidden == SMALL and cells["t"].hidden == SMALL


def lines_of(cells):
    """The rows and columns of a matrix built with totals both ways."""
    rows = {r for r, _ in cells}
    cols = {c for _, c in cells}
    found = [([(r, c) for c in cols if c != "__total__"], (r, "__total__")) for r in rows]
    found += [([(r, c) for r in rows if r != "__total__"], ("__total__", c)) for c in cols]
    return found


def test_no_line_of_a_table_ever_has_exactly_one_hidden_cell():
    chance = random.Random(5)  # noqa: S311 - a fixed draw of test tables
    for _ in range(300):
        rows = [(f"r{i}", f"r{i}") for i in range(chance.randint(1, 6))]
        cols = [(f"c{j}", f"c{j}") for j in range(chance.randint(1, 6))]
        values = {
            (r, c): chance.choice([0, 0, 1, 2, 3, 4, 5, 8, 12, 30])
            for r, _ in rows
            for c, _ in cols
        }
        _table, cells = matrix(
            slug="t",
            title="",
            description="",
            row_header="",
            rows=rows,
            columns=cols,
            values=values,
        )
        for parts, total in lines_of(cells):
            hidden = sum(1 for key in [*parts, total] if cells[key].hidden)
            assert hidden != 1, (values, parts)
        for found in cells.values():
            if 0 < found.value < 5:
                assert found.hidden == SMALL
            if found.hidden == MASKED:
                assert found.display == "masqué"


def csv_tables(content):
    """The CSV's figures as {title: (header, rows)}: blocks after a blank line."""
    blocks = content.split("\r\n\r\n")[1:]
    found = {}
    for block in blocks:
        rows = list(csv.reader(io.StringIO(block), delimiter=";"))
        found[rows[0][0]] = (rows[1], [row for row in rows[2:] if row])
    return found


TIMETABLE = {"Séances tenues", "Places offertes"}  # not people: may be small


def test_small_counts_are_hidden_on_the_page_and_in_the_csv(client, data, people):
    client.force_login(people["facilitator"])
    page = client.get(DASHBOARD).content.decode()
    assert "moins de 5" in page and "masqué" in page
    tables = csv_tables(client.get(EXPORT).content.decode("utf-8-sig"))
    assert len(tables) == 10  # the appointments add two: by purpose, and attendance
    seen_small = False
    for header, rows in tables.values():
        for row in rows:
            for column, value in zip(header[1:], row[1:], strict=True):
                if column not in TIMETABLE:
                    assert value not in {"1", "2", "3", "4"}, (header, row)
                seen_small = seen_small or value == "<5"
    assert seen_small


@pytest.mark.parametrize(
    "title",
    ['=HYPERLINK("http://example.com/x";"Cliquez")', "+33 6", "-1+1", "@SUM(A1)", "\t=1", "\r=1"],
)
def test_csv_never_writes_a_course_title_as_a_formula(client, data, people, title):
    from courses.models import CoursePage

    CoursePage.objects.filter(pk=data["course"].pk).update(title=title)
    client.force_login(people["facilitator"])
    response = client.get(EXPORT)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    labels = [row[0] for row in rows if row]
    assert "'" + title in labels
    assert title not in labels
    assert not any(
        cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
    )


# Nobody's name


def test_no_name_or_username_ever_appears(client, data, people):
    named = data["retirees"] + [data["seeker"], people["learner_a"], people["learner_b"]]
    client.force_login(people["facilitator"])
    page = client.get(DASHBOARD).content.decode()
    content = client.get(EXPORT).content.decode("utf-8-sig")
    desk = client.get(DESK).content.decode()
    for person in named:
        for text in (page, content, desk):
            assert person.first_name not in text
            assert person.username not in text


# The CSV


def test_csv_is_utf8_with_bom_and_semicolons(client, data, people):
    client.force_login(people["facilitator"])
    response = client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [
        "Mois",
        "demandeur d'emploi",
        "salarié ou chef d'entreprise",
        "retraité",
        "étudiant",
        "autre",
        "non renseigné",
        "Total",
    ] in rows
    # 2 retirees are hidden; the row total is shown, so the 9 job seekers are masked too.
    assert [data["month"], "masqué", "0", "<5", "0", "0", "0", "11"] in rows


def test_an_empty_period_gives_headers_and_a_message(client, people):
    client.force_login(people["facilitator"])
    response = client.get(DASHBOARD, {"start": "2003-01", "end": "2003-03"})
    assert "Aucune donnée sur cette période" in response.content.decode()
    response = client.get(EXPORT, {"start": "2003-01", "end": "2003-03"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert ["Mois", "Leçons terminées", "Parcours terminés"] in rows
    assert ["janvier 2003", "0", "0"] in rows


# Bad input


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start": "bientôt"}, "Mois non reconnu"),
        ({"start": "2026-13"}, "Mois non reconnu"),
        ({"end": "1999-01"}, "Mois non reconnu"),
        ({"start": "2026-05", "end": "2026-02"}, "Le mois de fin vient avant"),
        ({"start": "2020-01", "end": "2026-01"}, "au plus 36 mois"),
    ],
)
def test_bad_period_says_why(client, people, params, message):
    client.force_login(people["facilitator"])
    response = client.get(DASHBOARD, params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["tables"] == []
    response = client.get(EXPORT, params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_period_of_months_chosen(client, data, people):
    client.force_login(people["facilitator"])
    when = data["when"]
    response = client.get(DASHBOARD, {"start": f"{when:%Y-%m}", "end": f"{when:%Y-%m}"})
    visitors = table(response.context["tables"], "visiteurs-public")
    assert [str(row.label) for row in visitors.rows] == [data["month"], "Total"]


# Permissions


@pytest.mark.parametrize("url", [DASHBOARD, EXPORT, DESK])
def test_anonymous_is_sent_to_sign_in(client, db, url):
    response = client.get(url)
    assert response.status_code == 302 and "/connexion/" in response["Location"]


@pytest.mark.parametrize("role", ["learner_a", "mentor"])
@pytest.mark.parametrize("url", [DASHBOARD, EXPORT, DESK])
def test_learners_and_mentors_are_refused(client, people, role, url):
    client.force_login(people[role])
    assert client.get(url).status_code == 403
    assert client.post(DESK, {"purpose": "admin"}).status_code == 403
    assert client.post(UNDO).status_code == 403
    assert not Visit.objects.exists()


def test_anonymous_posts_are_sent_to_sign_in(client, people):
    assert client.post(DESK, {"purpose": "admin"}).status_code == 302
    learner = people["learner_a"]
    response = client.post(f"/animation/apprenants/{learner.pk}/public/", {"public": "retired"})
    assert response.status_code == 302
    assert not Visit.objects.exists()
    learner.refresh_from_db()
    assert learner.public == ""


# The desk


def test_one_click_counts_a_visit(client, people):
    client.force_login(people["facilitator"])
    response = client.post(DESK, {"purpose": "job", "public": "job_seeker"}, follow=True)
    assert response.status_code == 200
    visit = Visit.objects.get()
    assert (visit.centre, visit.purpose, visit.public) == (
        people["centre"],
        "job",
        "job_seeker",
    )
    assert visit.date == timezone.localdate()
    assert "Aujourd'hui : 1 passage." in response.content.decode()
    client.post(DESK, {"purpose": "internet", "public": ""})
    assert Visit.objects.filter(public="").count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"purpose": "job", "public": "astronaut"}, "Ce public n&#x27;existe pas"),
        ({"purpose": "tea", "public": "retired"}, "Ce motif n&#x27;existe pas"),
        ({"public": "retired"}, "Choisissez un motif"),
        ({"purpose": "job", "date": "2999-01-01"}, "pas encore arrivée"),
        ({"purpose": "job", "date": "demain"}, "Date non reconnue"),
    ],
)
def test_bad_desk_input_stores_nothing(client, people, data, message):
    client.force_login(people["facilitator"])
    response = client.post(DESK, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Visit.objects.exists()


def test_a_forgotten_visit_of_another_day(client, people):
    client.force_login(people["facilitator"])
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    client.post(DESK, {"purpose": "letters", "date": yesterday.isoformat()})
    assert Visit.objects.get().date == yesterday


def test_the_service_refuses_the_future_and_unknown_values(people):
    today = timezone.localdate()
    kwargs = {"centre": people["centre"], "recorded_by": people["facilitator"]}
    with pytest.raises(Exception, match="pas encore arrivée"):
        services.visit_record(purpose="job", date=today + datetime.timedelta(days=1), **kwargs)
    with pytest.raises(Exception, match="Ce public n'existe pas"):
        services.visit_record(purpose="job", public="alien", **kwargs)
    with pytest.raises(Exception, match="Ce motif n'existe pas"):
        services.visit_record(purpose="x", **kwargs)
    assert not Visit.objects.exists()


def test_undo_removes_only_my_last_entry_of_today(client, people):
    user_model = get_user_model()
    from django.contrib.auth.models import Group

    colleague = user_model.objects.create_user("sylvie", centre=people["centre"])
    colleague.groups.add(Group.objects.get(name=FACILITATORS))
    centre, me = people["centre"], people["facilitator"]
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    old = services.visit_record(centre=centre, purpose="job", recorded_by=me, date=yesterday)
    Visit.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=1))
    first = services.visit_record(centre=centre, purpose="job", recorded_by=me)
    services.visit_record(centre=centre, purpose="admin", recorded_by=me)
    theirs = services.visit_record(centre=centre, purpose="other", recorded_by=colleague)
    client.force_login(me)
    client.post(UNDO)
    assert set(Visit.objects.values_list("pk", flat=True)) == {old.pk, first.pk, theirs.pk}
    client.post(UNDO)
    response = client.post(UNDO, follow=True)
    assert "rien à annuler" in response.content.decode()
    assert set(Visit.objects.values_list("pk", flat=True)) == {old.pk, theirs.pk}
    assert client.get(UNDO).status_code == 405


def test_a_facilitator_without_centre_is_told(client, people):
    people["facilitator"].centre = None
    people["facilitator"].save()
    client.force_login(people["facilitator"])
    response = client.post(DESK, {"purpose": "job"}, follow=True)
    assert "aucun centre" in response.content.decode()
    assert not Visit.objects.exists()
    assert "aucun centre" in client.get(DASHBOARD).content.decode()


# The learner's public


def test_the_facilitator_sets_a_learners_public(client, people):
    learner = people["learner_a"]
    client.force_login(people["facilitator"])
    page = client.get(f"/animation/apprenants/{learner.pk}/").content.decode()
    assert f'action="/animation/apprenants/{learner.pk}/public/"' in page
    response = client.post(f"/animation/apprenants/{learner.pk}/public/", {"public": "retired"})
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.public == "retired"
    page = client.get(f"/animation/apprenants/{learner.pk}/").content.decode()
    assert '<option value="retired" selected>' in page
    client.post(f"/animation/apprenants/{learner.pk}/public/", {"public": ""})
    learner.refresh_from_db()
    assert learner.public == ""


def test_bad_public_is_refused_and_other_centres_are_out_of_reach(client, people):
    learner = people["learner_a"]
    url = f"/animation/apprenants/{learner.pk}/public/"
    client.force_login(people["facilitator"])
    response = client.post(url, {"public": "king"}, follow=True)
    assert "Ce public n&#x27;existe pas" in response.content.decode()
    learner.refresh_from_db()
    assert learner.public == ""
    assert client.get(url).status_code == 405
    client.force_login(people["other_facilitator"])
    assert client.post(url, {"public": "retired"}).status_code == 404
    client.force_login(people["learner_b"])
    assert client.post(url, {"public": "retired"}).status_code == 403
    learner.refresh_from_db()
    assert learner.public == ""


# Queries


def grow(data, people, times):
    centre = people["centre"]
    for index in range(times):
        when = month_start(2 + index)
        crowd = learners(centre, [f"Extra{index}-{n}" for n in range(6)], public=Public.STUDENT)
        session = past_session(centre, data["room"], when, track=data["course"])
        attend(session, crowd)
        complete(crowd[0], people["lessons"], when)
        visits(centre, 7, public=Public.WORKING, date=when.date())


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_constant_number_of_queries(client, data, people):
    client.force_login(people["facilitator"])
    count_queries(client, DASHBOARD)  # the shared caches (role permissions) are warm
    small = (count_queries(client, DASHBOARD), count_queries(client, EXPORT))
    grow(data, people, 4)
    assert (count_queries(client, DASHBOARD), count_queries(client, EXPORT)) == small
    assert Enrolment.objects.count() > 30


def test_erasure_keeps_the_tally(people):
    from accounts import privacy

    me = people["facilitator"]
    services.visit_record(centre=people["centre"], purpose="job", recorded_by=me)
    assert privacy.export_user_data(me)["figures.Visit"] == {"visits_recorded": 1}
    from figures.privacy_handlers import erase_visits_recorded

    erase_visits_recorded(me)
    assert Visit.objects.get().recorded_by is None
