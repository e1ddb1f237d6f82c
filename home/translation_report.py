"""The translation overview: where English stands for every live Danish page, for the secretariat.

A Wagtail report (filterable, exportable as CSV and XLSX like Wagtail's own), a menu item under
Reports and a dashboard panel with the counts and the ten oldest outdated pages. The states come
from `home.translations`.
"""

import django_filters
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
from .translations import SOURCE_LANGUAGE, EnglishState, danish_pages, state_counts


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


class TranslationReportFilterSet(WagtailFilterSet):
    section = django_filters.ModelChoiceFilter(
        label=_("Section"), queryset=sections, method="in_section"
    )
    content_type = ContentTypeFilter(
        label=_("Type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )
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


def decorate(pages):
    """Give each page of the list what the table and the export show (one query for sections)."""
    section_titles = {section.path: section.title for section in sections()}
    labels = dict(EnglishState.choices)
    for page in pages:
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
    page_title = _("Translations")
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

    def decorate_paginated_queryset(self, object_list):
        return decorate(object_list)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The counts follow the section and type chosen, and show every state whatever is chosen.
        pages = self.get_queryset()
        if self.filters and self.filters.is_valid():
            data = self.filters.form.cleaned_data
            if data.get("section"):
                pages = pages.filter(path__startswith=data["section"].path)
            if data.get("content_type"):
                pages = pages.filter(content_type=data["content_type"])
        context["state_counts"] = [
            (state, state.label, count) for state, count in state_counts(pages).items()
        ]
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
        context["state_counts"] = [
            (state, state.label, count) for state, count in state_counts(pages).items()
        ]
        context["outdated"] = decorate(
            list(
                pages.filter(english_state=EnglishState.OUTDATED).order_by(
                    F("changed_since").asc(nulls_first=True), "path"
                )[:10]
            )
        )
        context["report_url"] = reverse("home_translation_report")
        return context
