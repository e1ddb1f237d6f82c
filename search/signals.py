"""What the search does when its content changes: forget the cached answers (results.HITS).

Whatever a search may find is an indexed object (pages, documents, the text of files,
municipalities) or links a file to a page (the attachments): saving or deleting any of them,
and publishing, unpublishing or moving a page, gives the cached answers a new version. Who may
see what is not part of it: the restrictions a reader does not pass are in each answer's key.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.search.index import get_indexed_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from .results import ATTACHMENTS, forget_hits


def connect():
    for model in [*get_indexed_models(), *(model for model, _field in ATTACHMENTS)]:
        for signal in (post_save, post_delete):
            signal.connect(forget_hits, sender=model, dispatch_uid="search.hits")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_hits, dispatch_uid="search.hits")
