"""A site grown to hundreds of items in seconds, for the tests that check that a page's queries do
not grow with its content: copies of demo pages and rows, written in bulk.

Factories make one page in some fifty queries (revisions, search index, reference index); a
thousand materials would take minutes. A copy here is the original's rows with a new title,
slug, tree path and translation key: live, in the same parent, what a list or a count sees.
Relations (tags, files) stay with the original. Only for tests: it skips Wagtail's signals.
"""

import uuid

from django.db import connection
from django.db.models import F
from wagtail.models import Page


def copy_pages(original, count):
    """`count` live copies of the page, beside it under its parent."""
    model = type(original)
    parent = original.get_parent()
    last = parent.get_last_child()
    first_step = last._get_lastpos_in_path() + 1
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    pages = []
    for number in range(count):
        values = {field.attname: getattr(original, field.attname) for field in base_fields}
        slug = f"{original.slug}-kopi-{number}"
        values.update(
            title=f"{original.title} ({number})",
            draft_title=f"{original.title} ({number})",
            slug=slug,
            path=Page._get_path(parent.path, original.depth, first_step + number),
            url_path=f"{parent.url_path}{slug}/",
            translation_key=uuid.uuid4(),
            numchild=0,
            latest_revision_id=None,
            live_revision_id=None,
            alias_of_id=None,
        )
        pages.append(Page(**values))
    Page.objects.bulk_create(pages)
    own_fields = [field for field in model._meta.local_concrete_fields if not field.primary_key]
    copies = []
    for page in pages:
        copy = model(page_ptr_id=page.pk)
        for field in own_fields:
            setattr(copy, field.attname, getattr(original, field.attname))
        copies.append(copy)
    # Django's bulk_create refuses models with a parent table: the own table's rows directly.
    model._base_manager._insert(
        copies, fields=model._meta.local_concrete_fields, using=connection.alias
    )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return model.objects.filter(pk__in=[page.pk for page in pages])


def copy_rows(original, count, **unique):
    """`count` copies of a plain model's row; `unique` maps a field to a function of the copy's
    number (a code, a name)."""
    model = type(original)
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    rows = []
    for number in range(count):
        values = {field.attname: getattr(original, field.attname) for field in fields}
        values.update({name: make(number) for name, make in unique.items()})
        rows.append(model(**values))
    return model.objects.bulk_create(rows)
