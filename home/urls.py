from django.urls import path
from django.utils.translation import pgettext_lazy

from . import notification_views

urlpatterns = [
    path(
        pgettext_lazy("URL", "professional/notifications/"),
        notification_views.preferences,
        name="notification_preferences",
    ),
    # The token is signed, not secret: it can only switch off e-mails.
    path(
        pgettext_lazy("URL", "notifications/unsubscribe/<str:token>/"),
        notification_views.unsubscribe,
        name="notifications_unsubscribe",
    ),
]
