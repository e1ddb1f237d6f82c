"""The translation overview: where English stands for every live Danish page, and for every
snippet readers see in both languages (`home.translations.register_translated_fields`), for the
secretariat.

A Wagtail report (filterable, exportable as CSV and XLSX like Wagtail's own), a menu item under
Reports and a dashboard panel with the counts and the ten oldest outdated pages. The states come
from `home.translations`. Pages come first, in the order of the tree; then the other items, by
type and name. They belong to no section, so choosing a section shows pages only.
"""

from collections import Counter

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page, get_page_content_types
from wagtail_localize.models import Translation

from .roles import SecretariatOnlyMixin, is_secretariat
from .translations import (
    SOURCE_LANGUAGE,
    EnglishState,
    danish_pages,
    state_counts,
    translated_fields,
)


def live_danish_pages():
    """The Danish pages readers see: a page never published has nothing to translate yet.
    A Danish page translated from English (a material contributed in English) is left out:
    its English page is its source, not a version to keep up to date."""
    translated_into_danish = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale=OuterRef("locale")
    )
    return (
        danish_pages()
        .filter(live=True)
        .exclude(Exists(translated_into_danish))
        .select_related("content_type")
    )


def sections(request=None):
    """The top of each part of the Danish site: the home page's children."""
    return Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth=3).order_by("path")


def content_types(request=None):
    """Every page type, and the type of every other item the overview lists."""
    others = ContentType.objects.get_for_models(
        *(declaration.model for declaration in translated_fields())
    )
    return get_page_content_types(include_base_page_type=False) | ContentType.objects.filter(
        pk__in=[content_type.pk for content_type in others.values()]
    )


class TranslationReportFilterSet(WagtailFilterSet):
    section = django_filters.ModelChoiceFilter(
        label=_("Section"), queryset=sections, method="in_section"
    )
    content_type = ContentTypeFilter(label=_("Type"), queryset=content_types)
    english_state = django_filters.ChoiceFilter(
        label=_("English version"), choices=EnglishState.choices
    )

    class Meta:
        model = Page
        fields = []

    def in_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path)


def page_links(page):
    """What the secretariat does next with the English version of `page`, as (label, URL)."""
    links = [(_("Edit Danish"), reverse("wagtailadmin_pages:edit", args=[page.pk]))]
    if page.english_state == EnglishState.MISSING:
        links.append(
            (_("Translate"), reverse("wagtail_localize:submit_page_translation", args=[page.pk]))
        )
    elif page.english_state == EnglishState.OUTDATED and page.source_id:
        links.append(
            (_("Sync"), reverse("wagtail_localize:update_translations", args=[page.source_id]))
        )
        if page.synced_revision_id:
            links.append(
                (
                    _("Danish changes since the sync"),
                    reverse(
                        "wagtailadmin_pages:revisions_compare",
                        args=[page.pk, page.synced_revision_id, "latest"],
                    ),
                )
            )
    if page.english_id and page.english_state != EnglishState.MISSING:
        links.append(
            (_("Edit English"), reverse("wagtailadmin_pages:edit", args=[page.english_id]))
        )
    return links


class Item:
    """A row for something that is no page: what the table and the export show of it."""

    section_title = ""
    source_changed_at = None
    synced_at = None
    last_published_at = None

    def __init__(self, declaration, content_type, obj):
        self.title = str(obj)
        self.page_type = get_content_type_label(content_type)
        self.english_state = obj.english_state
        self.english_state_label = EnglishState(obj.english_state).label
        label = _("Translate") if obj.english_state == EnglishState.MISSING else _("Edit English")
        url = declaration.get_edit_url(obj)
        self.links = [(label, url)] if url else []


def other_items(section=None, content_type=None, english_state=None):
    """The rows of the items that are no pages, as chosen in the filters."""
    if section:
        return []
    rows = []
    for declaration in translated_fields():
        model_type = ContentType.objects.get_for_model(declaration.model)
        if content_type and content_type != model_type:
            continue
        items = declaration.with_english_state()
        if english_state:
            items = items.filter(english_state=english_state)
        rows.extend(
            sorted(
                (Item(declaration, model_type, obj) for obj in items),
                key=lambda row: row.title.lower(),
            )
        )
    return rows


