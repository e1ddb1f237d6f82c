from django.contrib.auth import views as auth_views
from django.urls import path
from django.utils.translation import pgettext_lazy

from . import funding, onboarding, views
from .localdata import views as localdata_views

urlpatterns = [
    path(pgettext_lazy("URL", "login/"), views.LoginView.as_view(), name="login"),
    path(pgettext_lazy("URL", "logout/"), auth_views.LogoutView.as_view(), name="logout"),
    path(
        pgettext_lazy("URL", "password-reset/"),
        views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        pgettext_lazy("URL", "password-reset/sent/"),
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        pgettext_lazy("URL", "password-reset/<uidb64>/<token>/"),
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        pgettext_lazy("URL", "password-reset/done/"),
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(pgettext_lazy("URL", "professional/"), views.professional_area, name="professional_area"),
    path(
        pgettext_lazy("URL", "professional/local-data/"),
        localdata_views.local_data,
        name="local_data",
    ),
    path(
        pgettext_lazy("URL", "professional/local-data/<int:pk>/"),
        localdata_views.local_data_edit,
        name="local_data_edit",
    ),
    path(
        pgettext_lazy("URL", "professional/getting-started/"),
        onboarding.onboarding,
        name="onboarding",
    ),
    path(
        pgettext_lazy("URL", "professional/calendar-link/"),
        views.calendar_link,
        name="calendar_link",
    ),
    # Signed, not secret: it can only stop a reminder of a funding deadline.
    path(pgettext_lazy("URL", "funding/stop/<str:token>/"), funding.stop, name="funding_stop"),
    # The token is the secret of a personal link: network.feed_logging keeps it out of the logs.
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
