"""The site's contribution form: professionals of a municipality share a material without
opening the Wagtail admin. The form makes a draft material for their municipality and sends
it to the secretariat's approval; files are checked one by one, and a refused file never
costs the contributor what they typed or the files that were accepted.

A file accepted in a form that is never finished is kept for a day, then removed by
`manage.py remove_abandoned_uploads` (see `abandoned_uploads`)."""

import datetime
import logging
import unicodedata

from botocore.exceptions import BotoCoreError, ClientError
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Locale, ModelLogEntry, Page, ReferenceIndex, Revision
from wagtail.rich_text import RichText

from home.params import CONTROL_CHARACTERS, CleanCharField, clean_int, clean_text
from network.documents import professional_collection
from network.models import Municipality
from network.roles import contribution_municipalities

from .models import LibraryIndexPage, MaterialFile, MaterialPage, Phase, TargetGroup
from .uploads import (
    ALLOWED_EXTENSIONS,
    DOCUMENT_TITLE_LENGTH,
    allowed_formats_text,
    check_daily_allowance,
    check_upload,
    daily_allowance_left,
    max_request_size,
    max_upload_size,
    title_from_file_name,
)

logger = logging.getLogger(__name__)

# What storing a file may raise: the disk (ENOSPC, EROFS, EIO) and S3 through django-storages.
STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)

KEPT_FILES_SALT = "library.contribution.kept-files"
KEPT_FILES_MAX_AGE = 60 * 60 * 24  # a day to finish the form, counted from each file's upload
# Marks the log entry of a document created through the form (see `uploaded_through_form`).
FORM_UPLOAD_SOURCE = "library.contribution_form"


# New files come in rows of a file and its title, so that each file is named where it is
# chosen, with or without JavaScript (which shows one row at a time). A file accepted in a form
# that is not finished moves to the list of the material's files, its title with it.
NEW_FILE_ROWS = 5


class UploadField(forms.FileField):
    """One new file, or None. It is judged in the form's clean() by `check_upload`, whose
    messages name the file (Django's own "the submitted file is empty" does not)."""

    widget = forms.FileInput

    def clean(self, data, initial=None):
        return data or None


