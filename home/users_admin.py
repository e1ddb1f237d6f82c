"""Wagtail's user admin, with superuser rights kept to superusers.

Wagtail offers the "Administrator" (is_superuser) box to anyone who may add or change users, and
lets them edit a superuser's e-mail and password. The secretariat manages users but is not a
superuser: it must neither make anyone a superuser nor take over a superuser's account. So, for
anyone who is not a superuser, the forms have no is_superuser field (a posted value is ignored)
and superusers' accounts can be neither edited nor deleted, one at a time or in bulk from the
list. Superusers keep everything.

The viewset is swapped in by `home.apps.WagtailUsersConfig.user_viewset`; the bulk actions
replace Wagtail's in `home.wagtail_hooks`.
"""

from django.core.exceptions import PermissionDenied
from wagtail.users import forms
from wagtail.users.views import bulk_actions, users


def may_manage(user, target):
    """Only a superuser changes a superuser's account."""
    return user.is_superuser or not target.is_superuser


class SuperuserFieldForSuperusersMixin:
    """Without a field, a posted is_superuser never reaches the model."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if for_user is None or not for_user.is_superuser:
            self.fields.pop("is_superuser", None)


class UserCreationForm(SuperuserFieldForSuperusersMixin, forms.UserCreationForm):
    pass


class UserEditForm(SuperuserFieldForSuperusersMixin, forms.UserEditForm):
    pass


class FormForUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class RefuseSuperuserTargetMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_manage(request.user, self.object):  # the views' setup() fetched it
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class IndexView(users.IndexView):
    """No edit or delete links to accounts the viewer may not change."""

    def get_edit_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_edit_url(instance)

    def get_delete_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_delete_url(instance)


class CreateView(FormForUserMixin, users.CreateView):
    pass


class EditView(RefuseSuperuserTargetMixin, FormForUserMixin, users.EditView):
    pass


class DeleteView(RefuseSuperuserTargetMixin, users.DeleteView):
    pass


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class RefuseSuperusersInBulkMixin:
    """Bulk actions on the user list skip accounts the user may not change, as the views do."""

    def check_perm(self, obj):
        return may_manage(self.request.user, obj) and super().check_perm(obj)


class SetActiveStateBulkAction(RefuseSuperusersInBulkMixin, bulk_actions.SetActiveStateBulkAction):
    pass


class AssignRoleBulkAction(RefuseSuperusersInBulkMixin, bulk_actions.AssignRoleBulkAction):
    pass
