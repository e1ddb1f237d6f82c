"""The admin's document form, with the same checks as the site's contribution form.

A contributor may upload a file from the page editor's document chooser too. Without this form
that upload would skip what the contribution form checks (what the file really is, zip bombs, the
daily allowance), so the chooser would be the way round them. The secretariat's uploads are not
limited: it shares formats the municipalities may not, and it is trusted with them.
"""

from wagtail.documents.forms import BaseDocumentForm

from home.roles import is_secretariat

from .uploads import check_daily_allowance, check_upload, daily_allowance_left


class CheckedDocumentForm(BaseDocumentForm):
    def __init__(self, *args, user=None, **kwargs):
        self.uploader = user
        super().__init__(*args, user=user, **kwargs)

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded is None or "file" not in self.changed_data:
            return uploaded
        if self.uploader is not None and is_secretariat(self.uploader):
            return uploaded
        check_upload(uploaded)
        if self.uploader is not None:
            check_daily_allowance(uploaded, daily_allowance_left(self.uploader))
        return uploaded
