"""Where the English version of each Danish page stands, computed in the database.

Danish is the source language; English versions are made and kept in step through
wagtail-localize. A translation is a draft until the secretariat publishes it (a new
translation is saved as a draft, and a sync never publishes, see `DraftSyncView`), and a
Danish page published after its last sync makes its English version outdated until it is
synced and published again:

- missing: no English page, or only an alias that shows the Danish text;
- draft: an English page that is not live, or that holds changes not yet published, or whose
  source was synced after it was last published (the new text waits in the translation editor);
- outdated: the Danish page was published after wagtail-localize last read it (the last sync);
- up to date: everything else.

The state is computed from what Wagtail and wagtail-localize already store (the pages' live and
publication fields, the translation source's `last_updated_at`), so it cannot drift from them.

Readers also meet things that are not pages in both languages: a snippet whose English lives in
fields of its own (`name_en` beside `name`). The app that owns one declares it with
`register_translated_fields()` in its `AppConfig.ready()`; such an item is missing while a Danish
text it shows has no English beside it, and up to date otherwise.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, CharField, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, PageLogEntry, Revision
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

SOURCE_LANGUAGE = "da"
TARGET_LANGUAGE = "en"


class EnglishState(models.TextChoices):
    MISSING = "missing", _("Missing")
    DRAFT = "draft", _("Draft")
    OUTDATED = "outdated", _("Outdated")
    UP_TO_DATE = "up_to_date", _("Up to date")


def with_english_state(pages):
    """`pages` (Danish) annotated with their English version and its `english_state`.

    Adds `english_id`, `english_live`, `source_id` (the translation source, for the sync
    view), `synced_at` (its last sync), `synced_revision_id` (the Danish revision that was
    live at the last sync, for the diff), `changed_since` (the first publication of the Danish
    page after the last sync) and `english_state` (an `EnglishState` value)."""
    english = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=TARGET_LANGUAGE
    )
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    page_type = ContentType.objects.get_for_model(Page)
    revision_at_sync = Revision.objects.filter(
        base_content_type=page_type,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        created_at__lte=OuterRef("synced_at"),
    ).order_by("-created_at", "-pk")
    published_since_sync = PageLogEntry.objects.filter(
        page=OuterRef("pk"), action="wagtail.publish", timestamp__gt=OuterRef("synced_at")
    ).order_by("timestamp")
    return pages.annotate(
        english_id=Subquery(english.values("pk")[:1]),
        english_alias_of=Subquery(english.values("alias_of_id")[:1]),
        english_live=Subquery(english.values("live")[:1]),
        english_unpublished=Subquery(english.values("has_unpublished_changes")[:1]),
        english_published_at=Subquery(english.values("last_published_at")[:1]),
        source_id=Subquery(source.values("pk")[:1]),
        synced_at=Subquery(source.values("last_updated_at")[:1]),
    ).annotate(
        synced_revision_id=Subquery(revision_at_sync.values("pk")[:1]),
        changed_since=Subquery(published_since_sync.values("timestamp")[:1]),
        english_state=Case(
            When(
                Q(english_id__isnull=True) | Q(english_alias_of__isnull=False),
                then=Value(EnglishState.MISSING),
            ),
            When(english_live=False, then=Value(EnglishState.DRAFT)),
            When(last_published_at__gt=F("synced_at"), then=Value(EnglishState.OUTDATED)),
            # An English page made without wagtail-localize: compared with its own publication.
            When(
                synced_at__isnull=True,
                last_published_at__gt=F("english_published_at"),
                then=Value(EnglishState.OUTDATED),
            ),
            When(
                Q(english_unpublished=True) | Q(english_published_at__lt=F("synced_at")),
                then=Value(EnglishState.DRAFT),
            ),
            default=Value(EnglishState.UP_TO_DATE),
            output_field=CharField(),
        ),
    )


def danish_pages():
    """Every Danish page below the root, with the state of its English version."""
    return with_english_state(
        Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth__gt=1)
    )


def english_state(page):
    """The `EnglishState` of one Danish page."""
    return danish_pages().values_list("english_state", flat=True).get(pk=page.pk)


def state_counts(pages):
    """{state: number of pages} for every state, zero included."""
    counts = dict(
        pages.order_by()
        .values_list("english_state")
        .annotate(n=models.Count("pk"))
        .values_list("english_state", "n")
    )
    return {state: counts.get(state.value, 0) for state in EnglishState}


@dataclass(frozen=True)
class TranslatedFields:
    """A kind of thing that is no page, shown to readers in both languages through pairs of
    fields: `fields` maps each Danish field to its English one (a lookup across a relation is
    allowed, e.g. `english__name_en`). `model` is what the admin edits, and its type in the
    overview; `items()` lists the things readers see (every object of `model` by default), and
    `edit_url(item)` is where the secretariat writes the English (the model's edit view by
    default)."""

    model: type
    fields: dict
    items: Callable | None = None
    edit_url: Callable | None = None

    def with_english_state(self):
        """The items, each annotated with `english_state`: missing while any Danish text has no
        English beside it (empty or absent), up to date otherwise."""
        items = self.items() if self.items else self.model._default_manager.all()
        missing = Q()
        for danish, english in self.fields.items():
            missing |= Q(**{f"{danish}__gt": ""}) & (
                Q(**{english: ""}) | Q(**{f"{english}__isnull": True})
            )
        return items.annotate(
            english_state=Case(
                When(missing, then=Value(EnglishState.MISSING)),
                default=Value(EnglishState.UP_TO_DATE),
                output_field=CharField(),
            )
        )

    def get_edit_url(self, item):
        if self.edit_url:
            return self.edit_url(item)
        return AdminURLFinder().get_edit_url(item)


_translated_fields = []


def register_translated_fields(declaration):
    """Called by the app that owns the model, from its `AppConfig.ready()`."""
    if all(known.model is not declaration.model for known in _translated_fields):
        _translated_fields.append(declaration)


def translated_fields():
    return list(_translated_fields)


class DraftSyncForm(UpdateTranslationsForm):
    """wagtail-localize's sync form without "Publish immediately": the secretariat publishes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["publish_translations"]


class DraftSyncView(UpdateTranslationsView):
    """wagtail-localize's sync ("Update existing translations"), which never publishes.

    It reads the Danish page again, so that the translation editor shows what is new; the
    English page stays as it is until the secretariat translates and publishes it there.
    wagtail-localize's other choice, saving the translation as a draft, would write the draft
    into the row of a live English page, which readers see. Served at wagtail-localize's own
    address (see wagtail_hooks), so every "Sync" button in the admin leads here."""

    def get_form(self):
        return DraftSyncForm(self.request.POST if self.request.method == "POST" else None)

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)
