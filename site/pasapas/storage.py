"""Media on the local disk, without half-written files: a write that fails (full disk, file
too large) removes what it had begun, so no truncated picture or package is ever served."""

import os

from django.core.files.storage import FileSystemStorage


class MediaStorage(FileSystemStorage):
    def _save(self, name, content):
        full_path = self.path(name)
        existed = os.path.lexists(full_path)
        try:
            return super()._save(name, content)
        except OSError:
            if not existed and os.path.lexists(full_path):
                os.remove(full_path)
            raise
