"""The collection that keeps the professional area's files, documents and images, behind login."""

from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction

PROFESSIONAL_COLLECTION = "Fagligt område"


@transaction.atomic
def professional_collection():
    """The collection for files only logged-in users may see, restricted on creation."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PROFESSIONAL_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PROFESSIONAL_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection
