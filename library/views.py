"""Contributions through the site: the form, continuing an earlier one, and "Mine bidrag"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page, WorkflowState, get_default_page_content_type
from wagtail_localize.models import Translation

from home.models import HomePage
from home.roles import is_secretariat
from network.models import MeetingContributionPage, ProfessionalAreaPage
from network.roles import contributor_municipality_ids

from .contribute import (
    ContributionForm,
    library_for_contributions,
    save_contribution,
)
from .downloads import downloads_by_material
from .models import MaterialPage
from .uploads import refused_upload_size


def _refuse(request):
    return render(request, "library/contribute/not_a_contributor.html", status=403)


def _editable_ids(user):
    """The municipalities whose contributions `user` may edit; None for all of them."""
    return None if is_secretariat(user) else contributor_municipality_ids(user)


@login_required
def contribute(request):
    if _editable_ids(request.user) == frozenset():
        return _refuse(request)
    return _contribution_form(request, material=None)


def _editable_page(request, pk):
    """The material `pk` if the user may edit it: None when they contribute for no municipality,
    404 when it is not one of their municipality's."""
    ids = _editable_ids(request.user)
    if ids == frozenset():
        return None
    pages = MaterialPage.objects.all()
    if ids is not None:
        pages = pages.filter(municipality_id__in=ids)
    # By the page's own id, which Django knows the range of: an id no database can hold then
    # finds nothing, where `pk` (a link to the page) made SQLite fail with a server error.
    return get_object_or_404(pages, id=pk)


def _open_workflow_state(page):
    return page.workflow_states.filter(
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
    ).first()


def _secretariat_comment(state):
    """What the secretariat wrote when it asked for changes, or ""."""
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return ""
    return state.current_task_state.get_comment() if state.current_task_state else ""


@login_required
def edit_contribution(request, pk):
    page = _editable_page(request, pk)
    if page is None:
        return _refuse(request)
    task = page.current_workflow_task
    if task is not None and task.specific.locked_for_user(page, request.user):
        return render(
            request,
            "library/contribute/awaiting.html",
            {"material": page.get_latest_revision_as_object()},
        )
    material = page.get_latest_revision_as_object()
    ids = _editable_ids(request.user)
    if ids is not None and material.municipality_id not in ids:
        raise Http404
    comment = _secretariat_comment(_open_workflow_state(page))
    return _contribution_form(request, material=material, comment=comment)


@login_required
@require_POST
def withdraw_contribution(request, pk):
    """Take a contribution back from the secretariat's review: it becomes a draft again, to be
    changed and sent once more."""
    page = _editable_page(request, pk)
    if page is None:
        return _refuse(request)
    state = _open_workflow_state(page)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        state.cancel(user=request.user)
        messages.success(
            request,
            _("“%(title)s” has been withdrawn from approval and is a draft again.")
            % {"title": page.draft_title or page.title},
        )
    return redirect("my_contributions")


def _library_notice(library, language_code):
    """What the form says when a contribution in `language_code` cannot go into that language's
    library, or "" when it can."""
    if library is None:
        return _(
            "The library is not open for contributions just now. Contact the secretariat, "
            "and try again later."
        )
    if library.locale.language_code != language_code:
        # The site has two languages: a library missing in one of them is the English one.
        return _(
            "The library has no English section yet, so your material goes into the Danish "
            "library. Write in English all the same: the material is marked as written in "
            "English, and the secretariat can translate it."
        )
    return ""


