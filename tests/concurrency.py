"""Real concurrency for the PostgreSQL tests: actions started at the same instant, each in its
own thread with its own database connection."""

import threading

from django.db import connections


def run_together(*actions):
    """Start the actions at the same instant, each in its own thread and connection."""
    barrier = threading.Barrier(len(actions))
    errors = []

    def run(action):
        try:
            barrier.wait()
            action()
        except Exception as error:  # noqa: BLE001 (collected and asserted by the caller)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
