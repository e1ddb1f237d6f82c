"""Every report as a CSV file that Danish Excel opens as it is: UTF-8 with a byte order mark
(without it Excel reads "æøå" as Latin-1), semicolons between the cells (Danish Excel expects
them, as the comma is the decimal sign) and a header row in Danish."""

import csv

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..models import LocalReport, Municipality, Region

BOM = "\ufeff"
# A cell that starts like a formula is run as one by spreadsheets: free text must never be.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _label(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


def _text(value):
    value = str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _moment(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def _submitter(user):
    if user is None:
        return ""
    return _text(user.get_full_name() or user.get_username())


def header():
    return [
        _label(LocalReport, "municipality"),
        _label(Municipality, "code"),
        _label(Municipality, "region"),
        _label(LocalReport, "year"),
        _label(LocalReport, "courses"),
        _label(LocalReport, "participants"),
        _label(LocalReport, "fathers"),
        _("Fathers' share (%)"),
        _label(LocalReport, "went_well"),
        _label(LocalReport, "challenges"),
        _label(LocalReport, "parents_gained"),
        _label(LocalReport, "professionals_gained"),
        _label(LocalReport, "submitted_by"),
        _label(LocalReport, "created_at"),
        _label(LocalReport, "updated_at"),
    ]


def row(report):
    municipality = report.municipality
    fathers_share = report.fathers_share
    return [
        _text(municipality.name),
        municipality.code,
        Region(municipality.region).label,
        report.year,
        report.courses,
        report.participants,
        report.fathers,
        "" if fathers_share is None else number_format(fathers_share, 1),
        _text(report.went_well),
        _text(report.challenges),
        _text(report.parents_gained),
        _text(report.professionals_gained),
        _submitter(report.submitted_by),
        _moment(report.created_at),
        _moment(report.updated_at),
    ]


def csv_response(reports):
    """`reports` with municipality and submitter selected: one query for the whole file."""
    filename = f"lokale-data-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BOM)
    writer = csv.writer(response, delimiter=";")
    with translation.override(settings.LANGUAGE_CODE):
        writer.writerow(header())
        writer.writerows(row(report) for report in reports)
    return response