def _contribution_form(request, material, comment=""):
    library = notice = None
    language_code = translation.get_language()
    if material is None:
        # A new material is a page in the library of the form's language (see
        # library_for_contributions); an existing one stays where it is.
        library = library_for_contributions(language_code)
        notice = _library_notice(library, language_code)
        if library is None:
            messages.error(request, notice)
            return redirect("my_contributions")
    if request.method == "POST":
        data, files = request.POST, request.FILES  # parsed here: the size check runs now
        form = ContributionForm(
            data,
            files,
            user=request.user,
            material=material,
            refused_size=refused_upload_size(request),
        )
        valid = form.is_valid()
        form.keep_uploads()  # may add an error: a file the storage could not take
        if valid and not form.errors:
            submit = "save_draft" not in request.POST
            material, _revision = save_contribution(
                form, request.user, submit=submit, library=library, language_code=language_code
            )
            if notice:
                messages.info(request, notice)
            if submit:
                messages.success(
                    request,
                    _("Thank you. “%(title)s” has been sent to the secretariat for approval.")
                    % {"title": material.title},
                )
            else:
                messages.success(
                    request, _("“%(title)s” is saved as a draft.") % {"title": material.title}
                )
            return redirect("my_contributions")
    else:
        form = ContributionForm(user=request.user, material=material)
    return render(
        request,
        "library/contribute/form.html",
        {
            "form": form,
            "material": material,
            "secretariat_comment": comment,
            "library_notice": notice,
            "breadcrumb_trail": _trail(
                request,
                (_("My contributions"), reverse("my_contributions")),
                (_("Edit contribution") if material else _("Contribute material"), None),
            ),
        },
    )


def _trail(request, *steps):
    """The breadcrumbs of the contribution pages: home, the professional area, then `steps`."""
    locale = Locale.get_active()
    trail = [
        (_("Home") if page.depth == 2 else page.title, page.get_url(request))
        for page in Page.objects.live()
        .filter(locale=locale)
        .type(HomePage, ProfessionalAreaPage)
        .order_by("depth")
    ]
    return [*trail, *steps]


class Status:
    DRAFT = "draft"
    AWAITING = "awaiting"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"

    # Lazy: translated for each visitor, not once in whatever language was active at import.
    labels = {
        DRAFT: gettext_lazy("Draft"),
        AWAITING: gettext_lazy("Awaiting approval"),
        CHANGES_REQUESTED: gettext_lazy("Changes requested"),
        PUBLISHED: gettext_lazy("Published"),
    }


def _translations():
    """Pages made as a translation of another page (by wagtail-localize, into their locale)."""
    return Exists(
        Translation.objects.filter(
            source__object_id=OuterRef("translation_key"), target_locale=OuterRef("locale")
        )
    )


def contributions_of(user):
    """The user's municipalities' contributions and their own, each with its status and its
    language. A contribution is written in Danish or English, so both are listed; a translation
    of it (the secretariat's, made with wagtail-localize) or an alias of it is not another
    contribution and is left out."""
    ids = contributor_municipality_ids(user)
    owned = (Q(municipality_id__in=ids) | Q(owner=user)) & Q(alias_of__isnull=True)
    pages = [
        page
        for model in (MaterialPage, MeetingContributionPage)
        for page in model.objects.filter(owned)
        .exclude(_translations())
        .select_related("municipality", "locale")
    ]
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.filter(
            base_content_type=get_default_page_content_type(),
            object_id__in=[str(page.pk) for page in pages],
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ).select_related("current_task_state")
    }
    downloads = downloads_by_material(
        MaterialPage.objects.filter(pk__in=[page.pk for page in pages])
    )
    # The language each contribution is written in (its page's), named in the reader's language.
    language_labels = dict(MaterialPage.Language.choices)
    rows = []
    for page in pages:
        state = states.get(page.pk)
        comment = _secretariat_comment(state)
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            status = Status.CHANGES_REQUESTED
        elif state is not None:
            status = Status.AWAITING
        elif page.live and not page.has_unpublished_changes:
            status = Status.PUBLISHED
        else:
            status = Status.DRAFT
        rows.append(
            {
                "page": page,
                "title": page.draft_title or page.title,
                "status": status,
                "status_label": Status.labels[status],
                "language": page.locale.language_code,
                "language_label": language_labels.get(
                    page.locale.language_code, page.locale.get_display_name()
                ),
                "comment": comment,
                "is_material": isinstance(page, MaterialPage),
                "downloads": downloads.get(page.pk),
                "changed": page.latest_revision_created_at or page.first_published_at,
            }
        )
    rows.sort(key=lambda row: (row["changed"] is None, row["changed"]), reverse=True)
    return rows


@login_required
def my_contributions(request):
    return render(
        request,
        "library/contribute/list.html",
        {
            "rows": contributions_of(request.user),
            "breadcrumb_trail": _trail(request, (_("My contributions"), None)),
            "may_contribute": _editable_ids(request.user) != frozenset(),
        },
    )
