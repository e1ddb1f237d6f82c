"""gunicorn's configuration (gunicorn.conf.py), as the image and the benchmarks use it: workers and
threads from the machine's cores, the application loaded once, timeouts, and an access log that
holds no query string."""

import datetime
import gc
import logging
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

CONFIG = Path(__file__).parents[2] / "gunicorn.conf.py"


def settings(monkeypatch, cores=4, **environment):
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(cores)))
    for name in ["GUNICORN_WORKERS", "GUNICORN_THREADS"]:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_workers_and_threads_follow_the_cores(monkeypatch):
    two = settings(monkeypatch, cores=2)
    eight = settings(monkeypatch, cores=8)
    assert (two["workers"], two["threads"]) == (3, 2)
    assert (eight["workers"], eight["threads"]) == (9, 2)


def test_the_environment_overrides_workers_and_threads(monkeypatch):
    chosen = settings(monkeypatch, GUNICORN_WORKERS="5", GUNICORN_THREADS="1")
    assert (chosen["workers"], chosen["threads"]) == (5, 1)


def test_the_application_is_loaded_once_and_stuck_requests_end(monkeypatch):
    config = settings(monkeypatch)
    assert config["preload_app"] is True
    # Docker waits 30 s after SIGTERM: the requests in flight must be done before that.
    assert config["graceful_timeout"] < 30 <= config["timeout"]
    assert config["max_requests"] > 0


def test_workers_start_with_the_loaded_application_out_of_the_collectors_sight(monkeypatch):
    """A full garbage collection over every object of Django and Wagtail stops a request for
    a tenth of a second; what the master loaded before forking is frozen instead."""
    config = settings(monkeypatch)
    try:
        config["pre_fork"](server=None, worker=None)
        assert gc.get_freeze_count() > 10_000  # Django, Wagtail and the site, loaded by the tests
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("option", ["workers", "threads", "preload_app", "timeout", "pre_fork"])
def test_gunicorn_knows_every_setting_the_file_sets(monkeypatch, option):
    config = Config()
    config.set(option, settings(monkeypatch)[option])  # an unknown name or bad value raises


def test_the_access_log_holds_no_query_string(monkeypatch, tmp_path):
    values = settings(monkeypatch)
    config = Config()
    for name in ["logger_class", "access_log_format"]:
        config.set(name, values[name])
    log_file = tmp_path / "access.log"
    config.set("accesslog", str(log_file))
    logger = config.logger_class(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/soeg/?query=min+datters+diagnose",
        "PATH_INFO": "/soeg/",
        "QUERY_STRING": "query=min+datters+diagnose",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.5",
        "HTTP_REFERER": "https://fiv.example/soeg/?query=graviditet+efter+abort",
    }
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    response = SimpleNamespace(status="200 OK", sent=2048, headers=[])
    logger.access(response, request, environ, datetime.timedelta(milliseconds=40))
    for handler in list(logging.getLogger("gunicorn.access").handlers):
        handler.close()
        logging.getLogger("gunicorn.access").removeHandler(handler)

    line = log_file.read_text()
    assert '"GET /soeg/ HTTP/1.1" 200 2048 "https://fiv.example/soeg/"' in line
    assert "diagnose" not in line and "abort" not in line
