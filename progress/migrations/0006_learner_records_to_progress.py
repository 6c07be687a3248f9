"""H5PState and XAPIStatement come from the H5P app (its migration 0006) with their rows: the
tables keep their names (db_table), only the migration state moves; their content types (and so
their permissions) follow."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MOVED = ["h5pstate", "xapistatement"]


def move_content_types(apps, schema_editor, source="h5p", target="progress"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="progress", target="h5p")


class Migration(migrations.Migration):

    dependencies = [
        ('h5p', '0006_learner_records_to_progress'),
        ('progress', '0005_completions_that_finished_a_course'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='H5PState',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('state', models.TextField(verbose_name='état')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='enregistré le')),
                        ('activity', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='states', to='h5p.h5pactivity')),
                        ('lesson', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='h5p_states', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': "état d'une activité H5P",
                        'verbose_name_plural': 'états des activités H5P',
                        'db_table': 'h5p_h5pstate',
                        'constraints': [models.UniqueConstraint(fields=('user', 'activity', 'lesson'), name='one_h5p_state_per_lesson')],
                    },
                ),
                migrations.CreateModel(
                    name='XAPIStatement',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('activity_title', models.CharField(blank=True, max_length=255, verbose_name="titre de l'activité")),
                        ('lesson_title', models.CharField(blank=True, max_length=255, verbose_name='titre de la leçon')),
                        ('verb', models.CharField(max_length=32, verbose_name='verbe')),
                        ('top_level', models.BooleanField(default=True, verbose_name='activité entière')),
                        ('score', models.FloatField(blank=True, null=True, verbose_name='score')),
                        ('success', models.BooleanField(blank=True, null=True, verbose_name='réussi')),
                        ('statement', models.JSONField(default=dict, verbose_name='déclaration')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='reçue le')),
                        ('activity', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='statements', to='h5p.h5pactivity')),
                        ('lesson', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='xapi_statements', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'déclaration xAPI',
                        'verbose_name_plural': 'déclarations xAPI',
                        'db_table': 'h5p_xapistatement',
                        'indexes': [models.Index(fields=['activity', 'user'], name='h5p_xapista_activit_a8fef2_idx')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
