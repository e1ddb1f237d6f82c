from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(pgettext_lazy("URL", "contribute/"), views.contribute, name="contribute"),
    path(
        pgettext_lazy("URL", "contribute/<int:pk>/"),
        views.edit_contribution,
        name="edit_contribution",
    ),
    path(
        pgettext_lazy("URL", "contribute/<int:pk>/withdraw/"),
        views.withdraw_contribution,
        name="withdraw_contribution",
    ),
    path(
        pgettext_lazy("URL", "my-contributions/"),
        views.my_contributions,
        name="my_contributions",
    ),
]
