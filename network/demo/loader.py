"""Load the network's demo content: municipalities, memberships, the professional area with its
meetings, agreement, fees, board and funding opportunities, and the municipalities' local reports.

Everything is only added, never overwritten: running the loader again, or after the secretariat
or a contributor has changed a demo object, changes nothing.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.rich_text import RichText

from home.demo import Bilingual, child_page, translate_tree
from home.demo.documents import document
from home.factories import UserFactory
from home.models import HomePage
from home.roles import PROFESSIONALS
from home.text import danish_slug

from .. import roles
from ..documents import professional_collection
from ..factories import (
    AdvisoryBoardPageFactory,
    AgreementPageFactory,
    AgreementVersionPageFactory,
    AnnualFeeFactory,
    BoardMemberFactory,
    FeesPageFactory,
    FiguresPageFactory,
    FundingFollowFactory,
    FundingOpportunityFactory,
    FundingPageFactory,
    JoinPageFactory,
    JoinRequestFactory,
    LocalReportFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    MeetingRegistrationFactory,
    MemberNewsIndexPageFactory,
    MemberNewsPageFactory,
    MembershipFactory,
    MunicipalityContactFactory,
    MunicipalityIndexPageFactory,
    NetworkFiguresPageFactory,
    OnboardingFactory,
    ProfessionalAreaPageFactory,
)
from ..joining import coming_quarters
from ..models import (
    BoardMember,
    FundingOpportunity,
    JoinRequest,
    LocalReport,
    MeetingPage,
    Membership,
    Municipality,
    Onboarding,
)
from ..models.funding import reminder_day
from . import board, funding, joining, localdata, news, pages, playbook, registrations
from .municipalities import CONTRIBUTORS, MEMBERSHIPS, MUNICIPALITIES, WEBSITES


def load(log):
    t = Bilingual()
    _municipalities(log)
    _memberships()
    home = HomePage.objects.get(locale__language_code="da")
    collection = professional_collection()
    child_page(home, "fiv-naer-dig", lambda: _near_you(t, home), log)
    join_page = child_page(home, joining.JOIN_PAGE["slug"][0], lambda: _join_page(t, home), log)
    area = child_page(home, "fagligt-omraade", lambda: _area(t, home), log)
    directory = child_page(area, "kommuner", lambda: _directory(t, area), log)
    meetings = child_page(area, "moeder", lambda: _meeting_index(t, area), log)
    for slug, build in _meetings(t, meetings, collection):
        child_page(meetings, slug, build, log)
    agreement = child_page(area, "netvaerksaftalen", lambda: _agreement(t, area), log)
    for slug, build in _agreement_versions(t, agreement, collection):
        child_page(agreement, slug, build, log)
    fees = child_page(area, "brugerbetaling", lambda: _fees(t, area), log)
    board_page = child_page(area, "advisory-board", lambda: _board_page(t, area), log)
    playbook_page = playbook.load(t, area, collection, log)
    _board_members(log)
    funding_page = child_page(
        area, funding.FUNDING_PAGE["slug"][0], lambda: _funding_page(t, area), log
    )
    network_figures = child_page(
        area, pages.NETWORK_FIGURES["slug"][0], lambda: _network_figures(t, area), log
    )
    public_figures = child_page(
        home, pages.PUBLIC_FIGURES["slug"][0], lambda: _public_figures(t, home), log
    )
    member_news = child_page(
        area, news.MEMBER_NEWS_INDEX["slug"][0], lambda: _member_news_index(t, area), log
    )
    for slug, build in _member_news(t, member_news):
        child_page(member_news, slug, build, log)
    # The area's own subtrees only: other apps (the library) translate what is theirs.
    translate_tree(t, area, log, descendants=False)
    near_you = home.get_children().get(slug="fiv-naer-dig")
    for root in [near_you, join_page, directory, meetings, agreement, fees, board_page]:
        translate_tree(t, root, log)
    translate_tree(t, playbook_page, log)
    playbook.load_changes(playbook_page, log)
    translate_tree(t, funding_page, log)
    translate_tree(t, network_figures, log)
    translate_tree(t, public_figures, log)
    translate_tree(t, member_news, log)
    load_local_reports(log)
    load_funding(log)
    load_registrations(log)
    load_joining(log)


def _municipalities(log):
    for municipality in Municipality.objects.filter(name__in=MUNICIPALITIES, contacts__isnull=True):
        status, since, contacts = MUNICIPALITIES[municipality.name]
        if municipality.status != Municipality.Status.NONE:
            continue  # the secretariat has already set it
        municipality.status = status
        municipality.offering_since = since
        municipality.website = WEBSITES.get(municipality.name, "")
        municipality.save()
        slug = danish_slug(municipality.name)
        for order, (name, role) in enumerate(contacts):
            MunicipalityContactFactory(
                municipality=municipality,
                sort_order=order,
                name=name,
                role=role,
                email=f"{name.split()[0].lower().replace('ø', 'oe')}@{slug}.kommune.example",
                phone=f"40 {10 + order}{municipality.code % 90:02d} {municipality.code:03d}"[:11],
            )
    log("Set the status of the demo municipalities")


def _memberships():
    User = get_user_model()
    for username, name in MEMBERSHIPS.items():
        user = User.objects.filter(username=username).first()
        if user and not Membership.objects.filter(user=user).exists():
            MembershipFactory(user=user, municipality=Municipality.objects.get(name=name))
    for username, name in CONTRIBUTORS.items():
        user = User.objects.filter(username=username).first()
        if user:
            municipality = Municipality.objects.get(name=name)
            user.groups.add(roles.ensure_contributor_group(municipality))


def _rich(t, paragraphs):
    return RichText(t.rich(*paragraphs))


def _near_you(t, home):
    return MunicipalityIndexPageFactory(parent=home, show_in_menus=True, **t.danish(pages.NEAR_YOU))


def _area(t, home):
    return ProfessionalAreaPageFactory(parent=home, **t.danish(pages.AREA))


def _directory(t, area):
    return MunicipalityIndexPageFactory(parent=area, list_all=True, **t.danish(pages.DIRECTORY))


def _meeting_index(t, area):
    return MeetingIndexPageFactory(parent=area, **t.danish(pages.MEETING_INDEX))


def _at(days, hour):
    day = timezone.localdate() + datetime.timedelta(days=days)
    naive = datetime.datetime.combine(day, datetime.time(hour))
    return timezone.make_aware(naive)


def _season(moment):
    return pages.SEASONS["spring" if moment.month <= 6 else "autumn"]


def _meetings(t, index, collection):
    """Meetings placed around today, so that the demo always has past and upcoming ones."""
    offers = Municipality.objects.offering()

    def network_meeting(days, minutes=(), attachments=()):
        start = _at(days, 10)
        season_da, season_en = _season(start)
        slug = f"netvaerksmoede-{season_da.replace('å', 'aa')}-{start.year}"

        def build():
            return MeetingPageFactory(
                parent=index,
                title=t(
                    f"Netværksmøde, {season_da} {start.year}",
                    f"Network meeting, {season_en} {start.year}",
                ),
                slug=t(slug, f"network-meeting-{season_en}-{start.year}"),
                kind=MeetingPage.Kind.NETWORK,
                start=start,
                end=start + datetime.timedelta(hours=5),
                agenda=t.rich(pages.AGENDA),
                minutes=t.rich(*minutes) if minutes else "",
                **t.danish(pages.NETWORK_MEETING),
                municipalities=offers[:8],
                attachments=[
                    document(title, filename, text, collection=collection)
                    for title, filename, text in attachments
                ],
            )

        return slug, build

    def other_meeting(days, kind, hours, title, slug, introduction):
        start = _at(days, 13)

        def build():
            return MeetingPageFactory(
                parent=index,
                title=t(*title),
                slug=t(*slug),
                kind=kind,
                start=start,
                end=start + datetime.timedelta(hours=hours),
                location=t(*pages.ONLINE),
                online_url=pages.ONLINE_URL.format(slug=slug[0]),
                introduction=t(*introduction),
            )

        return slug[0], build

    return [network_meeting(**meeting) for meeting in pages.NETWORK_MEETINGS] + [
        other_meeting(**meeting) for meeting in pages.OTHER_MEETINGS
    ]


def _agreement(t, area):
    return AgreementPageFactory(parent=area, **t.danish(pages.AGREEMENT))


def _agreement_versions(t, agreement, collection):
    def version(date, slug, change_note, paragraphs, appendices):
        def build():
            return AgreementVersionPageFactory(
                parent=agreement,
                title=t(
                    f"Netværksaftalen, {date:%d.%m.%Y}",
                    f"The network agreement, {date:%d %B %Y}",
                ),
                slug=t(*slug),
                version_date=date,
                change_note=t(*change_note),
                body=[("paragraph", _rich(t, paragraphs))],
                appendices=[
                    document(title, filename, text, collection=collection)
                    for title, filename, text in appendices
                ],
            )

        return slug[0], build

    return [version(**entry) for entry in pages.AGREEMENT_VERSIONS]


def _fees(t, area):
    page = FeesPageFactory(parent=area, **t.danish(pages.FEES_PAGE))
    this_year = timezone.localdate().year
    for order, (years_ahead, user_fee, note) in enumerate(pages.FEES):
        AnnualFeeFactory(
            page=page,
            sort_order=order,
            year=this_year + years_ahead,
            user_fee=Decimal(user_fee),
            startup_fee=Decimal(pages.STARTUP_FEE),
            note=t(*note) if note else "",
        )
    return page


def _board_page(t, area):
    return AdvisoryBoardPageFactory(
        parent=area,
        **t.danish(pages.BOARD_PAGE),
        body=[("paragraph", _rich(t, pages.BOARD_BODY))],
    )


def _board_members(log):
    if BoardMember.objects.exists():
        return
    today = timezone.localdate()
    for name, organisation, sector, role, days_ago in board.BOARD_MEMBERS:
        BoardMemberFactory(
            name=name,
            organisation=organisation,
            sector=sector,
            role=role,
            term_start=today - datetime.timedelta(days=days_ago),
        )
    log("Created the advisory board")


def _network_figures(t, area):
    return NetworkFiguresPageFactory(parent=area, **t.danish(pages.NETWORK_FIGURES))


def _public_figures(t, home):
    return FiguresPageFactory(parent=home, show_in_menus=True, **t.danish(pages.PUBLIC_FIGURES))


def _funding_page(t, area):
    return FundingPageFactory(parent=area, **t.danish(funding.FUNDING_PAGE))


def _member_news_index(t, area):
    return MemberNewsIndexPageFactory(parent=area, **t.danish(news.MEMBER_NEWS_INDEX))


def _member_news(t, index):
    def item(entry):
        return entry["slug"][0], lambda: MemberNewsPageFactory(
            parent=index,
            title=t(*entry["title"]),
            slug=t(*entry["slug"]),
            date=timezone.localdate() - datetime.timedelta(days=entry["days_ago"]),
            introduction=t(*entry["introduction"]),
            body=[("paragraph", _rich(t, entry["paragraphs"]))],
        )

    return [item(entry) for entry in news.MEMBER_NEWS]


def load_funding(log):
    """The four funding opportunities that are missing (by their Danish name), with deadlines
    around today and their followers; one the secretariat has changed stays as it is."""
    existing = set(FundingOpportunity.objects.values_list("fund", flat=True))
    User = get_user_model()
    today = timezone.localdate()
    for entry in funding.OPPORTUNITIES:
        if entry["fund"][0] in existing:
            continue
        texts = {
            name: pair
            for name in ("fund", "amount", "eligibility", "topic", "applicant_note")
            if (pair := entry[name])
        }
        days = entry["days"]
        opportunity = FundingOpportunityFactory(
            url=entry["url"],
            deadline=None if days is None else today + datetime.timedelta(days=days),
            status=entry["status"],
            applicants=Municipality.objects.filter(name__in=entry["applicants"]),
            **{name: da for name, (da, _en) in texts.items()},
            **{f"{name}_en": en for name, (_da, en) in texts.items()},
        )
        for username in entry["followers"]:
            FundingFollowFactory(
                opportunity=opportunity,
                user=User.objects.get(username=username),
                # Following inside the last two weeks: the follower saw the deadline.
                reminded_for=opportunity.deadline
                if opportunity.deadline and reminder_day(opportunity.deadline) <= today
                else None,
            )
        log(f"Created the funding opportunity {opportunity.fund}")


def report_year(years_ago):
    """The calendar year of a demo report made `years_ago` years before this one."""
    return timezone.localdate().year - years_ago


def load_local_reports(log):
    """The demo's local reports that are missing; a report a contributor corrected stays."""
    municipalities = Municipality.objects.in_bulk(localdata.FIGURES, field_name="name")
    submitters = get_user_model().objects.in_bulk(
        [*localdata.SUBMITTERS.values(), localdata.FINALISED_BY], field_name="username"
    )
    secretary = submitters.get(localdata.FINALISED_BY)
    now = timezone.now()
    existing = set(
        LocalReport.objects.filter(municipality__name__in=localdata.FIGURES).values_list(
            "municipality__name", "year"
        )
    )
    created = 0
    for name, years in localdata.FIGURES.items():
        for ago, (courses, participants, fathers) in years.items():
            if (name, report_year(ago)) in existing:
                continue
            texts = localdata.TEXTS.get(name, {}).get(ago, ("", "", "", ""))
            went_well, challenges, parents_gained, professionals_gained = texts
            final = (name, ago) not in localdata.NOT_FINAL
            # One by one, so that Wagtail's reference index sees each municipality's use.
            LocalReportFactory(
                municipality=municipalities[name],
                year=report_year(ago),
                courses=courses,
                participants=participants,
                fathers=fathers,
                went_well=went_well,
                challenges=challenges,
                parents_gained=parents_gained,
                professionals_gained=professionals_gained,
                submitted_by=submitters.get(localdata.SUBMITTERS.get(name)),
                is_final=final,
                finalised_at=now if final else None,
                finalised_by=secretary if final else None,
            )
            created += 1
    if created:
        log(f"Created {created} local reports")


