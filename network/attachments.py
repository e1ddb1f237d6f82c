"""Which documents a page uses, and whether a document may move behind the login.

A file attached to a page of the professional area moves into the restricted collection (see
`PrivateFileMixin`), unless something that anyone may open uses it too: a public page
(published or not) or any object that is not a page. Moving it would break that page's
download, so it stays where it is, and the editor is told.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from modelcluster.models import get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex


def attached_documents(page):
    """The documents of the page's inline files (its `files`, `attachments`, `appendices`),
    as the page holds them: from the database, or from a revision in memory."""
    Document = get_document_model()
    documents = []
    for relation in get_all_child_relations(type(page)):
        try:
            field = relation.related_model._meta.get_field("document")
        except FieldDoesNotExist:
            continue
        if field.is_relation and issubclass(field.related_model, Document):
            documents += [
                item.document
                for item in getattr(page, relation.get_accessor_name()).all()
                if item.document_id
            ]
    return documents


def documents_referenced_by(page):
    """The ids of the documents the page attaches, lists in its blocks or links in its text."""
    Document = get_document_model()
    ids = {document.pk for document in attached_documents(page)}
    for field in page._meta.concrete_fields:
        if not hasattr(field, "extract_references"):
            continue
        value = field.value_from_object(page)
        if not value:
            continue
        for model, pk, _path, _content_path in field.extract_references(value):
            if issubclass(model, Document) and str(pk).isdigit():
                ids.add(int(pk))
    return ids


def used_without_login(document, page_id=None):
    """Whether anything besides the page `page_id` and pages behind a login uses `document`."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(document)
    if page_id is not None:
        references = references.exclude(base_content_type=page_type, object_id=str(page_id))
    if references.exclude(base_content_type=page_type).exists():
        return True
    page_ids = references.values_list("object_id", flat=True)
    return Page.objects.filter(pk__in=[int(pk) for pk in page_ids]).public().exists()


def is_public(document):
    return not document.collection.get_view_restrictions().exists()