class FileTitleField(forms.CharField):
    """A file's title as readers see it in the material's list of files: one line, as long as
    a document's title may be. A NUL (which PostgreSQL refuses) or another control character is
    refused with a message rather than dropped, so the contributor sees the title that is saved.
    Left empty, the field is None: the file keeps its title, or a new one gets one made from
    its name."""

    default_error_messages = {
        "control": _(
            "The title contains an invisible control character (such as NUL), perhaps pasted "
            "along with it. Type the title again."
        ),
        "max_length": _(
            "A title can be at most %(limit_value)d characters; this one has %(show_value)d."
        ),
    }

    def __init__(self, **kwargs):
        super().__init__(max_length=DOCUMENT_TITLE_LENGTH, required=False, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if CONTROL_CHARACTERS.search(value):
            raise forms.ValidationError(self.error_messages["control"], code="control")
        return unicodedata.normalize("NFC", " ".join(value.split())) or None


class VocabularyField(forms.ModelMultipleChoiceField):
    """Ticked vocabulary terms by id. An id no database column can hold is an unknown choice,
    never a query: SQLite raises OverflowError on one, which would answer with a 500."""

    widget = forms.CheckboxSelectMultiple

    def _check_values(self, value):
        for pk in value:
            if clean_int(pk, minimum=1, maximum=MAX_ID) is None:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


MAX_ID = 2**63 - 1


class ThemeField(VocabularyField):
    """The library's themes, a vocabulary the secretariat keeps (it adds new ones in the page
    editor): contributors pick from it, so the same theme is not spelt three ways."""

    def label_from_instance(self, tag):
        if translation.get_language() == "en" and hasattr(tag, "english"):
            return tag.english.name_en
        return tag.name


class ContributionForm(forms.Form):
    # A NUL in the title is refused with a message (Django's own validator); other control
    # characters are dropped in clean_title().
    title = forms.CharField(label=_("Title"), max_length=255)
    introduction = CleanCharField(
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
    themes = ThemeField(
        label=_("Themes"),
        queryset=Tag.objects.select_related("english").order_by("name"),
        required=False,
        help_text=_(
            "Tick the themes that fit; type in the box to find one. Missing a theme? Say so in "
            "the description, and the secretariat adds it."
        ),
    )
    description = CleanCharField(
        label=_("Description"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("How it is used, what it takes, and what you have learned."),
    )
    municipality = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Municipality.objects.none(), empty_label=None
    )
    remove_files = forms.TypedMultipleChoiceField(
        label=_("Remove"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )
    # Also where the errors about all the files go (shown at the top of the files' fieldset).
    kept_files = forms.CharField(label=_("Files"), required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, material=None, refused_size=None, **kwargs):
        self.user = user
        self.material = material
        self.refused_size = refused_size  # the size of a request whose files were refused
        self.new_uploads = []
        if material is not None and not kwargs.get("data") and not args:
            kwargs["initial"] = initial_from(material)
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = contribution_municipalities(user)
        self._list_current_documents()
        accept = ",".join(f".{extension}" for extension in ALLOWED_EXTENSIONS)
        for row in range(1, NEW_FILE_ROWS + 1):
            self.fields[f"new_file_{row}"] = UploadField(
                label=_("File %(number)d") % {"number": row},
                required=False,
                widget=forms.FileInput(attrs={"accept": accept}),
            )
            self.fields[f"new_file_title_{row}"] = FileTitleField(
                label=_("Title of file %(number)d") % {"number": row},
                widget=forms.TextInput(attrs={"aria-describedby": "new-files-help"}),
            )

    def files_help(self):
        sizes = _(
            "%(formats)s; at most %(size)s MB each. Up to %(rows)s files at a time: to add more, "
            "save as a draft and add them when you edit the contribution."
        ) % {
            "formats": allowed_formats_text(),
            "size": max_upload_size() // (1024 * 1024),
            "rows": NEW_FILE_ROWS,
        }
        titles = _(
            "The title is what readers see in the list of files. Left empty, it is made from "
            "the file's name: “plan_for_forloeb-2026.pdf” becomes “Plan for forloeb 2026”."
        )
        return f"{sizes} {titles}"

    def new_file_rows(self):
        return [
            (self[f"new_file_{row}"], self[f"new_file_title_{row}"])
            for row in range(1, NEW_FILE_ROWS + 1)
        ]

    def _list_current_documents(self):
        """The files the material will have, each with a field for its title unless the form
        may not rename it (see `_fixed_titles`)."""
        documents = self.current_documents()
        self.fields["remove_files"].choices = [
            (document.pk, document.title) for document in documents
        ]
        fixed = self._fixed_titles(documents)
        for document in documents:
            name = f"file_title_{document.pk}"
            if document.pk not in fixed and name not in self.fields:
                self.fields[name] = FileTitleField(
                    label=_("Title of “%(name)s”") % {"name": document.filename},
                    initial=document.title,
                )
        # The rows for new files come after the list, in the summary of errors too.
        for name in [name for name in self.fields if name.startswith("new_file_")]:
            self.fields[name] = self.fields.pop(name)

    def _fixed_titles(self, documents):
        """The ids of the material's documents whose title the form leaves alone: a file the
        published material shows (renaming it would change the published page without the
        secretariat's approval) and a file that anything else uses (it would change there)."""
        if self.material is None or self.material.pk is None:
            return set()  # only files accepted in this form, which nothing else knows
        ids = [document.pk for document in documents]
        attached = MaterialFile.objects.filter(document_id__in=ids)
        if not self.material.live:
            attached = attached.exclude(page_id=self.material.pk)
        fixed = set(attached.values_list("document_id", flat=True))
        references = ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(get_document_model()),
            to_object_id__in=[str(pk) for pk in ids],
        ).exclude(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=str(self.material.pk),
        )
        fixed.update(int(pk) for pk in references.values_list("to_object_id", flat=True))
        return fixed

    def listed_files(self):
        """The files the form lists: each document with the field for its title, or None."""
        return [
            (
                document,
                self[f"file_title_{document.pk}"]
                if f"file_title_{document.pk}" in self.fields
                else None,
            )
            for document in self.current_documents()
        ]

    # Files: those of the material, those accepted in an earlier try, and new ones.

    def existing_documents(self):
        if self.material is None:
            return []
        return [item.document for item in self.material.files.all()]

    def _kept(self):
        """The user's documents named by the kept-files token, and whether any (or the token)
        is more than a day old: those are no longer kept."""
        token = self.data.get("kept_files") if self.is_bound else None
        if not token:
            return [], False
        try:
            pks = signing.loads(token, salt=KEPT_FILES_SALT, max_age=KEPT_FILES_MAX_AGE)
        except signing.SignatureExpired:
            return [], True
        except signing.BadSignature:
            return [], False
        documents = list(
            get_document_model().objects.filter(pk__in=pks, uploaded_by_user=self.user)
        )
        since = timezone.now() - datetime.timedelta(seconds=KEPT_FILES_MAX_AGE)
        kept = sorted(
            (document for document in documents if document.created_at >= since),
            key=lambda document: pks.index(document.pk),
        )
        return kept, len(kept) < len(documents)

    def kept_documents(self):
        return self._kept()[0]

    def current_documents(self):
        return [*self.existing_documents(), *self.kept_documents()]

    def clean_title(self):
        """A title makes the material's address: it needs a letter or a digit to make one."""
        title = clean_text(self.cleaned_data["title"])
        if not slugify(title, allow_unicode=True):
            raise forms.ValidationError(
                _("Give the material a title with at least one letter or digit."), code="no_slug"
            )
        return title

    def clean(self):
        cleaned_data = super().clean()
        if self.refused_size:
            self.add_error(
                "kept_files",
                _(
                    "What you sent was %(size)s, and one sending may be at most %(max)s. Choose "
                    "fewer or smaller files at a time: the files already accepted are kept."
                )
                % {
                    "size": filesizeformat(self.refused_size),
                    "max": filesizeformat(max_request_size()),
                },
            )
        if self._kept()[1]:
            self.add_error(
                "kept_files",
                _("Files you chose more than a day ago are no longer kept. Choose them again."),
            )
        uploads = [
            (row, cleaned_data[f"new_file_{row}"])
            for row in range(1, NEW_FILE_ROWS + 1)
            if cleaned_data.get(f"new_file_{row}")
        ]
        left = daily_allowance_left(self.user) if uploads else 0
        for row, uploaded in uploads:
            try:
                check_upload(uploaded)
                check_daily_allowance(uploaded, left)
            except forms.ValidationError as error:
                self.add_error(f"new_file_{row}", error)
            else:
                self.new_uploads.append((row, uploaded))
                left -= uploaded.size
        return cleaned_data

    def keep_uploads(self):
        """Store the accepted new files now, so that a second try keeps them: each moves from
        its row to the list of the material's files, with its title (or the title's error)."""
        collection = professional_collection()
        Document = get_document_model()
        kept = [document.pk for document in self.kept_documents()]
        stored = []
        for row, uploaded in self.new_uploads:
            document = Document(
                title=self._new_title(row) or title_from_file_name(uploaded.name),
                collection=collection,
                uploaded_by_user=self.user,
            )
            try:
                document.file.save(uploaded.name, uploaded, save=False)
            except STORAGE_ERRORS as error:
                # A full disk, a read-only volume, a bucket that refuses: the contributor keeps
                # what they typed and the files already stored, and is told to try again.
                logger.error("Storing an upload failed: %s: %s", type(error).__name__, error)
                self.add_error(
                    f"new_file_{row}",
                    _(
                        "“%(name)s” could not be stored just now. What you wrote and the files "
                        "already listed are kept: try again in a little while, and contact the "
                        "secretariat if it keeps happening."
                    )
                    % {"name": uploaded.name},
                )
                continue
            document._set_document_file_metadata()
            document.save()
            log(document, "wagtail.create", user=self.user, data={"source": FORM_UPLOAD_SOURCE})
            kept.append(document.pk)
            stored.append((row, document))
        self.new_uploads = []
        if self.is_bound:
            self.data = self.data.copy()
            self.data["kept_files"] = signing.dumps(kept, salt=KEPT_FILES_SALT) if kept else ""
            self._list_current_documents()
            for row, document in stored:
                self._move_title_to_list(row, document)
            self._show_kept_titles()
        return kept

    def _new_title(self, row):
        """The title typed in row `row`, or None when it is empty or was refused."""
        name = f"new_file_title_{row}"
        return None if name in self.errors else self.cleaned_data.get(name)

    def _move_title_to_list(self, row, document):
        """The row's title (and its error, if refused) now belongs to the listed file; the row
        is free for another file."""
        row_title, listed_title = f"new_file_title_{row}", f"file_title_{document.pk}"
        if row_title in self.errors:
            self.data[listed_title] = self.data.get(row_title, "")
            self._errors[listed_title] = self._errors.pop(row_title)
        else:
            self.data[listed_title] = document.title
        self.data[row_title] = ""

    def _show_kept_titles(self):
        """A listed title left empty keeps the file's title: show that one again."""
        for document, field in self.listed_files():
            if (
                field is not None
                and field.name not in self.errors
                and not self.data.get(field.name, "").strip()
            ):
                self.data[field.name] = document.title

    def new_titles(self):
        """{document id: new title} for the listed files the contributor renamed."""
        renamed = {}
        for document, field in self.listed_files():
            title = self.cleaned_data.get(field.name) if field is not None else None
            if title and title != document.title:
                renamed[document.pk] = title
        return renamed

    def documents_to_attach(self):
        removed = set(self.cleaned_data.get("remove_files") or [])
        return [document for document in self.current_documents() if document.pk not in removed]


def uploaded_through_form(documents):
    """Those of `documents` that came in through this form, known by their creation's log entry."""
    marked = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_document_model()),
        action="wagtail.create",
        data__source=FORM_UPLOAD_SOURCE,
        object_id__in=[str(document.pk) for document in documents],
    ).values_list("object_id", flat=True)
    marked = {int(pk) for pk in marked}
    return [document for document in documents if document.pk in marked]


