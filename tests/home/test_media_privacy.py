"""Files under /media/ as a stranger, a professional and an attacker meet them: a private file
never leaves without the reader's right to it, and no path reaches a file by its place on disk."""

import io
import secrets
import socket
import threading
from urllib.parse import quote, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.handlers.wsgi import WSGIHandler
from django.db import connections
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

from home.demo.files import make_family_image
from tests.people import PROFESSIONAL, demo_user

PREFIXES = ["images", "original_images", "documents"]


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def restricted_collection(name, restriction_type=CollectionViewRestriction.LOGIN):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type
    )
    return collection


def image_in(collection, name):
    data = make_family_image(width=320, height=240, variant=2)
    image = Image(title=name, file=ImageFile(io.BytesIO(data), name=f"{name}.png"))
    image.collection = collection
    image.save()
    return image


@pytest.fixture
def private_document(db):
    return Document.objects.filter(collection__name="Fagligt område").first()


@pytest.fixture
def private_image(db):
    return image_in(restricted_collection("Kun for fagfolk"), "privat-billede")


@pytest.fixture
def canary():
    """A file straight in MEDIA_ROOT that no image or document row names."""
    path = settings.MEDIA_ROOT / "fiv-canary.txt"
    data = b"canary " + secrets.token_hex(16).encode()
    path.write_bytes(data)
    yield path.name, data
    path.unlink()


@pytest.fixture
def targets(private_document, private_image, canary):
    """(path relative to MEDIA_ROOT, bytes) of files an attacker wants."""
    with private_document.file.open("rb") as document, private_image.file.open("rb") as image:
        found = [
            (private_document.file.name, document.read()),
            (private_image.file.name, image.read()),
            canary,
        ]
    rendition = private_image.get_rendition("width-200")
    with rendition.file.open("rb") as file:
        found.append((rendition.file.name, file.read()))
    return found


def hostile_paths(prefix, target):
    absolute = str(settings.MEDIA_ROOT / target)
    encoded = target.replace("/", "%2F")
    backslashed = target.replace("/", "\\")
    backslash_encoded = target.replace("/", "%5c")
    return [
        f"/media/{prefix}/../{target}",
        f"/media/{prefix}/%2e%2e/{target}",
        f"/media/{prefix}/%2E%2E%2F{encoded}",
        f"/media/{prefix}/..%2F{encoded}",
        f"/media/{prefix}/%2e%2e%2f{encoded}",
        f"/media/{prefix}/./../{target}",
        f"/media/{prefix}//../{target}",
        f"/media/{prefix}/..//{target}",
        f"/media//{prefix}/../{target}",
        f"/media/{prefix}/../../media/{prefix}/../{target}",
        f"/media/{prefix}/..\\{backslashed}",
        f"/media/{prefix}/..%5c{backslash_encoded}",
        f"/media/{prefix}/%5c..%5c{backslash_encoded}",
        f"/media/{prefix}/%2e%2e%5c{backslash_encoded}",
        f"/media/{prefix}/{absolute}",
        f"/media/{prefix}/{quote(absolute, safe='')}",
        f"/media/{prefix}/%252e%252e/{target}",
        f"/media/{prefix}/..;/{target}",
        f"/media/{prefix}/....//{target}",
        f"/media/{prefix}/..%00/{target}",
        f"/media/{target}/",
        f"/media/{target}%00.png",
    ]


def assert_refused(response, path, secret):
    """A 404 or the login page, and never the file's bytes."""
    assert response.status_code in (302, 404), (path, response.status_code)
    if response.status_code == 302:
        assert urlsplit(response["Location"]).path == "/log-ind/", path
    assert secret not in body_of(response), path


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", PREFIXES)
def test_no_path_reaches_a_file_by_its_place_on_disk(client, prefix, targets):
    professional = get_user_model().objects.get(username="fagperson")
    for logged_in in (False, True):
        if logged_in:
            client.force_login(professional)
        for target, secret in targets:
            for path in hostile_paths(prefix, target):
                # generic() hands the path to the resolver as it is, without normalising it.
                assert_refused(client.generic("GET", path), path, secret)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def raw_server(db):
    """A bare HTTP server in front of the site, as gunicorn would be: the path of the request
    line reaches Django percent-decoded and otherwise untouched. (Django's own live server
    serves MEDIA_ROOT by itself and would hide what the site does.)"""
    shared = {}
    for connection in connections.all():
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            connection.inc_thread_sharing()
            shared[connection.alias] = connection
    server = make_server("127.0.0.1", 0, WSGIHandler(), handler_class=QuietHandler)

    def serve():
        for alias, connection in shared.items():
            connections[alias] = connection
        try:
            server.serve_forever(poll_interval=0.05)
        finally:
            connections.close_all()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.server_address
    server.shutdown()
    thread.join()
    server.server_close()
    for connection in shared.values():
        connection.dec_thread_sharing()


