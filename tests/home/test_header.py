"""The header on a phone: a menu button that opens the search, language, login and main menu
(a disclosure), hidden until the script shows it, so that without JavaScript the menu is a
plain list; the script is a static file, as the content security policy wants."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/en/", "/kontakt/"])
def test_the_menu_button_discloses_the_whole_menu(client, url):
    soup = soup_of(client.get(url))
    button = soup.select_one("header button.menu-button")
    assert button["type"] == "button"
    assert button["aria-expanded"] == "false"
    # Hidden in the page as sent: without the script there is no button and the menu shows.
    assert button.has_attr("hidden")
    assert button.get_text(strip=True) == "Menu"
    menu = soup.find(id=button["aria-controls"])
    assert menu is not None and not menu.has_attr("hidden")
    assert menu.find("form", role="search") is not None
    assert menu.find("nav", class_="main-nav") is not None
    assert menu.select_one(".account-links") is not None


@pytest.mark.django_db
def test_the_menu_script_is_a_static_file_and_no_script_is_inline(client):
    response = client.get("/")
    soup = soup_of(response)
    scripts = soup.find_all("script")
    assert "/static/home/js/menu.js" in [s.get("src") for s in scripts]
    assert all(s.get("src") for s in scripts), "an inline script the policy would block"
    assert (
        "'unsafe-inline'"
        not in response.headers["Content-Security-Policy"].split("script-src")[-1].split(";")[0]
    )
    assert finders.find("home/js/menu.js")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "announcement", "label"),
    [
        ("/", "%s forslag. Brug piletasterne til at vælge et.", "Forslag"),
        ("/en/", "%s suggestions. Use the arrow keys to choose one.", "Suggestions"),
    ],
)
def test_the_search_suggestions_are_announced_in_the_pages_language(
    client, url, announcement, label
):
    """The script puts the number where "%s" is: the Danish page must not announce in English
    (a "%" in the translate tag is looked up doubled, so a plain "%s" entry never matched)."""
    soup = soup_of(client.get(url))
    assert soup.find(id="site-search-status")["data-template"] == announcement
    assert soup.find(id="site-search-suggestions")["aria-label"] == label
