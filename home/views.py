from django.http import Http404
from django.shortcuts import redirect
from wagtail.documents import get_document_model


def media_document(request, path):
    """A document's raw file address leads to its serve view, which checks who may read it."""
    document = get_document_model().objects.filter(file=path).first()
    if document is None:
        raise Http404
    return redirect(document.url)
