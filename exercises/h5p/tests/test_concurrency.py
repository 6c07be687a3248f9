"""Two uploads bringing the same new library at once, on PostgreSQL: one library row, two
working activities, no file left that nothing points to."""

import io
import threading

import pytest
from django.db import connections

from exercises.h5p.models import H5PActivity, H5PLibrary
from exercises.h5p.services import h5p_package_import
from exercises.h5p.storage import package_storage

from .builders import build_package


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_uploads_share_one_library():
    barrier = threading.Barrier(4)
    errors = []

    def upload(n):
        try:
            barrier.wait()
            data = build_package(content={"n": n})
            h5p_package_import(source=io.BytesIO(data), title=f"Activité {n}")
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    library = H5PLibrary.objects.get()
    assert H5PActivity.objects.count() == 4
    for activity in H5PActivity.objects.all():
        assert list(activity.libraries.all()) == [library]
        assert package_storage().exists(f"{activity.content_path}content/content.json")
    folders, _ = package_storage().listdir("h5p/libraries/")
    assert [f"h5p/libraries/{name}/" for name in folders] == [library.storage_path]
