"""The secretariat's admin views for users: invite someone, and send an invitation again."""

import logging
import smtplib

from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.roles import require_secretariat

from . import invitations
from .forms import InvitationForm

logger = logging.getLogger(__name__)

# What a mail server that cannot be reached or refuses the message raises.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


class InviteUserView(WagtailAdminTemplateMixin, FormView):
    """The form to invite a user, with the invitations still waiting for a password."""

    form_class = InvitationForm
    template_name = "network/admin/invite_user.html"
    page_title = gettext_lazy("Invite user")
    header_icon = "mail"
    success_url = reverse_lazy("network_invite_user")

    def dispatch(self, request, *args, **kwargs):
        require_secretariat(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pending = list(invitations.pending_invitations())
        sent = invitations.last_sent(pending)
        now = timezone.now()
        for user in pending:
            user.invitation_sent = sent.get(user.pk, user.date_joined)
            user.invitation_expired = invitations.link_expires(user.invitation_sent) < now
        existing = context["form"].existing_user
        context.update(
            {
                "pending": pending,
                "existing_pending": existing and invitations.is_pending_invitation(existing),
                "valid_for": timeuntil(invitations.link_expires(now), now),
                "action_url": reverse("network_invite_user"),
                "submit_button_label": _("Send the invitation"),
                "submit_button_active_label": _("Sending…"),
                "media": context["form"].media,
            }
        )
        return context

    def form_valid(self, form):
        user = invitations.create_invited_user(**form.cleaned_data, invited_by=self.request.user)
        try:
            invitations.send_invitation(user)
        except MAIL_ERRORS:
            logger.exception("The invitation to %s could not be sent", user.email)
            messages.error(
                self.request,
                _(
                    "%(email)s was created, but the invitation could not be sent. "
                    "Try again with “Send again” below."
                )
                % {"email": user.email},
            )
        else:
            messages.success(
                self.request,
                _("The invitation is on its way to %(email)s.") % {"email": user.email},
            )
        return super().form_valid(form)


@require_POST
def resend_invitation(request, user_id):
    """A fresh link for an invitee whose first one expired or got lost."""
    require_secretariat(request)
    user = get_object_or_404(invitations.pending_invitations(), pk=user_id)
    try:
        invitations.send_invitation(user, resent_by=request.user)
    except MAIL_ERRORS:
        logger.exception("The invitation to %s could not be sent again", user.email)
        messages.error(
            request, _("The invitation to %(email)s could not be sent.") % {"email": user.email}
        )
    else:
        messages.success(
            request, _("The invitation was sent again to %(email)s.") % {"email": user.email}
        )
    return redirect("network_invite_user")
