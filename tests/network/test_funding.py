"""Fondsmuligheder: the list of funding opportunities in the professional area, sorted by deadline
or name, the earlier ones behind a link, and "Følg" / "Stop med at følge" for the reader."""

import datetime
import zoneinfo
from urllib.parse import urlsplit

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation

from home.roles import PROFESSIONALS
from network.factories import FundingOpportunityFactory
from network.models import FundingFollow, FundingOpportunity, FundingPage, Municipality
from network.models.funding import danish_sort_key, deadline_wording
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user, new_user

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
TODAY = datetime.date(2027, 6, 1)


def funding_page(language="da"):
    return FundingPage.objects.live().get(locale__language_code=language)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def names_listed(response, section="funding-current"):
    heading = soup(response).find(id=section)
    found = heading.find_parent("section") if heading.name == "h2" else heading
    return [h3.get_text(strip=True) for h3 in found.select("li.funding-item h3")]


@pytest.fixture
def on_a_fixed_day():
    """Noon on 1 June 2027 in Copenhagen, the clock standing still."""
    moment = datetime.datetime.combine(TODAY, datetime.time(12), tzinfo=COPENHAGEN)
    with time_machine.travel(moment, tick=False):
        yield TODAY


@pytest.fixture
def reader(client, on_a_fixed_day):
    """The demo professional, logged in on the fixed day (a session from today would have
    expired by then)."""
    client.force_login(demo_user(PROFESSIONAL))
    return client


@pytest.fixture
def opportunities(db, on_a_fixed_day):
    """Instead of the demo's: a near, a later, a rolling, a past and a finished rolling one."""
    FundingOpportunity.objects.all().delete()
    today = on_a_fixed_day

    def days(n):
        return today + datetime.timedelta(days=n)

    return {
        "later": FundingOpportunityFactory(fund="Børnefonden", deadline=days(40)),
        "near": FundingOpportunityFactory(fund="Åkandefonden", deadline=days(12)),
        "today": FundingOpportunityFactory(fund="Zebrapuljen", deadline=today),
        "rolling": FundingOpportunityFactory(fund="Ærø-puljen", deadline=None),
        "past": FundingOpportunityFactory(
            fund="Gammel pulje",
            deadline=days(-1),
            status=FundingOpportunity.Status.APPLIED,
        ),
        "closed": FundingOpportunityFactory(
            fund="Lukket pulje", deadline=None, status=FundingOpportunity.Status.CLOSED
        ),
    }


# The wording of a deadline


@pytest.mark.parametrize(
    ("deadline", "today", "danish", "english"),
    [
        (datetime.date(2027, 6, 13), TODAY, "Frist om 12 dage", "Deadline in 12 days"),
        (datetime.date(2027, 6, 2), TODAY, "Frist i morgen", "Deadline tomorrow"),
        (TODAY, TODAY, "Frist i dag", "Deadline today"),
        (datetime.date(2027, 5, 31), TODAY, "Fristen er overskredet", "The deadline has passed"),
        (None, TODAY, "Løbende frist", "Rolling deadline"),
        # Across a year's end, onto a leap day, and over the night the clocks change.
        (datetime.date(2028, 1, 1), datetime.date(2027, 12, 31), "Frist i morgen", None),
        (datetime.date(2028, 2, 29), datetime.date(2028, 2, 15), "Frist om 14 dage", None),
        (datetime.date(2028, 3, 1), datetime.date(2028, 2, 28), "Frist om 2 dage", None),
        (datetime.date(2027, 3, 29), datetime.date(2027, 3, 27), "Frist om 2 dage", None),
        (datetime.date(2027, 1, 1), datetime.date(2026, 12, 31), "Frist i morgen", None),
    ],
)
def test_the_deadline_is_worded_in_days_left(deadline, today, danish, english):
    with translation.override("da"):
        assert deadline_wording(deadline, today) == danish
    if english:
        with translation.override("en"):
            assert deadline_wording(deadline, today) == english


