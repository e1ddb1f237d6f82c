"""The library's tile on the professional area's front page: "Bidrag med materiale" for those
who contribute for a municipality, and for the secretariat."""

from django.urls import reverse
from django.utils.translation import gettext as _

from home.roles import is_secretariat
from network import area_tiles
from network.roles import contributor_municipality_ids


def contribute_tile(request):
    user = request.user
    if not (is_secretariat(user) or contributor_municipality_ids(user)):
        return None
    return area_tiles.Tile(
        title=_("Contribute material"),
        url=reverse("contribute"),
        text=_(
            "Share a method, a tool or a material from your municipality. The secretariat "
            "looks it over before it joins the library."
        ),
    )


def connect():
    area_tiles.register(contribute_tile)
