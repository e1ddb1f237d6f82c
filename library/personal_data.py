"""The library's part of one person's data (`home.personal_data`): the materials that name them
as the contact ("whom to ask"). The pages a person owns are listed by the ground floor already.

Erasing the person clears the contact name and e-mail on those materials and in every saved
version of them, so that neither the page nor its history names them; the material stays under
its municipality."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from home.personal_data import register

from .models import MaterialPage

CONTACT_FIELDS = ("contact_name", "contact_email")


def naming(user):
    if not user.email:
        return MaterialPage.objects.none()
    return MaterialPage.objects.filter(contact_email__iexact=user.email)


def materials_naming(user):
    return [
        {
            "title": page.title,
            "contact_name": page.contact_name,
            "contact_email": page.contact_email,
        }
        for page in naming(user).order_by("path")
    ]


def erase_contact(user):
    pages = list(naming(user).values_list("pk", flat=True))
    if not pages:
        return
    MaterialPage.objects.filter(pk__in=pages).update(contact_name="", contact_email="")
    for revision in Revision.objects.page_revisions().filter(
        object_id__in=[str(pk) for pk in pages]
    ):
        if any(revision.content.get(field) for field in CONTACT_FIELDS):
            revision.content.update(dict.fromkeys(CONTACT_FIELDS, ""))
            revision.save(update_fields=["content"])


def connect():
    register(
        "materials_as_contact",
        _("Materials naming them as the contact"),
        materials_naming,
        erase_contact,
    )
