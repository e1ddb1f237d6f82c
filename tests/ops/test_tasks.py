"""The background queue: the project's slow work waits for the worker, Wagtail's own index
updates do not."""

import pytest
from django.core.cache import cache
from django_tasks import TaskResultStatus, task_backends
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex
from wagtail.rich_text import RichText

from home.models import ConceptPage
from tests.ops.tasks import fail, remember

pytestmark = pytest.mark.django_db


def test_the_tests_run_background_tasks_at_once():
    result = remember.enqueue("answer", 42)

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert cache.get("answer") == 42


def test_a_background_task_waits_for_the_worker(task_queue):
    result = remember.enqueue("answer", 42)

    assert cache.get("answer") is None
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY

    assert task_queue.drain() == 1
    assert cache.get("answer") == 42
    stored = task_backends["background"].get_result(result.id)
    assert stored.status == TaskResultStatus.SUCCESSFUL
    assert stored.return_value == 42


def test_a_failing_task_is_recorded_and_does_not_stop_the_others(task_queue):
    failing = fail.enqueue()
    remember.enqueue("after", "yes")

    assert task_queue.drain() == 2
    assert cache.get("after") == "yes"
    stored = task_backends["background"].get_result(failing.id)
    assert stored.status == TaskResultStatus.FAILED
    assert stored.errors[0].exception_class_path == "builtins.RuntimeError"


def test_a_published_page_is_searchable_and_its_references_indexed_at_once(task_queue, home_da):
    """Wagtail's index updates stay on the immediate "default" backend even when the project's
    queue is the database: nothing waits for a worker."""
    target = home_da.get_children().live().first()
    page = ConceptPage(
        title="Sommerfuglevinger i regnvejr",
        slug="sommerfuglevinger",
        body=[("paragraph", RichText(f'<p><a linktype="page" id="{target.pk}">se</a></p>'))],
    )
    home_da.add_child(instance=page)
    page.save_revision().publish()

    assert not DBTaskResult.objects.exists()
    assert page in ConceptPage.objects.live().search("sommerfuglevinger")
    assert (
        ReferenceIndex.get_references_for_object(page).filter(to_object_id=str(target.pk)).exists()
    )
