from tests.tasks import task_queue  # noqa: F401  (the fixture, for every test here)
