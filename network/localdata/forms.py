"""The form on which a contributor reports a year, or corrects one."""

from django import forms
from django.utils import timezone

from home.forms import AccessibleFormMixin
from home.params import CleanCharField

from ..models import LocalReport
from ..models.localdata import FIRST_YEAR, next_year

FIGURES = ("courses", "participants", "fathers")
TEXTS = ("went_well", "challenges", "parents_gained", "professionals_gained")


class LocalReportForm(AccessibleFormMixin, forms.ModelForm):
    """The municipality is never a field: the view sets it from what the user may report for,
    so a tampered form cannot move figures to another municipality."""

    class Meta:
        model = LocalReport
        fields = ("year", *FIGURES, *TEXTS)
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in TEXTS}
        # What is pasted from a word processor may hold control characters: dropped, not saved.
        field_classes = dict.fromkeys(TEXTS, CleanCharField)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].widget.attrs.update(min=FIRST_YEAR, max=next_year())
        for name in FIGURES:
            self.fields[name].widget.attrs.update(min=0, inputmode="numeric")
        if self.instance.pk is None and self.initial.get("year") is None:
            self.initial["year"] = self._first_unreported_year()

    def _first_unreported_year(self):
        """Last year, the one usually reported; this year when last year is in already."""
        last_year = timezone.localdate().year - 1
        reported = LocalReport.objects.filter(
            municipality_id=self.instance.municipality_id, year=last_year
        )
        return last_year + 1 if reported.exists() else last_year

    def clean(self):
        cleaned_data = super().clean()
        # The model compares fathers with participants. On a correction, a figure the user got
        # wrong must not be compared as the figure it was about to replace.
        for name in ("participants", "fathers"):
            if name not in cleaned_data:
                setattr(self.instance, name, None)
        return cleaned_data
