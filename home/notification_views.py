"""The pages of notifications: "Mine notifikationer", where a logged-in user chooses what reaches
them by e-mail, and the unsubscribe page that a link in every e-mail opens without a login."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .forms import AccessibleFormMixin
from .notification_models import NotificationPreference
from .notifications import (
    ALL_KINDS,
    get_kind,
    kinds,
    preferences_of,
    read_unsubscribe_token,
    save_preferences,
    turn_off,
)

MAX_OPTIONS = 200


class PreferencesForm(AccessibleFormMixin, forms.Form):
    """A radio group per kind (`<kind>-frequency`) and, for a kind with options, its checkboxes
    (`<kind>-options`). Fields of kinds the site does not know are not fields: they are ignored."""

    def __init__(self, *args, preferences, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = []
        for kind in kinds():
            pref = preferences[kind.key]
            name = f"{kind.key}-frequency"
            self.fields[name] = forms.ChoiceField(
                label=kind.label,
                help_text=kind.help_text,
                choices=NotificationPreference.FREQUENCIES,
                initial=pref.frequency,
                widget=forms.RadioSelect,
            )
            names = [name]
            if kind.choices is not None:
                options = f"{kind.key}-options"
                self.fields[options] = forms.MultipleChoiceField(
                    label=kind.option_label,
                    help_text=kind.hint,
                    choices=kind.choices(language),
                    required=False,
                    initial=(pref.options or {}).get("choices", []),
                    widget=forms.CheckboxSelectMultiple,
                )
                names.append(options)
            self.groups.append((kind, [self[n] for n in names]))

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if name.endswith("-options") and len(value) > MAX_OPTIONS:
                self.add_error(name, gettext_lazy("Choose fewer themes."))
        return cleaned

    def chosen(self):
        """{kind key: (frequency, options)} of a valid form."""
        data = self.cleaned_data
        return {
            kind.key: (
                data[f"{kind.key}-frequency"],
                {"choices": data[f"{kind.key}-options"]} if kind.choices is not None else {},
            )
            for kind in kinds()
        }


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def preferences(request):
    """Mine notifikationer: what reaches the user by e-mail, and how often."""
    language = translation.get_language()
    current = preferences_of(request.user)
    if request.method == "POST":
        form = PreferencesForm(request.POST, preferences=current, language=language)
        if form.is_valid():
            save_preferences(request.user, form.chosen(), language)
            messages.success(request, _("Your choices are saved."))
            return redirect(request.path)
        status = 400
    else:
        form = PreferencesForm(preferences=current, language=language)
        status = 200
    return TemplateResponse(
        request,
        "home/notifications/preferences.html",
        {"form": form, "has_email": bool(request.user.email)},
        status=status,
    )


def _bad_link(request):
    return TemplateResponse(request, "home/notifications/bad_link.html", status=400)


@csrf_exempt  # the signed link stands in for the login and the form's token (RFC 8058)
@require_http_methods(["GET", "POST"])
@never_cache
def unsubscribe(request, token):
    """GET shows what the link switches off and a button (mail scanners open links by
    themselves: a GET changes nothing); POST switches it off. A mail program's one-click POST
    (`List-Unsubscribe=One-Click`) is answered the same way, with no page to confirm."""
    found = read_unsubscribe_token(token)
    user = found and get_user_model().objects.filter(pk=found[0]).first()
    if not user:
        return _bad_link(request)
    kind_key = found[1]
    kind = get_kind(kind_key)
    context = {
        "kind": kind,
        "everything": kind_key == ALL_KINDS,
        "done": request.method == "POST",
    }
    if request.method == "POST":
        turn_off(user, kind_key)
    return TemplateResponse(request, "home/notifications/unsubscribe.html", context)
