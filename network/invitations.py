"""Inviting users: the secretariat names the person, the municipality and the role; the site
creates the account and mails a link where the invitee chooses a password.

There is no invitation model. An invitation is a user without a usable password who has never
logged in, and its link is an ordinary password-reset link: it leads to the site's own
`password_reset_confirm` view, expires after PASSWORD_RESET_TIMEOUT, and stops working once a
password is chosen, because the token is signed with the password hash.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models import Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.timesince import timeuntil
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from home.roles import PROFESSIONALS, SECRETARIAT

from .models import Membership
from .roles import ensure_contributor_group

INVITE_ACTION = "fiv.invite"
RESEND_ACTION = "fiv.invite_resend"
INVITATION_LANGUAGE = "da"  # the network's language: the invitee has not chosen one yet


class Role(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional")
    CONTRIBUTOR = "contributor", _("Contributor for the municipality")
    SECRETARIAT = "secretariat", _("Secretariat")


def user_with_email(email):
    """The user an address already belongs to, as e-mail or as username, whatever its case."""
    return (
        get_user_model()
        .objects.filter(Q(email__iexact=email) | Q(username__iexact=email))
        .order_by("pk")
        .first()
    )


def pending_invitations():
    """Invitees who have not yet chosen a password, newest first."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            last_login__isnull=True,
            password__startswith=UNUSABLE_PASSWORD_PREFIX,
        )
        .exclude(email="")
        .select_related("membership__municipality")
        .order_by("-date_joined")
    )


def is_pending_invitation(user):
    return user.is_active and user.last_login is None and not user.has_usable_password()


def last_sent(users):
    """When each user's invitation was last mailed, from the audit log: {pk: datetime}."""
    sent = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(get_user_model()),
            object_id__in=[str(user.pk) for user in users],
            action__in=[INVITE_ACTION, RESEND_ACTION],
        )
        .values("object_id")
        .annotate(last=Max("timestamp"))
    )
    return {int(row["object_id"]): row["last"] for row in sent}


def link_expires(sent_at):
    return sent_at + timezone.timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)


@transaction.atomic
def create_invited_user(*, email, first_name, last_name, municipality, role, invited_by):
    """The account, its municipality and its groups; the invitee chooses the password."""
    email = email.strip().lower()
    user = get_user_model()(
        username=email, email=email, first_name=first_name, last_name=last_name, is_active=True
    )
    user.set_unusable_password()
    user.save()
    if municipality is not None:
        Membership.objects.create(user=user, municipality=municipality)
    user.groups.add(*groups_for(role, municipality))
    log(
        instance=user,
        action=INVITE_ACTION,
        user=invited_by,
        data={"role": str(role), "municipality": str(municipality or "")},
    )
    return user


def groups_for(role, municipality):
    if role == Role.SECRETARIAT:
        return [Group.objects.get(name=SECRETARIAT)]
    groups = [Group.objects.get(name=PROFESSIONALS)]
    if role == Role.CONTRIBUTOR:
        groups.append(ensure_contributor_group(municipality))
    return groups


def invitation_link(user):
    """An absolute link to choose a password, valid for PASSWORD_RESET_TIMEOUT and used once."""
    with translation.override(INVITATION_LANGUAGE):
        path = reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(user, *, resent_by=None):
    """Mail the invitation in Danish. Raises what the mail backend raises (SMTP down)."""
    now = timezone.now()
    with translation.override(INVITATION_LANGUAGE):
        membership = Membership.objects.filter(user=user).select_related("municipality").first()
        context = {
            "user": user,
            "link": invitation_link(user),
            "valid_for": timeuntil(link_expires(now), now),
            "municipality": membership.municipality if membership else None,
            "contributor": user.groups.filter(contributor_for__isnull=False).exists(),
        }
        subject = render_to_string("network/auth/invitation_subject.txt", context).strip()
        body = render_to_string("network/auth/invitation_email.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    if resent_by is not None:
        log(instance=user, action=RESEND_ACTION, user=resent_by)
