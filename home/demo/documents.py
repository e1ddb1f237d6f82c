"""The demo's documents: made once, found again by their title on the next run."""

from wagtail.documents import get_document_model

from home.factories import DocumentFactory

from .files import make_pptx


def document(title, filename, paragraphs, collection=None):
    """A small PDF, Word or PowerPoint document (by the file name), made once and found by its
    title."""
    document = get_document_model().objects.filter(title=title).first()
    if document is None:
        options = {"collection": collection} if collection else {}
        if filename.endswith(".pptx"):
            options["content"] = make_pptx(title, paragraphs)
        document = DocumentFactory(title=title, filename=filename, paragraphs=paragraphs, **options)
    return document
