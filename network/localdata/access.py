"""Who may report local data, and for which municipalities.

A contributor reports for the municipalities whose contributor group they are in; the
secretariat reports and corrects for every municipality. Everyone else only reads.
"""

from home.roles import is_secretariat

from ..models import Municipality
from ..roles import contributor_municipalities


def reporting_municipalities(user):
    if is_secretariat(user):
        return Municipality.objects.all()
    return contributor_municipalities(user)


def may_report(user):
    return user.is_authenticated and reporting_municipalities(user).exists()
