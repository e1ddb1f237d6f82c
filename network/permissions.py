"""What a municipality contributor may do in the admin.

Contributor groups hold `add_page` and `change_page` on the library and the meeting list, and
`add_document` and `choose_document` on the professional area's collection (see `roles.py`).
Wagtail's permissions stop at the subtree and the collection; what follows narrows them to the
contributor's own municipality:

- `ContributorPermissionTester`: a contributor edits and deletes only contributions of their
  municipality, and adds only contribution pages.
- `ContributorPagePermissionPolicy`: every list the admin builds from page permissions (the
  explorer, the admin search, the pages API, the site history, the workflow reports, the "choose
  a parent" list) leaves out the contributions of other municipalities, and the pages nobody has
  published yet that are not the contributor's own (the explorer's filters, in
  `wagtail_hooks.py`, name only the people of those pages).
- `DocumentPermissionPolicy`: only holders of `change_document` edit, replace or delete a
  document (an uploader no longer may: that let a municipality swap the file of an approved
  material without approval), and a user without it chooses only the files they uploaded.
- `ContributionPageForm`: the municipality and the attached documents a contributor posts must
  be among those they may choose.

Publishing and approving need permissions contributors never get.
"""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.models import PagePermissionTester, get_page_models
from wagtail.permission_policies.collections import CollectionPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from home.roles import is_secretariat

from .attachments import documents_referenced_by
from .roles import contributor_municipality_ids


def is_contribution(page_class):
    return issubclass(page_class, MunicipalityContributionMixin)


def is_contributor_only(user):
    """An active user who is not the secretariat: whatever pages they may edit, they edit them
    on behalf of their municipality, and see no more than that in the admin."""
    return user.is_authenticated and user.is_active and not is_secretariat(user)


class ContributorPermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self.contributor_only = is_contributor_only(user)

    def owns_page(self):
        return is_contribution(type(self.page)) and (
            self.page.municipality_id in contributor_municipality_ids(self.user)
        )

    def can_edit(self):
        return super().can_edit() and (not self.contributor_only or self.owns_page())

    def can_delete(self, ignore_bulk=False):
        allowed = super().can_delete(ignore_bulk=ignore_bulk)
        return allowed and (not self.contributor_only or self.owns_page())

    def can_add_subpage(self):
        if not super().can_add_subpage():
            return False
        if not self.contributor_only:
            return True
        return any(
            is_contribution(model) and model.can_create_at(self.page)
            for model in self.page.specific_class.creatable_subpage_models()
        )


class ContributorPermissionsMixin:
    """For every page type under which, or as which, municipalities contribute."""

    def permissions_for_user(self, user):
        return ContributorPermissionTester(user, self)


class MunicipalityContributionMixin(ContributorPermissionsMixin):
    """A page a municipality contributes; it needs a `municipality` foreign key."""


# Pages


def contribution_page_models():
    return [model for model in get_page_models() if is_contribution(model)]


def contributions_q():
    """Pages that are contributions of any municipality, or of none."""
    content_types = ContentType.objects.get_for_models(*contribution_page_models()).values()
    return Q(content_type__in=[content_type.pk for content_type in content_types])


def own_contributions_q(user):
    """Contributions of the municipalities `user` contributes for."""
    ids = contributor_municipality_ids(user)
    return reduce(
        or_,
        (
            Q(pk__in=model.objects.filter(municipality_id__in=ids).values("pk"))
            for model in contribution_page_models()
        ),
        Q(pk__in=[]),
    )


def contributor_pages_q(user, actions):
    """Of the pages Wagtail's permissions give a contributor for `actions`, those that concern
    them: where they add ("add"), the published pages that are no contribution; whatever else
    they do, their own municipality's contributions."""
    parts = []
    if "add" in actions:
        parts.append(Q(live=True) & ~contributions_q())
    if set(actions) - {"add"}:
        parts.append(own_contributions_q(user))
    return reduce(or_, parts, Q(pk__in=[]))


def pages_for_contributor(pages, user):
    """What a contributor finds in the page chooser: their municipality's contributions and
    the published pages that are no contribution."""
    if not is_contributor_only(user):
        return pages
    return pages.filter(contributor_pages_q(user, {"add", "change"}))


class ContributorPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, and for contributors no page of another municipality: the
    explorer, the admin search, the pages API, the site history and the workflow reports all
    build their lists from `instances_user_has_any_permission_for` or `explorable_instances`."""

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        if not is_contributor_only(user):
            return pages
        return pages.filter(contributor_pages_q(user, actions))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        allowed = super().user_has_any_permission_for_instance(user, actions, instance)
        if not allowed or not is_contributor_only(user):
            return allowed
        pages = self.model._default_manager.filter(pk=instance.pk)
        return pages.filter(contributor_pages_q(user, actions)).exists()


# Documents


class DocumentPermissionPolicy(CollectionPermissionPolicy):
    """Documents by collection permissions alone: `change_document` to edit, replace or delete
    (Wagtail's default also let whoever uploaded a file change it, with `add_document` only).
    Choosing a document needs `choose_document` on its collection and, without
    `change_document` there, to have uploaded it: a contributor attaches their own files only.
    """

    def __init__(self):
        super().__init__(get_document_model(), auth_model="wagtaildocs.Document")

    def user_has_permission(self, user, action):
        # Wagtail treats deleting a document as changing it; so does this policy.
        return super().user_has_permission(user, "change" if action == "delete" else action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def _actions(self, actions):
        actions = set(actions)
        if "delete" in actions:
            actions = (actions - {"delete"}) | {"change"}
        return actions

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = self._actions(actions)
        others = actions - {"choose"}
        if others and self._check_perm(user, others, collection=instance.collection):
            return True
        if "choose" not in actions:
            return False
        return self._check_perm(user, ["choose"], collection=instance.collection) and (
            instance.uploaded_by_user_id == user.pk
            or self._check_perm(user, ["change"], collection=instance.collection)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        actions = self._actions(actions)
        documents = self.model._default_manager
        if not (user.is_active and user.is_authenticated):
            return documents.none()
        if user.is_superuser:
            return documents.all()
        allowed = Q(pk__in=[])
        if actions - {"choose"}:
            allowed |= Q(
                collection__in=list(self._collections_with_perm(user, actions - {"choose"}))
            )
        if "choose" in actions:
            managed = list(self._collections_with_perm(user, ["change"]))
            allowed |= Q(collection__in=list(self._collections_with_perm(user, ["choose"]))) & (
                Q(uploaded_by_user=user) | Q(collection__in=managed)
            )
        return documents.filter(allowed)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self._users_with_perm(self._actions(actions), collection=instance.collection)


def attachable_documents(user):
    """The documents `user` may attach to a page: those the document chooser offers them."""
    policy = policy_registry.get_by_type(get_document_model())
    return policy.instances_user_has_any_permission_for(user, ["choose"])


# The page form


class ContributionPageForm(WagtailAdminPageForm):
    """Contributors choose only among their own municipalities, and must choose one; and every
    document a page form sends (attached files, document lists, links in text) must be one the
    editor may choose, or one the page had already."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.documents_before = self.referenced_documents_before()
        field = self.fields.get("municipality")
        if field is None or for_user is None or is_secretariat(for_user):
            return
        field.queryset = field.queryset.filter(pk__in=contributor_municipality_ids(for_user))
        field.required = True
        field.empty_label = None
        field.help_text = _("You contribute on behalf of your municipality.")

    def referenced_documents_before(self):
        """The documents of the page as the editor opened it (its latest revision) and as it is
        published: keeping them is always allowed, whoever uploaded them."""
        ids = set(documents_referenced_by(self.instance))
        if self.instance.pk:
            saved = type(self.instance).objects.filter(pk=self.instance.pk).first()
            if saved is not None:
                ids |= documents_referenced_by(saved)
        return ids

    def clean(self):
        cleaned_data = super().clean()
        if self.for_user is not None:
            self.check_documents(cleaned_data)
        return cleaned_data

    def check_documents(self, cleaned_data):
        sent = []  # (document id, the form that sent it, the field)
        for formset in self.formsets.values():
            for form in formset.forms:
                document = form.cleaned_data.get("document") if form.is_valid() else None
                if document is not None and not form.cleaned_data.get("DELETE"):
                    sent.append((document.pk, form, "document"))
        Document = get_document_model()
        for name, value in cleaned_data.items():
            try:
                model_field = self.instance._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if not value or not hasattr(model_field, "extract_references"):
                continue
            for model, pk, _path, _content_path in model_field.extract_references(value):
                if issubclass(model, Document) and str(pk).isdigit():
                    sent.append((int(pk), self, name))
        new = {pk for pk, _form, _field in sent} - self.documents_before
        allowed = set(
            attachable_documents(self.for_user).filter(pk__in=new).values_list("pk", flat=True)
        )
        for pk, form, field in sent:
            if pk in new and pk not in allowed:
                form.add_error(
                    field, _("Choose one of your own files, or upload it again as a new file.")
                )