def other_state_counts(rows):
    counted = Counter(row.english_state for row in rows)
    return {state: counted[state.value] for state in EnglishState}


class Rows:
    """The pages (a queryset, cut into pages by the database) followed by the other items (a
    list): one sequence for Django's paginator and for the export."""

    model = Page

    def __init__(self, pages, others):
        self.pages = pages
        self.others = others

    def count(self):
        return self.pages.count() + len(self.others)

    def __len__(self):
        return self.count()

    def __iter__(self):
        yield from self.pages
        yield from self.others

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return list(self[key : key + 1])[0]
        start, stop = key.start or 0, key.stop
        pages = self.pages.count()
        rows = list(self.pages[start:stop]) if start < pages else []
        first_other = max(start - pages, 0)
        last_other = None if stop is None else max(stop - pages, 0)
        return rows + self.others[first_other:last_other]


def added_counts(*counts):
    return {state: sum(count[state] for count in counts) for state in EnglishState}


def decorate(pages):
    """Give each page of the list what the table and the export show (one query for sections);
    the other items are rows already."""
    section_titles = {section.path: section.title for section in sections()}
    labels = dict(EnglishState.choices)
    for page in pages:
        if isinstance(page, Item):
            continue
        page.section_title = section_titles.get(page.path[: Page.steplen * 3], "")
        page.page_type = get_content_type_label(page.content_type)
        page.english_state_label = labels[page.english_state]
        page.source_changed_at = (
            page.changed_since or page.last_published_at
            if page.english_state == EnglishState.OUTDATED
            else None
        )
        page.links = page_links(page)
    return pages


class TranslationReportView(SecretariatOnlyMixin, ReportView):
    page_title = _("Translation overview")
    header_icon = "globe"
    template_name = "home/translation_report/index.html"
    results_template_name = "home/translation_report/results.html"
    index_url_name = "home_translation_report"
    index_results_url_name = "home_translation_report_results"
    filterset_class = TranslationReportFilterSet
    export_filename = "translations"
    list_export = [
        "title",
        "section_title",
        "page_type",
        "english_state_label",
        "source_changed_at",
        "synced_at",
        "last_published_at",
    ]
    export_headings = {
        "title": _("Title"),
        "section_title": _("Section"),
        "page_type": _("Type"),
        "english_state_label": _("English version"),
        "source_changed_at": _("Danish changed"),
        "synced_at": _("Last synced"),
        "last_published_at": _("Danish last published"),
    }

    def get_queryset(self):
        return live_danish_pages().order_by("path")

    @property
    def chosen(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    def get_filtered_queryset(self):
        return Rows(
            self.filter_queryset(self.get_queryset()),
            other_items(
                section=self.chosen.get("section"),
                content_type=self.chosen.get("content_type"),
                english_state=self.chosen.get("english_state"),
            ),
        )

    def decorate_paginated_queryset(self, object_list):
        return decorate(list(object_list))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The counts follow the section and type chosen, and show every state whatever is chosen.
        pages = self.get_queryset()
        section, content_type = self.chosen.get("section"), self.chosen.get("content_type")
        if section:
            pages = pages.filter(path__startswith=section.path)
        if content_type:
            pages = pages.filter(content_type=content_type)
        counts = added_counts(
            state_counts(pages),
            other_state_counts(other_items(section=section, content_type=content_type)),
        )
        context["state_counts"] = [(state, state.label, count) for state, count in counts.items()]
        return context


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return is_secretariat(request.user)


class TranslationPanel(Component):
    """On the dashboard: how many pages are in each state, and the ten pages outdated the
    longest (by the first Danish publication after their last sync)."""

    name = "translations"
    template_name = "home/translation_report/panel.html"
    order = 250

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = live_danish_pages()
        counts = added_counts(state_counts(pages), other_state_counts(other_items()))
        context["state_counts"] = [(state, state.label, count) for state, count in counts.items()]
        context["outdated"] = decorate(
            list(
                pages.filter(english_state=EnglishState.OUTDATED).order_by(
                    F("changed_since").asc(nulls_first=True), "path"
                )[:10]
            )
        )
        context["report_url"] = reverse("home_translation_report")
        return context