def abandoned_uploads(look_back=datetime.timedelta(days=30)):
    """The documents uploaded through the form that nothing uses once the form's day is over.

    A document is in use when any page, snippet or attachment refers to it (the reference index
    and, since that index is updated by a background task, the attachment tables themselves),
    or when any revision does: a draft that was saved or sent for approval but not published.
    An hour's grace after the day keeps a form sent at its last minute whole. Only uploads of
    the last `look_back` are considered, which bounds the revisions read.
    """
    now = timezone.now()
    recent = get_document_model().objects.filter(
        created_at__lt=now - datetime.timedelta(seconds=KEPT_FILES_MAX_AGE, hours=1),
        created_at__gte=now - look_back,
    )
    candidates = {document.pk: document for document in uploaded_through_form(list(recent))}
    for pk in _referenced_documents(candidates):
        del candidates[pk]
    if candidates:
        oldest = min(document.created_at for document in candidates.values())
        for pk in _documents_in_revisions(Revision.objects.filter(created_at__gte=oldest)):
            candidates.pop(pk, None)
    return list(candidates.values())


def _referenced_documents(pks):
    Document = get_document_model()
    content_type = ContentType.objects.get_for_model(Document)
    referenced = {
        int(pk)
        for pk in ReferenceIndex.objects.filter(
            to_content_type=content_type, to_object_id__in=[str(pk) for pk in pks]
        ).values_list("to_object_id", flat=True)
    }
    for relation in Document._meta.get_fields(include_hidden=True):
        if relation.auto_created and relation.one_to_many:  # attachments of pages
            referenced.update(
                relation.related_model.objects.filter(
                    **{f"{relation.field.name}__in": list(pks)}
                ).values_list(relation.field.attname, flat=True)
            )
    return referenced & set(pks)


