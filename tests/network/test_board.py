import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from network.models import AdvisoryBoardPage, BoardMember

TODAY = timezone.localdate


def member(**fields):
    defaults = {
        "name": "Ny Person",
        "organisation": "Ny Organisation",
        "sector": "business",
        "role": "member",
        "term_start": TODAY(),
    }
    return BoardMember(**{**defaults, **fields})


@pytest.mark.django_db
def test_a_term_lasts_two_years_by_default():
    new = member(term_start=datetime.date(2026, 3, 1))
    new.full_clean()
    new.save()
    assert new.term_end == datetime.date(2028, 2, 29)


@pytest.mark.django_db
def test_one_seat_per_organisation_names_who_holds_it():
    with pytest.raises(ValidationError) as refused:
        member(organisation="dansk sygeplejeråd").full_clean()
    message = refused.value.message_dict["organisation"][0]
    assert "Marie Falk" in message and "Dansk Sygeplejeråd" in message


@pytest.mark.django_db
def test_a_seat_may_be_filled_again_after_the_term_ends():
    former = BoardMember.objects.get(name="Hans Ebbesen")
    successor = BoardMember.objects.get(name="Ole Sand")
    assert former.organisation == successor.organisation
    successor.full_clean()  # no overlap: the successor's term began after the former's ended


@pytest.mark.django_db
def test_one_chair_at_a_time_names_the_chair():
    with pytest.raises(ValidationError) as refused:
        member(role="chair").full_clean()
    assert "Birthe Vestergaard er formand" in refused.value.message_dict["role"][0]


@pytest.mark.django_db
def test_a_new_chair_may_follow_when_the_old_term_ends():
    chair = BoardMember.objects.current().get(role="chair")
    member(role="chair", term_start=chair.term_end + datetime.timedelta(days=1)).full_clean()


@pytest.mark.django_db
def test_a_term_cannot_end_before_it_starts():
    with pytest.raises(ValidationError) as refused:
        member(term_end=TODAY() - datetime.timedelta(days=1)).full_clean()
    assert "term_end" in refused.value.message_dict


@pytest.mark.django_db
def test_admin_shows_the_rule_and_saves_nothing(admin_client):
    count = BoardMember.objects.count()
    response = admin_client.post(
        "/admin/snippets/network/boardmember/add/",
        {
            "name": "Anden Formand",
            "organisation": "Et Nyt Sted",
            "sector": "business",
            "role": "chair",
            "term_start": TODAY().isoformat(),
            "term_end": "",
        },
    )
    assert response.status_code == 200
    assert "Birthe Vestergaard er formand" in response.content.decode()
    assert BoardMember.objects.count() == count


@pytest.mark.django_db
def test_board_page_shows_current_members_chair_first_and_terms_ending_soon(professional):
    page = AdvisoryBoardPage.objects.get(locale__language_code="da")
    soup = BeautifulSoup(professional.get(page.url).content, "html.parser")
    rows = soup.select("tbody tr")
    assert rows[0].th.get_text(" ", strip=True).startswith("Birthe Vestergaard")
    assert "Formand" in rows[0].th.get_text()
    ending = [row.th.get_text(" ", strip=True) for row in soup.select("tr.ending-soon")]
    assert ending == ["Jens Kragh"]
    history = soup.find(id="history").find_parent("section").get_text()
    assert "Grete Nørgaard" in history and "Birthe" not in history


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 100])
def test_board_page_queries_do_not_grow(professional, count, django_assert_max_num_queries):
    BoardMember.objects.bulk_create(
        member(
            name=f"Medlem {n}",
            organisation=f"Organisation {n}",
            term_end=TODAY() + datetime.timedelta(days=700),
        )
        for n in range(count)
    )
    page = AdvisoryBoardPage.objects.get(locale__language_code="da")
    professional.get(page.url)
    # 27: the header asks once whether the reader contributes for a municipality, the footer
    # once for its legal links.
    with django_assert_max_num_queries(27):
        response = professional.get(page.url)
    assert response.content.decode().count("Medlem ") >= count
