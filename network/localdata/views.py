"""The contributors' page in the professional area: their municipality's reports year by year,
a form to report a year, and the same form to correct one."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from home.params import int_param
from home.roles import is_secretariat

from ..models import LocalReport
from .access import reporting_municipalities
from .forms import LocalReportForm

TEMPLATE = "network/localdata/local_data.html"
REFUSED_TEMPLATE = "network/localdata/refused.html"


@login_required
def local_data(request):
    """Report a new year. Contributors of one municipality report for it; the secretariat (and
    anyone in several contributor groups) first picks the municipality."""
    allowed = reporting_municipalities(request.user)
    choices = list(allowed.only("pk", "name"))
    if not choices:
        return _refuse(request)
    # Chosen in the form, or in the address of the page reached after picking one.
    params = request.POST if request.POST.get("municipality") else request.GET
    if params.get("municipality"):
        pk = int_param(params, "municipality", minimum=1)
        municipality = next((m for m in choices if m.pk == pk), None)
        if municipality is None:
            return _refuse(request, other_municipality=True)
    else:
        municipality = choices[0] if len(choices) == 1 else None
    context = {"choices": choices if len(choices) > 1 else [], "municipality": municipality}
    if municipality is None:
        return TemplateResponse(request, TEMPLATE, context)

    form = LocalReportForm(
        data=request.POST if request.method == "POST" else None,
        instance=LocalReport(municipality=municipality),
    )
    if form.is_bound and form.is_valid() and _save(request, form):
        messages.success(
            request,
            _("Thank you. The figures for %(municipality)s for %(year)s are saved.")
            % {"municipality": municipality, "year": form.instance.year},
        )
        return redirect(_page_url(municipality, several=len(choices) > 1))
    return TemplateResponse(
        request, TEMPLATE, {**context, **_page(request.user, municipality, form)}
    )


@login_required
def local_data_edit(request, pk):
    """Correct a year already reported, for a municipality the user reports for."""
    allowed = reporting_municipalities(request.user)
    if not allowed.exists():
        return _refuse(request)
    report = get_object_or_404(
        LocalReport.objects.select_related("municipality").for_municipalities(allowed), pk=pk
    )
    municipality, year = report.municipality, report.year
    back_url = _page_url(municipality, several=allowed[1:2].exists())
    if report.is_final and not is_secretariat(request.user):
        # Final: counted in the network's figures, and changed only by the secretariat, so that
        # the public figures never move without being checked (see network/localdata/figures.py).
        context = _page(request.user, municipality, None, editing_year=year)
        context.update(back_url=back_url, locked=report)
        status = 403 if request.method == "POST" else 200
        return TemplateResponse(request, TEMPLATE, context, status=status)
    form = LocalReportForm(data=request.POST if request.method == "POST" else None, instance=report)
    if form.is_bound and form.is_valid() and _save(request, form):
        messages.success(
            request,
            _("Thank you. The figures for %(municipality)s for %(year)s are corrected.")
            % {"municipality": municipality, "year": report.year},
        )
        return redirect(back_url)
    context = _page(request.user, municipality, form, editing_year=year)
    context["back_url"] = back_url
    return TemplateResponse(request, TEMPLATE, context)


def _page(user, municipality, form, editing_year=None):
    return {
        "municipality": municipality,
        "reports": municipality.local_reports.order_by("-year"),
        "form": form,
        "editing_year": editing_year,
        "may_correct_final": is_secretariat(user),
    }


def _save(request, form):
    """Save the report as the user's; False when another save took the year meanwhile."""
    report = form.save(commit=False)
    report.submitted_by = request.user
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError:
        form.add_error(
            "year",
            _("%(municipality)s has already reported for %(year)s.")
            % {"municipality": report.municipality, "year": report.year},
        )
        return False
    return True


def _page_url(municipality, several):
    url = reverse("local_data")
    return f"{url}?{urlencode({'municipality': municipality.pk})}" if several else url


def _refuse(request, other_municipality=False):
    """A page that says why, and whom to ask, instead of a bare 403."""
    return TemplateResponse(
        request, REFUSED_TEMPLATE, {"other_municipality": other_municipality}, status=403
    )
