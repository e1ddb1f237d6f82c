"""Calendar-feed tokens never reach a log line: Django's request log, runserver's, gunicorn's."""

import datetime
import logging
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.test import Client
from gunicorn.config import Config

from network.feed_logging import mask_feed_tokens
from network.models import CalendarFeedToken


def current_token():
    return CalendarFeedToken.objects.issue(get_user_model().objects.get(username="fagperson"))


@pytest.mark.django_db
def test_a_404_on_a_feed_logs_no_token(caplog):
    renewed = current_token()  # a real link, dead once the user makes a new one
    token = current_token()
    forged = token[:12] + "B" * 43
    old = signing.dumps(
        get_user_model().objects.get(username="fagperson").pk, salt="network.calendar-feed"
    )
    caplog.set_level(logging.DEBUG)
    for tried in [renewed, forged, old, "x" * 55]:
        assert Client().get(f"/calendar/{tried}.ics").status_code == 404
        assert Client().get(f"/en/calendar/{tried}.ics?refresh=1").status_code == 404
    not_found = [record for record in caplog.records if record.name == "django.request"]
    assert len(not_found) == 8
    assert all(record.getMessage().endswith("/calendar/***") for record in not_found)
    for secret in [renewed, renewed[12:], token, token[:12], token[12:], old, "x" * 55]:
        assert secret not in caplog.text
        assert all(secret not in record.getMessage() for record in caplog.records)


@pytest.mark.django_db
def test_a_feed_fetched_through_runserver_is_logged_without_its_token(caplog):
    token = current_token()
    caplog.set_level(logging.INFO, logger="django.server")
    logging.getLogger("django.server").info(
        '"%s" %s %s', f"GET /en/calendar/{token}.ics HTTP/1.1", "200", "512"
    )
    (record,) = caplog.records
    assert record.getMessage() == '"GET /en/calendar/*** HTTP/1.1" 200 512'


def test_gunicorns_access_log_masks_the_token(tmp_path):
    """The image runs gunicorn from the project's folder, where it reads gunicorn.conf.py."""
    settings = runpy.run_path(str(Path(__file__).parents[2] / "gunicorn.conf.py"))
    config = Config()
    for name in ["logger_class", "access_log_format"]:
        config.set(name, settings[name])
    log_file = tmp_path / "access.log"
    config.set("accesslog", str(log_file))
    logger = config.logger_class(config)

    token = "AbCdEfGhIjKl" + "s3cr3t-verifier-0123456789abcdefghijklmnopq"
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/calendar/{token}.ics",
        "PATH_INFO": f"/calendar/{token}.ics",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.5",
        "HTTP_USER_AGENT": "Microsoft Outlook",
        "HTTP_REFERER": f"https://fiv.example/calendar/{token}.ics",
    }
    request = SimpleNamespace(
        headers=[("USER-AGENT", "Microsoft Outlook"), ("REFERER", environ["HTTP_REFERER"])]
    )
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    logger.access(response, request, environ, datetime.timedelta(milliseconds=30))
    access_log = logging.getLogger("gunicorn.access")
    for handler in list(access_log.handlers):
        handler.close()
        access_log.removeHandler(handler)

    line = log_file.read_text()
    assert '"GET /calendar/*** HTTP/1.1" 200 512 "https://fiv.example/calendar/***"' in line
    assert "s3cr3t" not in line and token[:12] not in line


def test_masking_leaves_other_paths_alone():
    assert mask_feed_tokens("Not Found: /fagligt/kalenderlink/") == (
        "Not Found: /fagligt/kalenderlink/"
    )
    assert mask_feed_tokens("Not Found: /en/calendar/abc.ics") == "Not Found: /en/calendar/***"
