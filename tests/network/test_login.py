import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from tests.people import DEFAULT_PASSWORD, PROFESSIONAL


@pytest.mark.django_db
def test_login_page_in_the_sites_design_in_both_languages(client):
    danish = BeautifulSoup(client.get("/log-ind/").content, "html.parser")
    assert danish.html["lang"] == "da"
    assert danish.h1.get_text() == "Log ind på det faglige område"
    assert danish.find("label", attrs={"for": "id_username"}) is not None
    english = BeautifulSoup(client.get("/en/login/").content, "html.parser")
    assert english.h1.get_text() == "Log in to the professional area"


@pytest.mark.django_db
def test_wrong_password_explains_in_danish_and_keeps_the_username(client):
    response = client.post("/log-ind/", {"username": PROFESSIONAL, "password": "forkert"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "korrekt brugernavn og adgangskode" in soup.find(role="alert").get_text()
    assert soup.find("input", attrs={"name": "username"})["value"] == PROFESSIONAL
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_after_login_the_user_comes_back_to_the_page_asked_for(client):
    asked = "/fagligt-omraade/moeder/"
    response = client.get(asked)
    login_url = response["Location"]
    response = client.post(
        login_url, {"username": PROFESSIONAL, "password": DEFAULT_PASSWORD, "next": asked}
    )
    assert response.status_code == 302 and response["Location"] == asked
    assert client.get(asked).status_code == 200


@pytest.mark.django_db
def test_login_without_next_leads_to_the_area_and_never_off_site(client):
    response = client.post(
        "/en/login/",
        {"username": PROFESSIONAL, "password": DEFAULT_PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/en/professional/"
    assert client.get("/en/professional/")["Location"] == "/en/professional-area/"


@pytest.mark.django_db
def test_logout_is_a_post_and_closes_the_area(professional):
    assert professional.get("/fagligt-omraade/").status_code == 200
    response = professional.post("/log-ud/", {"next": "/"})
    assert response.status_code == 302
    assert professional.get("/fagligt-omraade/").status_code == 302


@pytest.mark.django_db
def test_password_reset_by_mail_with_a_link_that_works_once(client):
    response = client.post("/glemt-adgangskode/", {"email": "fagperson@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["fagperson@example.org"]
    assert message.subject == "En ny adgangskode til Familieiværksætterne"
    link = re.search(r"https?://[^/]+(/\S+)", message.body).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url, {"new_password1": "Sommerfugl-2027!", "new_password2": "Sommerfugl-2027!"}
    )
    assert response.status_code == 302
    login = client.post("/log-ind/", {"username": PROFESSIONAL, "password": "Sommerfugl-2027!"})
    assert login.status_code == 302 and client.session["_auth_user_id"]
    client.logout()
    assert "udløbet" in client.get(link, follow=True).content.decode()


@pytest.mark.django_db
def test_password_reset_reveals_nothing_about_unknown_addresses(client):
    response = client.post("/glemt-adgangskode/", {"email": "ukendt@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/log-ud/", "/en/logout/"])
def test_logout_without_next_leads_to_the_home_page(professional, url):
    response = professional.post(url)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert "_auth_user_id" not in professional.session
