"""The site's contribution form and "Mine bidrag" as a municipality contributor uses them:
files judged by what they are, nothing typed or accepted lost to a refused file, each
contribution's state, and no way into a form that is not theirs to change."""

import errno
import io
import zipfile
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.documents import get_document_model

from home.demo.files import make_docx, make_family_image
from library.demo.contributions import CONTRIBUTIONS
from library.models import MaterialPage, Phase, TargetGroup
from network.models import MeetingContributionPage, Municipality
from tests.library.contributions import (
    contribution_data,
    file_errors,
    kept_token,
    listed_files,
    listed_titles,
    pdf,
    themes,
)
from tests.people import CONTRIBUTOR, SECRETARY, demo_user

Document = get_document_model()


def upload(name, content):
    return SimpleUploadedFile(name, content)


def odt():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        # ODF wants its media type first and uncompressed, as LibreOffice writes it.
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
    return out.getvalue()


def mp4():
    return b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2mp41" + bytes(256)


def zip_without(inner_name="readme.txt"):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(inner_name, "hej")
    return out.getvalue()


def page(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def ticked(soup, name):
    return {box["value"] for box in soup.select(f"input[name={name}][checked]")}


@pytest.mark.django_db
def test_a_refused_file_keeps_what_was_typed_and_the_files_that_were_accepted(contributor, aarhus):
    groups = [group.pk for group in TargetGroup.objects.order_by("pk")[:2]]
    phase = Phase.objects.order_by("pk").last().pk
    typed = contribution_data(
        "Babymassage for fædre",
        aarhus,
        files=[pdf("program.pdf"), upload("program.exe", b"MZ\x90\x00")],
        introduction="Fire aftener med massage & snak <for fædre>.",
        kind=MaterialPage.Kind.METHOD,
        target_groups=groups,
        phases=[phase],
        themes=themes("fædre", "tilknytning"),
    )
    documents = Document.objects.count()
    soup = page(contributor.post(reverse("contribute"), typed))

    assert [error for error in file_errors(soup) if "program.exe" in error]
    assert soup.select_one("input[name=title]")["value"] == "Babymassage for fædre"
    introduction = soup.select_one("textarea[name=introduction]").get_text()
    assert introduction.strip() == "Fire aftener med massage & snak <for fædre>."
    assert ticked(soup, "themes") == {str(pk) for pk in themes("fædre", "tilknytning")}
    assert ticked(soup, "kind") == {"method"}
    assert ticked(soup, "target_groups") == {str(pk) for pk in groups}
    assert ticked(soup, "phases") == {str(phase)}
    assert listed_titles(soup) == ["Program"]
    assert Document.objects.count() == documents + 1  # stored once, on the first try
    assert not MaterialPage.objects.filter(title="Babymassage for fædre").exists()

    again = typed | {"kept_files": kept_token(soup)}
    del again["new_file_1"], again["new_file_2"]
    response = contributor.post(reverse("contribute"), again)
    assert response.status_code == 302
    material = MaterialPage.objects.get(title="Babymassage for fædre")
    assert [(item.document.title, item.file_format) for item in material.files.all()] == [
        ("Program", "pdf")
    ]
    assert Document.objects.count() == documents + 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("noter.pdf", b"Bare tekst med et andet navn.\n"),
        ("opsaetning.exe", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("tom.pdf", b""),
        ("pakke.docx", zip_without()),
        ("brudt.docx", b"PK\x03\x04 ikke en rigtig zip"),
        ("billede.png", b"GIF89a\x01\x00\x01\x00"),
        ("film.mp4", b"\x00" * 64),
    ],
)
def test_a_file_is_judged_by_what_it_is_and_refused_by_name(contributor, aarhus, name, content):
    documents = Document.objects.count()
    response = contributor.post(
        reverse("contribute"),
        contribution_data("Et bidrag med en dårlig fil", aarhus, files=[upload(name, content)]),
    )
    errors = file_errors(page(response))
    assert len(errors) == 1 and name in errors[0]
    assert Document.objects.count() == documents
    assert not MaterialPage.objects.filter(title="Et bidrag med en dårlig fil").exists()


@pytest.mark.django_db
def test_a_file_over_the_limit_is_refused(contributor, aarhus, settings):
    settings.FIV_UPLOAD_MAX_MB = 1
    big = upload("stor.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024))
    soup = page(
        contributor.post(reverse("contribute"), contribution_data("For stor", aarhus, files=[big]))
    )
    errors = file_errors(soup)
    assert len(errors) == 1 and "stor.pdf" in errors[0]
    assert not MaterialPage.objects.filter(title="For stor").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("samtaleguide.docx", make_docx("Samtaleguide", ["Spørg om søvn."])),
        ("plakat.png", make_family_image(width=40, height=30)),
        ("referat.odt", odt()),
        ("film.mp4", mp4()),
    ],
)
def test_real_files_of_the_allowed_kinds_are_shared(contributor, aarhus, name, content):
    response = contributor.post(
        reverse("contribute"),
        contribution_data(f"Bidrag: {name}", aarhus, files=[upload(name, content)]),
    )
    assert response.status_code == 302
    material = MaterialPage.objects.get(title=f"Bidrag: {name}")
    (item,) = material.files.all()
    assert item.file_format == name.rsplit(".", 1)[1]
    with item.document.open_file() as stored:
        assert stored.read() == content


