"""Production settings refuse to start half-configured or with a guessable key, and pass Django's
deployment checks."""

import re

import pytest
from django.utils.module_loading import import_string

from tests.home.production import ROOT, STRONG_KEY, production_settings, run_manage

GENERATE = "python -c 'import secrets; print(secrets.token_urlsafe(50))'"


def docker_example_key():
    text = (ROOT / ".env.docker").read_text()
    return re.search(r"^SECRET_KEY=(.*)$", text, re.MULTILINE).group(1)


def test_check_deploy_prints_no_warning():
    result = run_manage(
        "check", "--deploy", env={"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "example.org"}
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env={"ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", env={"SECRET_KEY": STRONG_KEY})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        docker_example_key(),
        # What .env.docker held before: long and varied enough, and public.
        "change-me-to-a-long-random-string-of-at-least-fifty-characters-0123456789",
    ],
    ids=["placeholder in .env.docker", "former example"],
)
def test_production_refuses_the_published_example_keys(key):
    result = run_manage("check", env={"SECRET_KEY": key, "ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is the published example from .env.docker" in (
        result.stderr
    )
    assert GENERATE in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        STRONG_KEY[:49],
        "abcd" * 20,
        "django-insecure-" + STRONG_KEY,
    ],
    ids=["49 characters", "4 different characters", "django-insecure- prefix"],
)
def test_production_refuses_a_weak_key(key):
    result = run_manage("check", env={"SECRET_KEY": key, "ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is too weak" in result.stderr
    assert GENERATE in result.stderr


def test_the_docker_example_tells_how_to_make_a_key():
    assert GENERATE in (ROOT / ".env.docker").read_text()


@pytest.mark.parametrize(
    ("storage", "origins"),
    [
        ({}, ["'self'"]),
        (
            {"AWS_STORAGE_BUCKET_NAME": "fiv-media", "AWS_S3_REGION_NAME": "eu-north-1"},
            [
                "'self'",
                "https://fiv-media.s3.amazonaws.com",
                "https://fiv-media.s3.eu-north-1.amazonaws.com",
            ],
        ),
        (
            {
                "AWS_STORAGE_BUCKET_NAME": "fiv-media",
                "AWS_S3_ENDPOINT_URL": "https://objects.example.net:9000/",
            },
            [
                "'self'",
                "https://objects.example.net:9000",
                "https://fiv-media.objects.example.net:9000",
            ],
        ),
        (
            {"AWS_STORAGE_BUCKET_NAME": "fiv-media", "AWS_S3_CUSTOM_DOMAIN": "media.example.org"},
            ["'self'", "https://media.example.org"],
        ),
    ],
    ids=["local disk", "AWS", "other S3 endpoint", "own domain"],
)
def test_images_may_come_from_the_media_storage_and_nowhere_else(storage, origins):
    found = production_settings(
        "AWS_STORAGE_BUCKET_NAME",
        "CONTENT_SECURITY_POLICY",
        "ADMIN_CONTENT_SECURITY_POLICY",
        env=storage,
    )
    assert found["AWS_STORAGE_BUCKET_NAME"] == storage.get("AWS_STORAGE_BUCKET_NAME")
    assert found["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == origins
    admin_images = found["ADMIN_CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert [o for o in admin_images if o not in ("data:", "blob:")] == origins


def test_machine_translation_is_offered_only_with_a_deepl_key():
    assert production_settings("WAGTAILLOCALIZE_MACHINE_TRANSLATOR") == {
        "WAGTAILLOCALIZE_MACHINE_TRANSLATOR": None
    }
    found = production_settings(
        "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", env={"DEEPL_AUTH_KEY": "0f1e2d3c-test:fx"}
    )["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]
    assert found["OPTIONS"] == {"AUTH_KEY": "0f1e2d3c-test:fx"}
    translator = import_string(found["CLASS"])(found["OPTIONS"])
    assert translator.display_name == "DeepL"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"
