import pytest
from django.core.cache import cache


@pytest.fixture
def empty_cache():
    """Lesson blocks start from an empty cache (they are kept 5 minutes between requests)."""
    cache.clear()
    yield
    cache.clear()
