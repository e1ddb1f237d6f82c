"""The demo's documents: made once, found again by their title on the next run."""

from wagtail.documents import get_document_model

from home.factories import DocumentFactory


def document(title, filename, paragraphs, collection=None):
    """A small PDF or Word document (by the file name), made once and found by its title."""
    document = get_document_model().objects.filter(title=title).first()
    if document is None:
        place = {"collection": collection} if collection else {}
        document = DocumentFactory(title=title, filename=filename, paragraphs=paragraphs, **place)
    return document
