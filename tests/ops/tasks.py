"""Tasks that exist only for the tests of the queue."""

from django.core.cache import cache

from home.tasks import background_task


@background_task()
def remember(key, value):
    cache.set(key, value)
    return value


@background_task()
def fail():
    raise RuntimeError("the task failed on purpose")