def _participant(username):
    first_name, last_name, municipality = registrations.PARTICIPANTS[username]
    user = UserFactory(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=f"{username}@{municipality.lower()}.kommune.example",
        password=None,
        groups=[Group.objects.get(name=PROFESSIONALS)],
    )
    if not Membership.objects.filter(user=user).exists():
        MembershipFactory(user=user, municipality=Municipality.objects.get(name=municipality))
    return user


def load_registrations(log):
    """Sign-ups for the next network meeting and the next theme day, once: a meeting that has
    any registration is left as it is."""
    coming = MeetingPage.objects.filter(
        locale__language_code="da", start__gte=timezone.now()
    ).order_by("start")
    for kind, entries in [
        (MeetingPage.Kind.NETWORK, registrations.NETWORK_MEETING),
        (MeetingPage.Kind.THEME_DAY, registrations.THEME_DAY),
    ]:
        meeting = coming.filter(kind=kind).first()
        if meeting is None or meeting.registrations.exists():
            continue
        for username, participants, note in entries:
            user = _participant(username)
            MeetingRegistrationFactory(
                meeting=meeting,
                user=user,
                municipality=user.membership.municipality,
                participants=participants,
                note=note,
            )
        log(f"Registered {len(entries)} municipalities for {meeting.title}")


