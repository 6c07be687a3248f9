import pytest

from tests.services import require

from .ralph import RALPH, Ralph


@pytest.fixture(scope="session")
def ralph_server():
    """One Ralph for the session: `make lrs` builds it. Missing, the tests skip on a user's
    clone and fail in CI (PASAPAS_REQUIRE_SERVICES=1)."""
    require(RALPH.exists(), f"Ralph is not installed at {RALPH}: run `make lrs`")
    server = Ralph()
    server.start()
    yield server
    server.close()


@pytest.fixture
def ralph(ralph_server, settings):
    """The session's Ralph, running (a test may have stopped it), and the site pointed at it."""
    if ralph_server.process is None or ralph_server.process.poll() is not None:
        ralph_server.start()
    ralph_server.configure(settings)
    return ralph_server