def token_from_a_refused_try(client, municipality):
    """Send the form with one good and one bad file; the form keeps the good one in a token."""
    soup = page(
        client.post(
            reverse("contribute"),
            contribution_data(
                "", municipality, files=[pdf("godt.pdf"), upload("skidt.exe", b"MZ")]
            ),
        )
    )
    assert listed_titles(soup) == ["Godt"]
    return kept_token(soup)


@pytest.mark.django_db
def test_a_tampered_or_borrowed_token_attaches_nothing(client, aarhus):
    client.force_login(demo_user(SECRETARY))
    borrowed = token_from_a_refused_try(client, aarhus)
    client.force_login(demo_user(CONTRIBUTOR))
    own = token_from_a_refused_try(client, aarhus)
    tampered = own[:-1] + ("A" if own[-1] != "A" else "B")

    for title, token in [("Med lånt token", borrowed), ("Med ændret token", tampered)]:
        shown = page(
            client.post(
                reverse("contribute"), contribution_data("", aarhus) | {"kept_files": token}
            )
        )
        assert listed_files(shown) == {}, title
        response = client.post(
            reverse("contribute"), contribution_data(title, aarhus) | {"kept_files": token}
        )
        assert response.status_code == 302
        assert not MaterialPage.objects.get(title=title).files.exists()


@pytest.mark.django_db
def test_my_contributions_shows_each_demo_state_and_the_secretariats_comment(contributor):
    soup = page(contributor.get(reverse("my_contributions")))
    rows = {row.th.get_text(strip=True): row for row in soup.select("tr[data-status]")}
    for entry in CONTRIBUTIONS:
        row = rows[entry["title"]]
        assert row["data-status"] == entry["state"], entry["title"]
        edit = reverse(
            "edit_contribution", args=[MaterialPage.objects.get(title=entry["title"]).pk]
        )
        # While the secretariat reads it, it can be looked at or withdrawn; otherwise edited.
        link = row.select_one(f"a[href='{edit}']").get_text(strip=True)
        assert link == ("Se eller træk tilbage" if entry["state"] == "awaiting" else "Ret")
    comment = rows[CONTRIBUTIONS[2]["title"]].select_one(".contributions__comment")
    assert CONTRIBUTIONS[2]["comment"] in comment.get_text()
    assert sum(1 for row in rows.values() if row.select(".contributions__comment")) == 1