def test_names_sort_in_danish_order():
    names = ["Åkandefonden", "Ærø-puljen", "Zebrapuljen", "Øster fond", "Aarhus fond", "Égalité"]
    assert sorted(names, key=danish_sort_key) == [
        "Aarhus fond",
        "Égalité",
        "Zebrapuljen",
        "Ærø-puljen",
        "Øster fond",
        "Åkandefonden",
    ]


# The list


@pytest.mark.django_db
def test_the_list_puts_the_soonest_deadline_first_and_hides_the_earlier_ones(reader, opportunities):
    response = reader.get(funding_page().url)
    assert response.status_code == 200
    assert names_listed(response) == ["Zebrapuljen", "Åkandefonden", "Børnefonden", "Ærø-puljen"]
    page = soup(response)
    badges = [
        item.select_one("[data-deadline]").get_text(strip=True)
        for item in page.select("li.funding-item")
    ]
    assert badges == ["Frist i dag", "Frist om 12 dage", "Frist om 40 dage", "Løbende frist"]
    assert "badge--warning" in page.select("li.funding-item [data-deadline]")[1]["class"]
    # The past and the closed ones wait behind a link that says how many.
    text = page.get_text(" ", strip=True)
    assert "Gammel pulje" not in text and "Lukket pulje" not in text
    show = page.find("a", string="Vis tidligere (2)")
    assert show["href"] == "?past=1#funding-past"

    earlier = reader.get(funding_page().url + "?past=1")
    assert names_listed(earlier, "funding-past-heading") == ["Gammel pulje", "Lukket pulje"]
    assert soup(earlier).find("a", string="Skjul de tidligere")


@pytest.mark.django_db
def test_the_list_sorts_by_the_fund_s_name_in_danish_order(reader, opportunities):
    response = reader.get(funding_page().url + "?sort=fund")
    assert names_listed(response) == ["Børnefonden", "Zebrapuljen", "Ærø-puljen", "Åkandefonden"]
    choice = soup(response).select_one(".sort-choice")
    assert choice.select_one("strong[aria-current]").get_text() == "Fondens navn"
    assert choice.find("a", string="Frist")["href"] == "?"
    # The follow buttons keep the chosen order for the way back.
    form = soup(response).select_one("form.funding-item__follow")
    assert form.select_one("input[name=sort]")["value"] == "fund"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "sort=title",
        "sort=<script>alert(1)</script>",
        "sort=%00",
        "sort=fund&sort=deadline",
        "sort=" + "x" * 5000,
        "sort=-deadline",
        "past=yes",
        "past=%ff%fe",
        "past=1&past=0",
    ],
)
def test_a_made_up_sort_or_past_shows_the_list_as_usual(reader, opportunities, query):
    response = reader.get(f"{funding_page().url}?{query}")
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    listed = names_listed(response)
    assert set(listed) == {"Zebrapuljen", "Åkandefonden", "Børnefonden", "Ærø-puljen"}


@pytest.mark.django_db
def test_the_english_page_shows_the_english_texts(reader, opportunities):
    near = opportunities["near"]
    near.fund_en = "The Water Lily Foundation"
    near.amount, near.amount_en = "op til 500.000 kr.", "up to DKK 500,000"
    near.save()
    response = reader.get(funding_page("en").url)
    text = soup(response).get_text(" ", strip=True)
    assert "The Water Lily Foundation" in text and "up to DKK 500,000" in text
    assert "Deadline in 12 days" in text
    # A text without an English version is shown in Danish rather than not at all.
    assert "Kommuner og regioner" in text


@pytest.mark.django_db
def test_an_empty_list_says_why_and_how_to_help(reader, on_a_fixed_day):
    FundingOpportunity.objects.all().delete()
    page = soup(reader.get(funding_page().url))
    empty = page.select_one(".empty-state").get_text(" ", strip=True)
    assert "Der er ingen åbne fondsmuligheder lige nu" in empty
    assert "sekretariatet" in empty.lower()
    assert not page.select(".sort-choice")


