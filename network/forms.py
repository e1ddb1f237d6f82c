from django.contrib.auth import forms as auth_forms

from home.forms import AccessibleFormMixin


class LoginForm(AccessibleFormMixin, auth_forms.AuthenticationForm):
    pass


class PasswordResetForm(AccessibleFormMixin, auth_forms.PasswordResetForm):
    pass


class SetPasswordForm(AccessibleFormMixin, auth_forms.SetPasswordForm):
    pass