LABELS = {
    "draft": "Draft",
    "awaiting": "Awaiting approval",
    "changes_requested": "Changes requested",
    "published": "Published",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_the_states_are_named_in_the_visitors_language(contributor, language):
    with translation.override(language):
        url = reverse("my_contributions")
        expected = {status: gettext(label) for status, label in LABELS.items()}
    soup = page(contributor.get(url))
    shown = {
        row["data-status"]: row.select_one(".badge").get_text(strip=True)
        for row in soup.select("tr[data-status]")
    }
    assert shown == expected


@pytest.mark.django_db
def test_a_material_awaiting_approval_cannot_be_changed_by_its_contributor(contributor, aarhus):
    material = MaterialPage.objects.get(title=CONTRIBUTIONS[1]["title"])
    url = reverse("edit_contribution", args=[material.pk])
    response = contributor.get(url)
    assert response.status_code == 200 and "form" not in response.context
    assert "library/contribute/awaiting.html" in [template.name for template in response.templates]
    assert not page(response).select("form.contribution-form")

    revision = material.latest_revision_id
    response = contributor.post(url, contribution_data("Ændret undervejs", aarhus))
    assert response.status_code == 200 and "form" not in response.context
    material.refresh_from_db()
    assert material.latest_revision_id == revision


@pytest.mark.django_db
def test_another_municipalitys_material_is_not_found(contributor):
    odense = MaterialPage.objects.filter(municipality__name="Odense").first()
    url = reverse("edit_contribution", args=[odense.pk])
    assert contributor.get(url).status_code == 404
    assert (
        contributor.post(url, contribution_data("Overtaget", odense.municipality)).status_code
        == 404
    )


@pytest.mark.django_db
def test_bad_input_never_gives_a_server_error(contributor, aarhus):
    refused = [
        {"title": ""},
        {"kind": "opskrift", "target_groups": ["x"], "phases": ["-1"]},
        {"target_groups": ["9" * 30]},  # more than any id column holds: SQLite overflowed
        {"phases": [str(2**63)]},
        {"municipality": "Aarhus"},
        {"municipality": Municipality.objects.get(name="Odense").pk},
        {"title": "Nul\x00tegn", "themes": ["\x00"]},
        {"themes": ["fædre, søvn", "9" * 30, "-1"]},  # a theme is picked, never typed
        {"remove_files": ["abc", "999999"]},
        {"description": "ord " * 6000, "introduction": "x" * 501, "title": "t" * 300},
    ]
    for changes in refused:
        data = contribution_data("Dårlige data", aarhus) | changes
        response = contributor.post(reverse("contribute"), data)
        assert page(response).select("#form-errors"), changes
    assert not MaterialPage.objects.filter(title="Dårlige data").exists()

    # Nonsense where a file or a token belongs is ignored: the material comes without files.
    for number, changes in enumerate(
        [{"kept_files": "ikke-et-token"}, {"kept_files": "W10:" + "x" * 40, "new_file_1": "fil"}]
    ):
        data = contribution_data(f"Uden filer {number}", aarhus) | changes
        assert contributor.post(reverse("contribute"), data).status_code == 302
        assert not MaterialPage.objects.get(title=f"Uden filer {number}").files.exists()

    long_name = upload("n" * 240 + ".pdf", b"%PDF-1.4\n%%EOF\n")
    response = contributor.post(
        reverse("contribute"), contribution_data("Langt filnavn", aarhus, files=[long_name])
    )
    assert response.status_code == 302
    assert MaterialPage.objects.get(title="Langt filnavn").files.get().file_format == "pdf"

    for pk in [0, 10**20, MeetingContributionPage.objects.values_list("pk", flat=True).first()]:
        url = reverse("edit_contribution", args=[pk or 0])
        assert contributor.get(url).status_code == 404
        assert contributor.post(url, {}).status_code == 404


@pytest.mark.django_db
def test_a_full_disk_keeps_what_was_typed_and_says_so_in_danish(contributor, aarhus):
    typed = contribution_data(
        "Sovetips til nye forældre", aarhus, files=[pdf("plan.pdf"), pdf("bilag.pdf")]
    )
    documents = Document.objects.count()
    stored = Document.file.field.storage._save

    def full_after_first(name, content):
        if "bilag" in name:
            raise OSError(errno.ENOSPC, "No space left on device")
        return stored(name, content)

    with mock.patch.object(Document.file.field.storage, "_save", side_effect=full_after_first):
        soup = page(contributor.post(reverse("contribute"), typed))

    [error] = file_errors(soup)
    assert "“bilag.pdf” kunne ikke gemmes lige nu" in error
    assert soup.select_one("input[name=title]")["value"] == "Sovetips til nye forældre"
    assert listed_titles(soup) == ["Plan"]  # the file stored before is kept
    assert Document.objects.count() == documents + 1
    assert not MaterialPage.objects.filter(title="Sovetips til nye forældre").exists()

    del typed["new_file_2"]
    again = typed | {"kept_files": kept_token(soup), "new_file_1": pdf("bilag.pdf")}
    assert contributor.post(reverse("contribute"), again).status_code == 302
    material = MaterialPage.objects.get(title="Sovetips til nye forældre")
    assert sorted(item.document.title for item in material.files.all()) == ["Bilag", "Plan"]


@pytest.mark.django_db
def test_themes_are_picked_from_the_secretariat_s_list_in_the_reader_s_language(contributor):
    from django.utils import translation
    from taggit.models import Tag

    soup = page(contributor.get(reverse("contribute")))
    boxes = soup.select("input[type=checkbox][name=themes]")
    assert len(boxes) == Tag.objects.count() and not soup.select("input[type=text][name=themes]")
    labels = {soup.find("label", attrs={"for": box["id"]}).get_text(strip=True) for box in boxes}
    assert {"fædre", "søvn"} <= labels
    assert soup.find(id="id_themes-filter") is not None  # the box that narrows the list
    with translation.override("en"):
        english = page(contributor.get(reverse("contribute")))
    labels = {label.get_text(strip=True) for label in english.select("#id_themes label")}
    assert {"fathers", "sleep"} <= labels


@pytest.mark.django_db
def test_the_contribution_pages_have_breadcrumbs(contributor):
    def trail(url):
        crumbs = page(contributor.get(url)).select("nav.breadcrumbs li")
        return [li.get_text(strip=True) for li in crumbs], crumbs[-1].get("aria-current")

    assert trail(reverse("contribute")) == (
        ["Forside", "Fagligt område", "Mine bidrag", "Bidrag med materiale"],
        "page",
    )
    assert trail(reverse("my_contributions")) == (
        ["Forside", "Fagligt område", "Mine bidrag"],
        "page",
    )
