"""What a municipality contributor may do in the admin.

Contributor groups hold `add_page` and `change_page` on the library and the meeting list (see
`roles.py`). Wagtail's permissions stop at the subtree; these narrow them to the contributor's
own municipality: a contributor edits and deletes only contributions of their municipality,
adds only contribution pages, and picks only their municipality on the form. Publishing and
approving need permissions contributors never get.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import PagePermissionTester

from home.roles import is_secretariat

from .roles import contributor_municipality_ids


def is_contribution(page_class):
    return issubclass(page_class, MunicipalityContributionMixin)


class ContributorPermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self.contributor_only = user.is_active and not is_secretariat(user)

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


class ContributionPageForm(WagtailAdminPageForm):
    """Contributors choose only among their own municipalities, and must choose one."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        field = self.fields.get("municipality")
        if field is None or for_user is None or is_secretariat(for_user):
            return
        field.queryset = field.queryset.filter(pk__in=contributor_municipality_ids(for_user))
        field.required = True
        field.empty_label = None
        field.help_text = _("You contribute on behalf of your municipality.")