@pytest.mark.django_db
def test_with_only_earlier_ones_the_empty_state_leads_to_them(reader, opportunities):
    FundingOpportunity.objects.exclude(pk=opportunities["past"].pk).delete()
    page = soup(reader.get(funding_page().url))
    link = page.select_one(".empty-state a")
    assert link["href"] == "?past=1#funding-past"


@pytest.mark.django_db
def test_the_secretariat_is_shown_where_to_keep_the_list(secretariat):
    page = soup(secretariat.get(funding_page().url))
    links = {a["href"] for a in page.select(".funding__admin a")}
    assert links == {
        reverse("wagtailsnippets_network_fundingopportunity:add"),
        reverse("wagtailsnippets_network_fundingopportunity:list"),
    }
    professional = Client()
    professional.force_login(demo_user(PROFESSIONAL))
    assert not soup(professional.get(funding_page().url)).select(".funding__admin")


@pytest.mark.django_db
def test_only_web_addresses_are_linked(reader, opportunities):
    near = opportunities["near"]
    FundingOpportunity.objects.filter(pk=near.pk).update(url="javascript:alert(1)")
    page = soup(reader.get(funding_page().url))
    item = page.find(id=f"funding-{near.pk}")
    assert not item.select("h3 a") and "javascript:" not in str(page)
    later = page.find(id=f"funding-{opportunities['later'].pk}")
    assert later.select_one("h3 a")["href"] == "https://fond.example/opslag"


# Privacy


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_a_stranger_is_sent_to_log_in_and_learns_nothing(client, language):
    page = funding_page(language)
    for response in [
        client.get(page.url),
        client.get(page.url + "?past=1&sort=fund"),
        client.post(page.url + "follow/", {"opportunity": FundingOpportunity.objects.first().pk}),
    ]:
        assert response.status_code == 302
        login = "/log-ind/" if language == "da" else "/en/login/"
        assert urlsplit(response["Location"]).path == login
        content = response.content.decode()
        for fund in FundingOpportunity.objects.values_list("fund", flat=True):
            assert fund not in content
    assert not FundingFollow.objects.filter(user__isnull=True).exists()


@pytest.mark.django_db
def test_the_page_is_a_section_of_the_area_for_those_logged_in(professional):
    area = FundingPage.objects.get(locale__language_code="da").get_parent()
    page = soup(professional.get(area.url))
    assert page.find("a", string="Fondsmuligheder")
    assert "Fondsmuligheder" not in Client().get(area.url).content.decode()


# Following


def follow_url(language="da"):
    return funding_page(language).url + "follow/"


def unfollow_url(language="da"):
    return funding_page(language).url + "unfollow/"


@pytest.mark.django_db
def test_a_professional_follows_and_stops_following(reader, opportunities):
    user = demo_user(PROFESSIONAL)
    later = opportunities["later"]
    response = reader.post(follow_url(), {"opportunity": later.pk}, follow=True)
    follow = FundingFollow.objects.get(user=user, opportunity=later)
    assert (follow.language, follow.reminded_for) == ("da", None)
    assert response.redirect_chain[-1][0] == f"{funding_page().url}#funding-{later.pk}"
    message = soup(response).select_one(".messages").get_text(" ", strip=True)
    assert message == (
        "Du følger nu “Børnefonden”. Vi sender dig en påmindelse på e-mail den 27. juni 2027."
    )
    item = soup(response).find(id=f"funding-{later.pk}")
    assert item.select_one("form")["action"] == unfollow_url()
    assert "Stop med at følge" in item.get_text()

    response = reader.post(unfollow_url(), {"opportunity": later.pk}, follow=True)
    assert not FundingFollow.objects.filter(user=user, opportunity=later).exists()
    assert "Du følger ikke længere “Børnefonden”." in response.content.decode()
    assert "Følg" in soup(response).find(id=f"funding-{later.pk}").get_text()


