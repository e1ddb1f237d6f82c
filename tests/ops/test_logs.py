"""One JSON log line per request, and error reports, with nobody's personal data in them."""

import io
import json
import logging

import pytest
import sentry_sdk
from django.test import Client, override_settings
from django.urls import reverse
from sentry_sdk.transport import Transport

from cms.observability import JsonFormatter, RequestIdFilter, init_sentry, scrub_event
from network.models import CalendarFeedToken
from tests.home.production import STRONG_KEY, production_settings, run_manage
from tests.people import PROFESSIONAL, demo_user

pytestmark = pytest.mark.django_db


def request_lines(caplog):
    """The request log's lines as production writes them: {field: value} each."""
    formatter = JsonFormatter()
    return [
        json.loads(formatter.format(record))
        for record in caplog.records
        if record.name == "cms.requests"
    ]


@pytest.fixture
def request_log(caplog):
    caplog.set_level(logging.INFO, logger="cms.requests")
    return caplog


def test_a_request_is_one_line_with_its_id_user_status_and_duration(client, request_log):
    person = demo_user(PROFESSIONAL)
    client.force_login(person)

    response = client.get(reverse("search"), {"query": "hemmelig-søgning", "email": person.email})

    (line,) = request_lines(request_log)
    assert line["request_id"] == response["X-Request-ID"]
    assert line["method"] == "GET"
    assert line["path"] == reverse("search")  # the path, not what was asked for
    assert line["status"] == 200
    assert line["user_id"] == person.pk
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0
    text = json.dumps(line, ensure_ascii=False)
    for personal in ["hemmelig-søgning", person.email, person.username, person.first_name]:
        assert personal not in text


def test_an_anonymous_request_has_no_user_and_an_id_of_its_own(request_log):
    first = Client().get("/")
    second = Client().get("/")

    lines = request_lines(request_log)
    assert [line["user_id"] for line in lines] == [None, None]
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_the_load_balancers_request_id_is_kept_and_a_forged_one_replaced(request_log):
    kept = Client().get("/", headers={"X-Request-ID": "Root=1-67891233-abcdef012345678912345678"})
    forged = Client().get("/", headers={"X-Request-ID": 'x" level=CRITICAL user=admin'})

    assert kept["X-Request-ID"] == "Root=1-67891233-abcdef012345678912345678"
    assert forged["X-Request-ID"] != 'x" level=CRITICAL user=admin'
    assert [line["request_id"] for line in request_lines(request_log)] == [
        kept["X-Request-ID"],
        forged["X-Request-ID"],
    ]


def test_a_calendar_feeds_token_is_never_logged(request_log):
    token = CalendarFeedToken.objects.issue(demo_user(PROFESSIONAL))

    response = Client().get(f"/calendar/{token}.ics")

    assert response.status_code == 200
    (line,) = request_lines(request_log)
    assert line["path"] == "/calendar/***"
    formatter = JsonFormatter()
    for record in request_log.records:
        formatted = formatter.format(record)
        assert token not in formatted and token[12:] not in formatted


def test_djangos_own_error_lines_leave_out_the_query_string(caplog):
    caplog.set_level(logging.WARNING, logger="django.request")

    Client().get("/findes-ikke/", {"email": "mor@example.dk"})

    (record,) = [record for record in caplog.records if record.name == "django.request"]
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "Not Found: /findes-ikke/"
    assert line["status_code"] == 404
    assert "mor@example.dk" not in json.dumps(line)