def _documents_in_revisions(revisions):
    """The ids of the documents the revisions refer to, read as Wagtail's reference index reads
    a saved object: fields, child relations (a material's files), rich text and StreamFields."""
    content_type = ContentType.objects.get_for_model(get_document_model())
    found = set()
    for revision in revisions.prefetch_related("content_object").iterator(chunk_size=100):
        if revision.content_object is None:  # the page or snippet is gone
            continue
        for to_type, to_id, _model_path, _path in ReferenceIndex._extract_references_from_object(
            revision.as_object()
        ):
            if to_type == content_type.pk:
                found.add(int(to_id))
    return found


def initial_from(material):
    return {
        "title": material.title,
        "introduction": material.introduction,
        "kind": material.kind,
        "target_groups": list(material.target_groups.all()),
        "phases": list(material.phases.all()),
        "themes": list(material.tags.all()),
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


def library_for_contributions(language_code=None):
    """The library a new contribution written in `language_code` goes into: the library of that
    language, so that a material contributed in English is an English page (and may later get
    a Danish translation). Without a library in that language, the Danish one (the default
    locale's); None when there is no library at all."""
    default = Locale.get_default()
    locales = [default]
    if language_code and language_code != default.language_code:
        locales.insert(0, Locale.objects.filter(language_code=language_code).first())
    for locale in filter(None, locales):
        libraries = LibraryIndexPage.objects.filter(locale=locale)
        library = libraries.live().first() or libraries.first()
        if library is not None:
            return library
    return None


def material_language(language_code):
    """The `material_language` of a material contributed in `language_code` (the form's)."""
    return (
        language_code
        if language_code in MaterialPage.Language.values
        else MaterialPage.Language.DANISH
    )


@transaction.atomic
def save_contribution(form, user, submit, library=None, language_code=None):
    """Create or update the material as a draft revision; with `submit`, send it to the
    secretariat (or resume the workflow where changes were requested).

    A new material goes into `library` (by default the one `library_for_contributions` finds
    for `language_code`), written in `language_code` (by default the default locale's)."""
    data = form.cleaned_data
    documents = form.documents_to_attach()
    if form.material is None:
        language_code = language_code or Locale.get_default().language_code
        library = library or library_for_contributions(language_code)
        material = MaterialPage(
            owner=user, live=False, material_language=material_language(language_code)
        )
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
    renamed = form.new_titles()
    for document in documents:
        if document.pk in renamed:
            document.title = renamed[document.pk]
            document.save(update_fields=["title"])
            log(document, "wagtail.edit", user=user)
    material.files = [
        MaterialFile(document=document, file_format=document.file_extension.lower()[:10])
        for document in documents
    ]
    material.tags.set([tag.name for tag in data["themes"]])
    if form.material is None:
        # Wagtail logs the creation itself, by the owner: logging it here too showed it twice.
        library.add_child(instance=material)
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