@pytest.mark.django_db
def test_following_twice_is_following_once(reader, opportunities):
    later = opportunities["later"]
    reader.post(follow_url(), {"opportunity": later.pk})
    response = reader.post(follow_url(), {"opportunity": later.pk}, follow=True)
    assert FundingFollow.objects.filter(opportunity=later).count() == 1
    assert "Du følger allerede “Børnefonden”." in response.content.decode()
    for _ in range(2):
        assert reader.post(unfollow_url(), {"opportunity": later.pk}).status_code == 302
    assert not FundingFollow.objects.filter(opportunity=later).exists()


@pytest.mark.django_db
def test_nobody_follows_for_someone_else(reader, opportunities):
    other = demo_user(CONTRIBUTOR)
    later = opportunities["later"]
    reader.post(follow_url(), {"opportunity": later.pk, "user": other.pk, "user_id": other.pk})
    assert list(FundingFollow.objects.filter(opportunity=later).values_list("user", flat=True)) == [
        demo_user(PROFESSIONAL).pk
    ]
    FundingFollow.objects.create(opportunity=later, user=other)
    reader.post(unfollow_url(), {"opportunity": later.pk, "user": other.pk})
    assert list(FundingFollow.objects.filter(opportunity=later).values_list("user", flat=True)) == [
        other.pk
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value", ["", "abc", "0", "-1", "1.5", "99999999999999999999", "１", "\x00", None]
)
@pytest.mark.parametrize("action", ["follow", "unfollow"])
def test_a_bad_id_is_a_message_not_an_error(reader, opportunities, value, action):
    before = FundingFollow.objects.count()
    data = {} if value is None else {"opportunity": value, "sort": "fund", "past": "1"}
    response = reader.post(funding_page().url + f"{action}/", data, follow=True)
    assert response.status_code == 200
    assert FundingFollow.objects.count() == before
    if value is not None:
        assert response.redirect_chain[-1][0] == funding_page().url + "?sort=fund&past=1"
    assert "Den fondsmulighed er ikke længere på listen." in response.content.decode()


@pytest.mark.django_db
def test_following_asks_for_a_post_with_the_csrf_token(opportunities):
    client = Client(enforce_csrf_checks=True)
    client.force_login(demo_user(PROFESSIONAL))
    later = opportunities["later"]
    assert client.get(follow_url(), {"opportunity": later.pk}).status_code == 302
    assert client.post(follow_url(), {"opportunity": later.pk}).status_code == 403
    assert not FundingFollow.objects.filter(opportunity=later).exists()

    page = soup(client.get(funding_page().url))
    form = page.find(id=f"funding-{later.pk}").select_one("form")
    data = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    assert client.post(form["action"], data).status_code == 302
    assert FundingFollow.objects.filter(opportunity=later).count() == 1


@pytest.mark.django_db
def test_following_on_the_english_page_gives_english_reminders(reader, opportunities):
    later = opportunities["later"]
    response = reader.post(follow_url("en"), {"opportunity": later.pk}, follow=True)
    assert FundingFollow.objects.get(opportunity=later).language == "en"
    assert response.redirect_chain[-1][0].startswith("/en/")
    assert "You now follow “Børnefonden”." in response.content.decode()


@pytest.mark.django_db
def test_following_inside_the_last_two_weeks_owes_no_reminder(reader, opportunities):
    near = opportunities["near"]
    response = reader.post(follow_url(), {"opportunity": near.pk}, follow=True)
    assert FundingFollow.objects.get(opportunity=near).reminded_for == near.deadline
    assert "Der er mindre end to uger til fristen" in response.content.decode()

    rolling = opportunities["rolling"]
    response = reader.post(follow_url(), {"opportunity": rolling.pk}, follow=True)
    assert FundingFollow.objects.get(opportunity=rolling).reminded_for is None
    assert "løbende frist" in response.content.decode()


@pytest.mark.django_db
def test_a_follower_without_an_email_address_is_told(client, opportunities):
    user = new_user("uden-mail", Group.objects.get(name=PROFESSIONALS), email="")
    client.force_login(user)
    response = client.post(follow_url(), {"opportunity": opportunities["later"].pk}, follow=True)
    assert "Vi har ingen e-mailadresse på dig" in response.content.decode()