def test_every_line_logged_for_a_request_carries_its_id(settings):
    """As production logs: the handler stamps each record while the request runs, and Django
    logs a 404 after the last middleware has returned."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    levels = {name: logging.getLogger(name).level for name in ("cms.requests", "django.request")}
    logging.getLogger("cms.requests").setLevel(logging.INFO)
    try:
        response = Client().get("/findes-ikke/")
        logging.getLogger("tests").warning("after the request")
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    by_logger = {line["logger"]: line for line in lines}
    assert by_logger["django.request"]["request_id"] == response["X-Request-ID"]
    assert by_logger["cms.requests"]["request_id"] == response["X-Request-ID"]
    assert "request_id" not in by_logger["tests"]


def test_production_writes_json_lines_and_the_request_log():
    (logging_setting,) = production_settings("LOGGING").values()

    assert logging_setting["handlers"]["console"]["formatter"] == "json"
    assert logging_setting["handlers"]["console"]["filters"] == ["request_id"]
    assert logging_setting["formatters"]["json"]["()"] == "cms.observability.JsonFormatter"
    assert logging_setting["loggers"]["cms.requests"]["level"] == "INFO"


# Sentry


def a_django_error_event():
    """An event shaped as Sentry's Django integration sends one for a failing form post."""
    return {
        "request": {
            "method": "POST",
            "url": "https://fiv.example/calendar/AbCdEfGhIjKl-secret.ics?email=far@example.dk",
            "query_string": "email=far@example.dk",
            "cookies": {"sessionid": "abc", "csrftoken": "def"},
            "data": {"password": "hunter2", "email": "far@example.dk"},
            "headers": {
                "Cookie": "sessionid=abc",
                "Authorization": "Basic Zm9vOmJhcg==",
                "User-Agent": "Mozilla/5.0",
                "X-Forwarded-For": "203.0.113.5",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            "env": {"REMOTE_ADDR": "203.0.113.5"},
        },
        "user": {"id": "42", "username": "far", "email": "far@example.dk", "ip_address": "1.2.3.4"},
        "exception": {
            "values": [
                {
                    "type": "ValueError",
                    "value": "No user with e-mail far@example.dk",
                    "stacktrace": {"frames": [{"function": "view", "vars": {"password": "x"}}]},
                }
            ]
        },
        "extra": {"invitation_token": "tok-123", "note": "svar til far@example.dk"},
        "breadcrumbs": {
            "values": [
                {
                    "category": "query",
                    "message": "SELECT ... WHERE email = %s",
                    "data": {"db.params": ["far@example.dk"]},
                }
            ]
        },
    }


def test_the_scrubber_leaves_nothing_personal_in_an_error_report():
    event = scrub_event(a_django_error_event(), {})

    text = json.dumps(event)
    for personal in [
        "far@example.dk",
        "hunter2",
        "sessionid",
        "abc",
        "Zm9vOmJhcg",
        "203.0.113.5",
        "1.2.3.4",
        "Mozilla",
        "tok-123",
        "AbCdEfGhIjKl-secret",
        '"far"',
    ]:
        assert personal not in text, personal
    assert event["request"]["url"] == "https://fiv.example/calendar/***"
    assert event["request"]["method"] == "POST"
    assert event["user"] == {"id": "42"}
    assert event["exception"]["values"][0]["value"] == "No user with e-mail [e-mail]"
    assert event["extra"]["note"] == "svar til [e-mail]"


class Captured(Transport):
    events = []

    def capture_envelope(self, envelope):
        event = envelope.get_event()
        if event is not None:
            self.events.append(event)


@pytest.fixture
def sentry():
    Captured.events = []
    init_sentry("https://public@sentry.example/1")
    sentry_sdk.get_client().transport = Captured(sentry_sdk.get_client().options)
    yield Captured.events
    sentry_sdk.get_client().close()
    sentry_sdk.init()  # no DSN: reporting off again for the other tests


@override_settings(ROOT_URLCONF="tests.ops.failing_urls")
def test_an_error_reaches_sentry_with_the_request_id_and_no_personal_data(sentry):
    client = Client(raise_request_exception=False)
    person = demo_user(PROFESSIONAL)
    client.force_login(person)

    response = client.post("/fails/?email=x@example.dk", {"password": "hunter2"})

    assert response.status_code == 500
    (event,) = sentry
    assert event["tags"]["request_id"] == response["X-Request-ID"]
    assert event["exception"]["values"][0]["value"] == "failed for [e-mail]"
    assert event["transaction"] == "/fails/"  # where it failed, by its route
    text = json.dumps(event, default=str)
    for personal in ["hunter2", "x@example.dk", person.email, person.username, "sessionid"]:
        assert personal not in text, personal


def test_production_reports_to_sentry_only_when_given_a_dsn():
    code = (
        "import sentry_sdk; client = sentry_sdk.get_client(); "
        "print(client.is_active(), client.is_active() and client.options['before_send'].__name__)"
    )
    env = {"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "example.org"}
    without = run_manage("shell", "--no-imports", "-c", code, env=env)
    with_dsn = run_manage(
        "shell", "--no-imports", "-c", code, env={**env, "SENTRY_DSN": "https://k@sentry.example/1"}
    )

    assert without.stdout.split() == ["False", "False"], without.stderr
    assert with_dsn.stdout.split() == ["True", "scrub_event"], with_dsn.stderr
