"""`xapi_replay` sends the history to a new LRS: what the records hold, with the ids the events
had, so that a second replay (or an LRS that already holds some) keeps one copy of each."""

import io

import pytest
from django.core.management import CommandError, call_command

from lrs.models import OutboxStatement, Pseudonym

from .ralph import Ralph
from .world import answer_exercise, attend_session, h5p_statement, make_world


@pytest.fixture
def new_lrs(ralph_server):
    """A second Ralph, empty: the centre's new LRS."""
    server = Ralph()
    server.start()
    yield server
    server.close()


def test_the_history_goes_to_a_new_lrs_once(
    ralph, new_lrs, make_course, settings, tmp_path, django_capture_on_commit_callbacks
):
    from certificates.services import certificate_issue

    settings.H5P_ROOT = tmp_path / "h5p"
    world = make_world(make_course)
    learner = world["learner"]
    with django_capture_on_commit_callbacks(execute=True):
        world["client"].get(world["lesson"].url)
        answer_exercise(world, right=True)
        h5p_statement(world)
        certificate_issue(user=learner, course=world["course"])
        attend_session(world)
    live = {s["id"] for s in ralph.statements()} & {
        str(pk) for pk in OutboxStatement.objects.values_list("statement_id", flat=True)
    }
    assert len(live) == 6

    new_lrs.configure(settings)
    out = io.StringIO()
    call_command("xapi_replay", stdout=out)
    assert "déclarations envoyées" in out.getvalue()
    name = str(Pseudonym.objects.get(user=learner).name)
    replayed = [s for s in new_lrs.statements() if s["actor"]["account"]["name"] == name]
    # Every live statement, and the first opening of the lesson rebuilt from its record.
    assert live <= {s["id"] for s in replayed}
    assert len(replayed) == 7
    call_command("xapi_replay", "--since", "2000-01-01", stdout=io.StringIO())
    assert len(new_lrs.statements()) == len(replayed)


def test_replay_says_what_is_wrong(settings, db):
    settings.LRS_URL = ""
    with pytest.raises(CommandError, match="LRS_URL"):
        call_command("xapi_replay")
    settings.LRS_URL = "http://127.0.0.1:9/xAPI/"
    with pytest.raises(CommandError, match="AAAA-MM-JJ"):
        call_command("xapi_replay", "--since", "hier")
