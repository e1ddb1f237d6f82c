"""The background queue in tests.

Tests run background tasks at once (cms/settings/test.py). A test that wants to see a task wait
for the worker takes the `task_queue` fixture (imported by the folder's conftest.py, as in
tests/ops/conftest.py): the "background" backend becomes the database queue of production, and
`task_queue.drain()` runs what is waiting, as the worker would, with the worker's own code::

    def test_digest(task_queue, client):
        client.post(...)
        assert not sent_yet()            # not done in the request
        assert task_queue.drain() == 1   # one task run by the worker
        assert sent()
"""

import pytest
from django.test import override_settings
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from home.tasks import BACKGROUND


class TaskQueue:
    def __init__(self, backend=BACKGROUND):
        self.backend = backend

    def waiting(self):
        return DBTaskResult.objects.ready().filter(backend_name=self.backend)

    def drain(self):
        """Run every task that is ready, oldest first, until none is left; how many ran.

        The worker's loop itself (`Worker.run`) closes the database connection between tasks,
        which would end the test's transaction: this claims and runs each task the same way
        without it."""
        worker = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name=self.backend,
            startup_delay=False,
            max_tasks=None,
            worker_id="tests",
            excluded_queue_names=[],
        )
        count = 0
        while (result := self.waiting().first()) is not None:
            result.claim(worker.worker_id)
            worker.run_task(result)
            count += 1
        return count


@pytest.fixture
def task_queue(db, settings):
    tasks = {**settings.TASKS, BACKGROUND: {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(TASKS=tasks):
        yield TaskQueue()
