"""Forms of the public site, rendered so that screen readers connect errors to their fields."""

from wagtail.contrib.forms.forms import BaseForm, FormBuilder


class AccessibleFormMixin:
    """Ties help texts and error messages to their inputs with aria-describedby and aria-invalid.

    The ids are Django's own (`<id>_helptext`, `<id>_error`, see home/includes/field.html), so
    that the aria-describedby Django adds by itself to any other form points at them too."""

    def full_clean(self):
        super().full_clean()
        for name, field in self.fields.items():
            bound = self[name]
            described_by = []
            if field.help_text:
                described_by.append(f"{bound.auto_id}_helptext")
            if name in self.errors:
                described_by.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)


class AccessibleForm(AccessibleFormMixin, BaseForm):
    pass


class AccessibleFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("WagtailForm", (AccessibleForm,), self.formfields)
