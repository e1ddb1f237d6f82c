import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from home.models import ContactPage

GOOD = {
    "dit_navn": "Maja Jensen",
    "din_e_mail": "maja@example.org",
    "kommune": "Aarhus",
    "din_besked": "Tilbyder I forløbet i Aarhus?",
}


@pytest.fixture
def contact(db):
    return ContactPage.objects.get(locale__language_code="da")


@pytest.mark.django_db
def test_form_shows_labelled_fields(client, contact):
    soup = BeautifulSoup(client.get(contact.url).content, "html.parser")
    for name in GOOD:
        field = soup.find(attrs={"name": name})
        assert soup.find("label", attrs={"for": field["id"]}) is not None


@pytest.mark.django_db
def test_bad_input_gives_field_errors_keeps_input_and_stores_nothing(client, contact):
    bad = {**GOOD, "din_e_mail": "ikke-en-adresse", "din_besked": ""}
    response = client.post(contact.url, bad)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")

    email = soup.find(attrs={"name": "din_e_mail"})
    assert email["aria-invalid"] == "true"
    errors = soup.find(id=email["aria-describedby"].split()[-1])
    assert "Indtast en gyldig e-mail-adresse" in errors.get_text()
    message = soup.find(attrs={"name": "din_besked"})
    assert message["aria-invalid"] == "true"
    assert "Dette felt er påkrævet" in soup.find(id=f"{message['id']}_error").get_text()

    assert soup.find(attrs={"name": "dit_navn"})["value"] == "Maja Jensen"
    assert email["value"] == "ikke-en-adresse"
    assert soup.find(class_="form__summary") is not None
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_good_input_is_stored_and_mailed_to_the_secretariat(client, contact):
    response = client.post(contact.url, GOOD)
    assert response.status_code == 200
    assert "Tak for din besked" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact)
    assert submission.get_data()["din_besked"] == "Tilbyder I forløbet i Aarhus?"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [contact.to_address]
    assert "Maja Jensen" in mail.outbox[0].body


@pytest.mark.django_db
def test_english_form_answers_in_english(client):
    contact = ContactPage.objects.get(locale__language_code="en")
    response = client.post(contact.url, {"dit_navn": "", "din_e_mail": "x"})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


@pytest.mark.django_db
def test_the_english_form_has_english_labels_and_the_same_field_names(client):
    """The fields are translated with the page; their names stay, so a message has the same keys
    whichever language it was written in."""
    english = ContactPage.objects.get(locale__language_code="en")
    soup = BeautifulSoup(client.get(english.url).content, "html.parser")
    labels = {
        name: soup.find("label", attrs={"for": soup.find(attrs={"name": name})["id"]})
        for name in GOOD
    }
    expected = ["Your name", "Your e-mail", "Municipality", "Your message"]
    for label, text in zip(labels.values(), expected, strict=True):
        assert label.get_text(" ", strip=True).startswith(text)
    assert "We only use it to answer you." in soup.get_text()
    assert "Dit navn" not in soup.get_text()
    client.post(english.url, {**GOOD, "din_besked": "Do you run the course in English?"})
    stored = FormSubmission.objects.filter(page=english).latest("submit_time")
    assert stored.get_data()["din_besked"] == "Do you run the course in English?"
