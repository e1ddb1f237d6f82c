"""Who may report local data, and for which municipalities.

A contributor reports for the municipalities whose contributor group they are in; the
secretariat reports and corrects for every municipality. Everyone else only reads.
"""

from home.roles import is_secretariat

from ..models import Municipality
from ..roles import contributor_municipalities, contributor_municipality_ids


def reporting_municipalities(user):
    if is_secretariat(user):
        return Municipality.objects.all()
    return contributor_municipalities(user)


def may_report(user):
    """Asked by every page's account links: no query beyond those the user's checks made."""
    if not user.is_authenticated:
        return False
    return is_secretariat(user) or bool(contributor_municipality_ids(user))
