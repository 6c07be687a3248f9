from django_tasks import task

from . import notifications


@task()
def send_mentoring_email(kind, object_id):
    """Runs in the worker in production: a slow mail server never slows a page down."""
    return notifications.send(kind, object_id)
