"""Contributions through the site: the form, continuing an earlier one, and "Mine bidrag"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page, WorkflowState, get_default_page_content_type

from home.models import HomePage
from home.roles import is_secretariat
from network.models import MeetingContributionPage, ProfessionalAreaPage
from network.roles import contributor_municipality_ids

from .contribute import ContributionForm, save_contribution
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


def _contribution_form(request, material, comment=""):
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
            material, _revision = save_contribution(form, request.user, submit=submit)
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


def contributions_of(user):
    """The user's municipalities' contributions and their own, each with its status."""
    ids = contributor_municipality_ids(user)
    # Contributions are written in Danish; the English translations are the secretariat's.
    owned = (Q(municipality_id__in=ids) | Q(owner=user)) & Q(locale=Locale.get_default())
    pages = [
        *MaterialPage.objects.filter(owned).select_related("municipality"),
        *MeetingContributionPage.objects.filter(owned).select_related("municipality"),
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
