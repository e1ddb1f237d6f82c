"""Images shown only behind login live in the professional area's restricted collection.

An image has no privacy of its own: its files are served to whoever its collection lets in
(home/views.py). An editor picks or uploads images anywhere, so when a page behind login is
published, the images it uses move to "Fagligt område", as its attached documents do. An image
that anything outside the login (a public page, a snippet, a setting) also uses stays public,
since moving it would break that page for visitors: the log says so, and so does a message to
the editor who published. Wagtail's reference index says where an image is used.

Nothing here makes an image public again: an image used on a public page while it sits in a
restricted collection is not shown to visitors, which the log and the editor are told.
"""

import logging

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published

from .documents import professional_collection

logger = logging.getLogger(__name__)

# Restrictions that only logged-in users pass. A password alone lets in visitors without an
# account, who would not see an image moved behind login.
LOGIN_RESTRICTIONS = [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]


def restricted_paths():
    return list(
        PageViewRestriction.objects.filter(restriction_type__in=LOGIN_RESTRICTIONS).values_list(
            "page__path", flat=True
        )
    )


def behind_login(page, paths=None):
    """Whether only logged-in users may see the page (its own or an ancestor's restriction)."""
    paths = restricted_paths() if paths is None else paths
    return any(page.path.startswith(path) for path in paths)


def images_on(page):
    """The images the page's live content uses: choosers, foreign keys, rich text."""
    image_model = get_image_model()
    ids = (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=ContentType.objects.get_for_model(image_model))
        .values_list("to_object_id", flat=True)
    )
    return image_model.objects.filter(pk__in=[int(pk) for pk in ids if pk.isdigit()])


def public_uses(image, paths):
    """Where the image is used outside the login: pages that are not behind it, and any other
    object (a snippet or a setting may be shown to anyone)."""
    page_type = ContentType.objects.get_for_model(Page)
    uses = list(
        ReferenceIndex.get_references_to(image)
        .values_list("base_content_type_id", "object_id")
        .distinct()
    )
    page_ids = [int(pk) for type_id, pk in uses if type_id == page_type.pk and pk.isdigit()]
    others = [
        f"{ContentType.objects.get_for_id(type_id).name} {pk}"
        for type_id, pk in uses
        if type_id != page_type.pk
    ]
    pages = Page.objects.filter(pk__in=page_ids).only("pk", "path", "title", "url_path")
    return [page for page in pages if not behind_login(page, paths)] + others


def is_public(image):
    return not image.collection.get_view_restrictions().exists()


def public_images_behind_login(page):
    """The public images a page behind login uses, each with its uses outside the login (none
    when only pages behind login use it). Empty for a public page."""
    paths = restricted_paths()
    if not behind_login(page, paths):
        return []
    pairs = []
    for image in images_on(page).select_related("collection"):
        if is_public(image):
            pairs.append((image, public_uses(image, paths)))
    return pairs


def hidden_from_visitors(page):
    """The images a public page uses that sit in a restricted collection."""
    if behind_login(page):
        return []
    return [image for image in images_on(page).select_related("collection") if not is_public(image)]


def protect_images(page):
    """Move the public images that only pages behind login use into the restricted collection."""
    for image, uses in public_images_behind_login(page):
        if uses:
            logger.warning(
                "Image %s (%r) used on page %s behind login stays public: also used on %s",
                image.pk,
                image.title,
                page.pk,
                ", ".join(str(use) for use in uses),
            )
            continue
        image.collection = professional_collection()
        image.save(update_fields=["collection"])
        logger.info(
            "Image %s (%r) moved behind login: used only on pages behind login",
            image.pk,
            image.title,
        )
    for image in hidden_from_visitors(page):
        logger.warning(
            "Image %s (%r) on public page %s is in a restricted collection: visitors who are "
            "not logged in do not see it",
            image.pk,
            image.title,
            page.pk,
        )


def page_was_published(sender, instance, **kwargs):
    page = instance.specific  # an alias may come as a plain Page, without its content
    # Record the page's references now: with a queued task backend Wagtail's own update could
    # come after this decision, and a public use not yet recorded would pull an image behind
    # login.
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(page)
    protect_images(page)


def tell_the_editor(request, page):
    """After a publish in the admin, say which images did not follow the page's privacy."""
    for image, uses in public_images_behind_login(page):
        if not uses:
            continue
        messages.warning(
            request,
            _(
                "The image “%(image)s” stays public, although this page needs a login: it is "
                "also used on %(uses)s."
            )
            % {"image": image.title, "uses": ", ".join(str(use) for use in uses)},
        )
    for image in hidden_from_visitors(page):
        messages.warning(
            request,
            _(
                "The image “%(image)s” is in the collection “%(collection)s”, which needs a "
                "login: visitors who are not logged in do not see it on this page."
            )
            % {"image": image.title, "collection": image.collection.name},
        )


def connect():
    page_published.connect(page_was_published, dispatch_uid="network.images.published")
    # Registered here rather than in wagtail_hooks.py so that the signal and the message that
    # explains it live together.
    hooks.register("after_publish_page", tell_the_editor)
