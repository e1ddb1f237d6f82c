from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from home.forms import AccessibleFormMixin

from .invitations import Role, is_pending_invitation, pending_invitations, user_with_email
from .models import Municipality


class LoginForm(AccessibleFormMixin, auth_forms.AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # AuthenticationForm sets max_length after making the field, so nothing checks it: a
        # 100 kB username would reach django-axes, which stores it in a varchar(255).
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))


class PasswordResetForm(AccessibleFormMixin, auth_forms.PasswordResetForm):
    throttled_message = _(
        "A new password has been asked for too many times from your network or for this "
        "address. Please try again in an hour. If we have sent you a link already, it still "
        "works: look in your inbox, and in your spam folder."
    )

    def get_users(self, email):
        """Also an invitee whose link expired: having no password yet, Django would skip them."""
        yield from super().get_users(email)
        yield from pending_invitations().filter(email__iexact=email)


class SetPasswordForm(AccessibleFormMixin, auth_forms.SetPasswordForm):
    pass


class InvitationForm(forms.Form):
    """Who to invite, for which municipality and in which role (the admin's "Invite user")."""

    email = forms.EmailField(
        label=_("E-mail"),
        max_length=get_user_model()._meta.get_field("username").max_length,
        help_text=_("The invitee logs in with this address."),
    )
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    municipality = forms.ModelChoiceField(
        Municipality.objects.all(),
        label=_("Municipality"),
        required=False,
        help_text=_("The municipality the invitee works for. A contributor needs one."),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Role.choices,
        initial=Role.PROFESSIONAL,
        widget=forms.RadioSelect,
        help_text=_(
            "A professional reads the professional area; a contributor also submits material "
            "and data for the municipality; the secretariat manages the site in the admin."
        ),
    )

    existing_user = None

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        get_user_model().username_validator(email)
        self.existing_user = user_with_email(email)
        if self.existing_user is None:
            return email
        if is_pending_invitation(self.existing_user):
            message = _(
                "%(email)s has been invited already but has not chosen a password yet. "
                "You can send the invitation again."
            )
        elif not self.existing_user.is_active:
            message = _(
                "%(email)s belongs to a deactivated user. Reactivate the user under Users instead."
            )
        else:
            message = _(
                "%(email)s is already a user of the site. Someone who has forgotten their "
                "password can choose a new one from the login page."
            )
        raise ValidationError(message, code="exists", params={"email": email})

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("role") == Role.CONTRIBUTOR and not cleaned.get("municipality"):
            self.add_error(
                "municipality", _("Choose the municipality the contributor submits for.")
            )
        return cleaned
