from django_tasks import default_task_backend, task

from . import services


@task()
def drain_outbox():
    """Runs in the worker in production: the page that wrote a statement never waits for the
    LRS. When the LRS failed, the task queues itself again for when the next try is due (with a
    backend that can wait; otherwise the next event or `xapi_send` picks them up)."""
    services.drain_started()
    report = services.outbox_drain()
    if report.retry_at is not None and default_task_backend.supports_defer:
        drain_outbox.using(run_after=report.retry_at).enqueue()
    return {"sent": report.sent, "refused": report.refused, "failed": report.failed}