@pytest.mark.django_db
def test_earlier_ones_are_not_offered_to_follow_but_can_be_left(reader, opportunities):
    past = opportunities["past"]
    page = soup(reader.get(funding_page().url + "?past=1"))
    assert not page.find(id=f"funding-{past.pk}").select("form")
    FundingFollow.objects.create(opportunity=past, user=demo_user(PROFESSIONAL))
    page = soup(reader.get(funding_page().url + "?past=1"))
    form = page.find(id=f"funding-{past.pk}").select_one("form")
    assert form["action"] == unfollow_url()
    assert form.select_one("input[name=past]")["value"] == "1"


# The secretariat's admin


def admin_form(**fields):
    data = {
        "fund": "Nye muligheders fond",
        "fund_en": "",
        "url": "https://nyfond.example/",
        "amount": "op til 100.000 kr.",
        "amount_en": "",
        "deadline": "2027-09-01",
        "status": "open",
        "eligibility": "Kommuner",
        "eligibility_en": "",
        "topic": "Fædre",
        "topic_en": "",
        "applicant_note": "",
        "applicant_note_en": "",
    }
    data.update(fields)
    return data


@pytest.mark.django_db
def test_the_secretariat_adds_an_opportunity_with_the_municipalities_applying(secretariat):
    aarhus = Municipality.objects.get(name="Aarhus")
    response = secretariat.post(
        reverse("wagtailsnippets_network_fundingopportunity:add"),
        admin_form(applicants=[aarhus.pk]),
    )
    assert response.status_code == 302
    created = FundingOpportunity.objects.get(fund="Nye muligheders fond")
    assert list(created.applicants.all()) == [aarhus]
    assert created.deadline == datetime.date(2027, 9, 1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://fond.example/", "data:text/html,x", "http://"]
)
def test_a_link_must_be_a_web_address(secretariat, url):
    response = secretariat.post(
        reverse("wagtailsnippets_network_fundingopportunity:add"), admin_form(url=url)
    )
    assert response.status_code == 200
    assert "url" in response.context["form"].errors
    assert not FundingOpportunity.objects.filter(fund="Nye muligheders fond").exists()


@pytest.mark.django_db
def test_the_admin_list_counts_the_followers_soonest_deadline_first(secretariat):
    response = secretariat.get(reverse("wagtailsnippets_network_fundingopportunity:list"))
    assert response.status_code == 200
    text = soup(response).get_text(" ", strip=True)
    assert "Følgere" in text and "Fonden for aktive fædre" in text


# The demo


@pytest.mark.django_db
def test_the_demo_has_four_opportunities_in_both_languages_and_a_follower():
    demo = list(FundingOpportunity.objects.all())
    assert len(demo) == 4
    for opportunity in demo:
        for field in ("fund", "amount", "eligibility", "topic"):
            assert getattr(opportunity, field) and getattr(opportunity, f"{field}_en"), field
        assert opportunity.link.startswith("https://")
    assert {o.deadline is None for o in demo} == {True, False}
    assert FundingFollow.objects.filter(user__username=PROFESSIONAL).exists()
    assert {page.locale.language_code for page in FundingPage.objects.live()} == {"da", "en"}
    assert funding_page("en").title == "Funding"


@pytest.mark.django_db
def test_the_demo_shows_a_near_a_later_and_a_rolling_one_and_one_earlier(professional):
    response = professional.get(funding_page().url)
    assert names_listed(response) == [
        "Puljen til tidlig forældrestøtte",
        "Fonden for aktive fædre",
        "Lokale aktivitetsmidler til sundhedsplejen",
    ]
    assert soup(response).find("a", string="Vis tidligere (1)")


@pytest.mark.django_db
def test_the_secretariat_user_may_keep_the_list_and_the_others_may_not():
    assert demo_user(SECRETARY).has_perm("network.change_fundingopportunity")
    for username in (PROFESSIONAL, CONTRIBUTOR):
        assert not demo_user(username).has_perm("network.change_fundingopportunity")