def _join_page(t, home):
    return JoinPageFactory(
        parent=home,
        **t.danish(joining.JOIN_PAGE),
        thank_you_text=t.rich(joining.THANK_YOU),
    )


def load_joining(log):
    """The two requests to join and the starting municipality's checklist, once each."""
    today = timezone.localdate()
    quarters = coming_quarters(today)
    for name, (contact, email, phone, ahead, births, message) in joining.JOIN_REQUESTS.items():
        municipality = Municipality.objects.get(name=name)
        if JoinRequest.objects.filter(municipality=municipality).exists():
            continue
        JoinRequestFactory(
            municipality=municipality,
            contact_name=contact,
            email=email,
            phone=phone,
            expected_start=quarters[ahead],
            births_per_year=births,
            message=message,
        )
        log(f"Created the request to join from {name}")
    municipality = Municipality.objects.get(name=joining.ONBOARDING["municipality"])
    onboarding = OnboardingFactory(municipality=municipality)
    if not any(getattr(onboarding, step) for step in Onboarding.STEPS):
        for step, days in joining.ONBOARDING["steps"].items():
            setattr(onboarding, step, today + datetime.timedelta(days=days))
        onboarding.note = joining.ONBOARDING["note"]
        onboarding.save()
        log(f"Filled in the onboarding checklist of {municipality}")
