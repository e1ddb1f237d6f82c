"""The site's contribution form: professionals of a municipality share a material without
opening the Wagtail admin. The form makes a draft material for their municipality and sends
it to the secretariat's approval; files are checked one by one, and a refused file never
costs the contributor what they typed or the files that were accepted."""

from django import forms
from django.core import signing
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from taggit.utils import edit_string_for_tags, parse_tags
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail.rich_text import RichText

from network.documents import professional_collection
from network.models import Municipality
from network.roles import contribution_municipalities

from .models import LibraryIndexPage, MaterialFile, MaterialPage, Phase, TargetGroup
from .uploads import ALLOWED_EXTENSIONS, allowed_formats_text, check_upload, max_upload_size

KEPT_FILES_SALT = "library.contribution.kept-files"
KEPT_FILES_MAX_AGE = 60 * 60 * 24  # a day to finish the form


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked on its own in the form's clean()."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [uploaded for uploaded in files if uploaded]


class VocabularyField(forms.ModelMultipleChoiceField):
    """Ticked vocabulary terms by id. An id no database column can hold is an unknown choice,
    never a query: SQLite raises OverflowError on one, which would answer with a 500."""

    widget = forms.CheckboxSelectMultiple

    def _check_values(self, value):
        for pk in value:
            if not str(pk).isdigit() or int(pk) > MAX_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


MAX_ID = 2**63 - 1


class ContributionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    introduction = forms.CharField(
        label=_("Summary"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences: what it is and whom it helps."),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=MaterialPage.Kind.choices, widget=forms.RadioSelect
    )
    target_groups = VocabularyField(
        label=_("Target groups"), queryset=TargetGroup.objects.all(), required=False
    )
    phases = VocabularyField(label=_("Phases"), queryset=Phase.objects.all(), required=False)
    themes = forms.CharField(
        label=_("Themes"),
        required=False,
        max_length=500,
        help_text=_("Separate themes with commas, for example: fathers, sleep, relationship."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("How it is used, what it takes, and what you have learned."),
    )
    municipality = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Municipality.objects.none(), empty_label=None
    )
    files = MultipleFileField(label=_("Files"), required=False)
    remove_files = forms.TypedMultipleChoiceField(
        label=_("Remove"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )
    kept_files = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, material=None, **kwargs):
        self.user = user
        self.material = material
        self.new_uploads = []
        if material is not None and not kwargs.get("data") and not args:
            kwargs["initial"] = initial_from(material)
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = contribution_municipalities(user)
        self.fields["files"].widget.attrs["accept"] = ",".join(
            f".{extension}" for extension in ALLOWED_EXTENSIONS
        )
        self.fields["files"].help_text = _(
            "%(formats)s; at most %(size)s MB each. You can choose several files at once."
        ) % {"formats": allowed_formats_text(), "size": max_upload_size() // (1024 * 1024)}
        self._list_current_documents()

    def _list_current_documents(self):
        self.fields["remove_files"].choices = [
            (document.pk, document.title) for document in self.current_documents()
        ]

    # Files: those of the material, those accepted in an earlier try, and new ones.

    def existing_documents(self):
        if self.material is None:
            return []
        return [item.document for item in self.material.files.all()]

    def kept_documents(self):
        token = self.data.get("kept_files") if self.is_bound else None
        if not token:
            return []
        try:
            pks = signing.loads(token, salt=KEPT_FILES_SALT, max_age=KEPT_FILES_MAX_AGE)
        except signing.BadSignature:
            return []
        documents = get_document_model().objects.filter(pk__in=pks, uploaded_by_user=self.user)
        return sorted(documents, key=lambda document: pks.index(document.pk))

    def current_documents(self):
        return [*self.existing_documents(), *self.kept_documents()]

    def clean(self):
        cleaned_data = super().clean()
        for uploaded in cleaned_data.get("files") or []:
            try:
                check_upload(uploaded)
            except forms.ValidationError as error:
                self.add_error("files", error)
            else:
                self.new_uploads.append(uploaded)
        return cleaned_data

    def keep_uploads(self):
        """Store the accepted new files now, so that a second try keeps them."""
        collection = professional_collection()
        Document = get_document_model()
        kept = [document.pk for document in self.kept_documents()]
        for uploaded in self.new_uploads:
            document = Document(
                title=uploaded.name.rsplit(".", 1)[0][:255],
                collection=collection,
                uploaded_by_user=self.user,
            )
            document.file.save(uploaded.name, uploaded, save=False)
            document._set_document_file_metadata()
            document.save()
            kept.append(document.pk)
        self.new_uploads = []
        if self.is_bound:
            self.data = self.data.copy()
            self.data["kept_files"] = signing.dumps(kept, salt=KEPT_FILES_SALT) if kept else ""
            self._list_current_documents()
        return kept

    def documents_to_attach(self):
        removed = set(self.cleaned_data.get("remove_files") or [])
        return [document for document in self.current_documents() if document.pk not in removed]


def initial_from(material):
    return {
        "title": material.title,
        "introduction": material.introduction,
        "kind": material.kind,
        "target_groups": list(material.target_groups.all()),
        "phases": list(material.phases.all()),
        "themes": edit_string_for_tags(list(material.tags.all())),
        "description": description_text(material),
        "municipality": material.municipality_id,
    }


def description_text(material):
    """The text of the material's paragraphs, as the plain text the form edits."""
    from django.utils.html import strip_tags

    paragraphs = []
    for block in material.body:
        if block.block_type == "paragraph":
            paragraphs.append(strip_tags(block.value.source.replace("</p>", "\n\n")).strip())
    return "\n\n".join(text for text in paragraphs if text)


def description_body(text):
    paragraphs = [" ".join(part.split()) for part in text.replace("\r", "").split("\n\n")]
    html = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs if paragraph)
    return [("paragraph", RichText(html))] if html else []


def library_for_contributions():
    """The Danish library: contributions are written in the source language."""
    libraries = LibraryIndexPage.objects.filter(locale=Locale.get_default())
    return libraries.live().first() or libraries.first()


@transaction.atomic
def save_contribution(form, user, submit):
    """Create or update the material as a draft revision; with `submit`, send it to the
    secretariat (or resume the workflow where changes were requested)."""
    data = form.cleaned_data
    documents = form.documents_to_attach()
    if form.material is None:
        material = MaterialPage(owner=user, live=False)
    else:
        material = form.material
    material.title = data["title"]
    material.introduction = data["introduction"]
    material.kind = data["kind"]
    material.municipality = data["municipality"]
    material.body = description_body(data["description"])
    if not material.contact_name:
        material.contact_name = user.get_full_name()
        material.contact_email = user.email
    material.target_groups = list(data["target_groups"])
    material.phases = list(data["phases"])
    material.files = [
        MaterialFile(document=document, file_format=document.file_extension.lower()[:10])
        for document in documents
    ]
    material.tags.set(parse_tags(data["themes"]))
    if form.material is None:
        # Wagtail logs the creation itself, by the owner: logging it here too showed it twice.
        library_for_contributions().add_child(instance=material)
    revision = material.save_revision(user=user, log_action=True)
    if submit:
        submit_for_approval(material, user)
    return material, revision


def submit_for_approval(material, user):
    state = material.current_workflow_state
    if state is None:
        material.get_workflow().start(material, user)
    elif state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