def raw_get(address, path):
    """Send the request line exactly as given (like `curl --path-as-is`)."""
    with socket.create_connection(address, timeout=30) as sock:
        sock.sendall(f"GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), head.decode("latin-1"), body


@pytest.mark.django_db
def test_raw_requests_over_http_reach_no_file(raw_server, private_document, canary):
    # Demo rows are committed, so the server's own database connection sees them too.
    with private_document.file.open("rb") as file:
        targets = [(private_document.file.name, file.read()), canary]
    for prefix in PREFIXES:
        for target, secret in targets:
            for path in hostile_paths(prefix, target):
                status, head, body = raw_get(raw_server, path)
                assert status in (302, 404, 400), (path, status)
                if status == 302:
                    assert "Location: /log-ind/?next=" in head, path
                assert secret not in body, path
    # The plain address of the private document: the login page, no bytes.
    status, head, body = raw_get(raw_server, f"/media/{private_document.file.name}")
    assert status == 302 and "Location: /log-ind/?next=" in head
    assert targets[0][1] not in body


def answer_shape(response, path):
    """What a stranger can compare between two answers: status, headers and the body with the
    requested address taken out. The request id and the expiry time differ on every answer,
    existing file or not, and are left out."""
    headers = {
        name: value
        for name, value in response.headers.items()
        if name not in ("Content-Length", "Location", "X-Request-ID", "Expires")
    }
    location = response.headers.get("Location", "")
    body = body_of(response).decode().replace(quote(path), "PATH").replace(path, "PATH")
    return response.status_code, headers, location.replace(quote(path), "PATH"), body


@pytest.mark.django_db
def test_a_stranger_cannot_tell_a_private_file_from_a_missing_one(
    client, private_document, private_image
):
    rendition = private_image.get_rendition("width-200")
    pairs = [
        (private_document.file.url, "/media/documents/findes-ikke.pdf"),
        (private_image.file.url, "/media/original_images/findes-ikke.png"),
        (rendition.url, "/media/images/findes-ikke.width-200.png"),
    ]
    for existing, missing in pairs:
        assert answer_shape(client.get(existing), existing) == answer_shape(
            client.get(missing), missing
        ), existing
    assert client.get(private_document.file.url).status_code == 302
    assert client.get(private_image.file.url).status_code == 404


@pytest.mark.django_db
def test_a_stranger_cannot_tell_a_private_document_from_a_missing_one_at_its_serve_address(
    client, private_document
):
    existing = private_document.url
    missing_id = f"/documents/{private_document.pk + 10_000}/{private_document.filename}"
    wrong_name = f"/documents/{private_document.pk}/findes-ikke.pdf"
    shapes = [answer_shape(client.get(path), path) for path in [existing, missing_id, wrong_name]]
    assert shapes[0] == shapes[1] == shapes[2]
    assert client.get(existing).status_code == 302
    # A reader with a login still gets the file, and a 404 for what does not exist.
    professional_client = Client()
    professional_client.force_login(demo_user(PROFESSIONAL))
    assert body_of(professional_client.get(existing)) == private_document.file.open("rb").read()
    assert professional_client.get(missing_id).status_code == 404


@pytest.mark.django_db
def test_a_private_image_is_refused_to_a_stranger_and_served_to_a_professional(
    professional, private_image
):
    rendition = private_image.get_rendition("width-200")
    for file in (private_image.file, rendition.file):
        with file.open("rb") as opened:
            data = opened.read()
        stranger = Client().get(file.url)
        assert stranger.status_code == 404
        assert data not in body_of(stranger)
        assert "public" not in stranger["Cache-Control"]

        response = professional.get(file.url)
        assert response.status_code == 200, file.url
        assert body_of(response) == data
        assert response["Content-Type"] == "image/png"
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "public" not in cache_control
        assert "s-maxage" not in cache_control
        assert "Cookie" in response["Vary"]


@pytest.mark.django_db
def test_a_logged_in_reader_outside_the_collections_groups_gets_a_404(professional):
    board = Group.objects.create(name="Kun bestyrelsen")
    collection = restricted_collection("Bestyrelsen", CollectionViewRestriction.GROUPS)
    collection.view_restrictions.get().groups.add(board)
    image = image_in(collection, "bestyrelsens-billede")
    document = Document.objects.create(
        title="Bestyrelsens notat",
        file=ContentFile(b"%PDF-1.4 bestyrelsen", name="bestyrelsens-notat.pdf"),
        collection=collection,
    )
    assert professional.get(image.file.url).status_code == 404
    assert professional.get(document.file.url).status_code == 404
    assert professional.get("/media/documents/findes-ikke.pdf").status_code == 404
    get_user_model().objects.get(username="fagperson").groups.add(board)
    assert professional.get(image.file.url).status_code == 200
    assert professional.get(document.file.url)["Location"] == document.url


@pytest.mark.django_db
def test_a_public_image_renders_on_a_public_page_and_is_cacheable(client):
    response = client.get("/for-foraeldre/")
    assert response.status_code == 200
    sources = [
        img["src"]
        for img in BeautifulSoup(response.content, "html.parser").select(
            "img:not(.article__illustration)"
        )
    ]
    assert sources and all(src.startswith("/media/images/") for src in sources)
    for src in sources:
        image = client.get(src)
        assert image.status_code == 200, src
        assert body_of(image).startswith(b"\xff\xd8\xff")  # the JPEG for browsers without AVIF/WebP
        cache_control = image["Cache-Control"]
        assert "public" in cache_control and "max-age=" in cache_control
        assert "private" not in cache_control
        assert "Cookie" not in image.get("Vary", "")
        # A browser that has it asks again cheaply.
        again = client.get(src, HTTP_IF_NONE_MATCH=image["ETag"])
        assert again.status_code == 304
        assert "public" in again["Cache-Control"]


@pytest.mark.django_db
def test_the_home_pages_hero_image_is_public(client):
    image = Image.objects.filter(collection__depth=1).first()
    assert client.get(image.file.url).status_code == 200
    sources = [
        img["src"] for img in BeautifulSoup(client.get("/").content, "html.parser").select("img")
    ]
    assert sources
    for src in sources:
        assert client.get(src).status_code == 200, src


@pytest.mark.django_db
def test_only_the_exact_name_of_a_known_image_is_served(client, private_document):
    public = Image.objects.filter(collection__depth=1).first()
    rendition = public.get_rendition("width-200")
    stray = settings.MEDIA_ROOT / "images" / "loes-fil.png"
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(make_family_image(width=20, height=20))
    try:
        not_images = [
            "/media/images/loes-fil.png",  # on disk, but no rendition names it
            "/media/images/" + public.file.name.split("/")[-1],  # an original under renditions
            "/media/original_images/" + rendition.file.name.split("/")[-1],  # and the reverse
            "/media/images/" + private_document.file.name.split("/")[-1],
            "/media/original_images/",
            "/media/images/.",
            "/media/images/..",
            "/media/",
            "/media/noget-andet/fil.png",
        ]
        for path in not_images:
            response = client.generic("GET", path)
            assert response.status_code == 404, path
            assert b"\x89PNG" not in body_of(response), path
    finally:
        stray.unlink()
    assert client.get(rendition.url).status_code == 200
    assert client.get(public.file.url).status_code == 200


@pytest.mark.django_db
def test_a_document_address_gives_no_bytes_only_the_way_to_its_serve_view(
    professional, private_document
):
    stranger = Client()
    public = Document.objects.create(
        title="Offentlig folder",
        file=ContentFile(b"%PDF-1.4 offentlig", name="offentlig-folder.pdf"),
    )
    # A public document's address leads anyone to its serve view.
    response = stranger.get(public.file.url)
    assert response.status_code == 302 and response["Location"] == public.url
    # A private one: the login page for a stranger, the serve view for a professional.
    response = stranger.get(private_document.file.url)
    assert urlsplit(response["Location"]).path == "/log-ind/"
    assert f"/documents/{private_document.pk}/" not in response["Location"]
    response = professional.get(private_document.file.url)
    assert response.status_code == 302 and response["Location"] == private_document.url
    assert professional.get("/media/documents/findes-ikke.pdf").status_code == 404
