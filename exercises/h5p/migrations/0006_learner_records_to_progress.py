"""H5PState and XAPIStatement are learner records: they move to progress (its migration 0006)
with their tables and rows. Here they leave the H5P app's state only; no table changes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0005_merge_drafts_and_package_files"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="H5PState"),
                migrations.DeleteModel(name="XAPIStatement"),
            ],
            database_operations=[],
        ),
    ]
