"""The Docker image cannot rewrite its own code and holds no secret.

Docker does not run on the development machine, so these tests read the Dockerfile,
.dockerignore and docker-compose.yml for the properties the README promises."""

import re
import shlex
from pathlib import PurePosixPath

import pytest

from tests.home.production import ROOT

APP_USER = "fiv"


def instructions():
    """[(INSTRUCTION, arguments)] of the Dockerfile, continuation lines joined."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, arguments = line.partition(" ")
            found.append((keyword.upper(), arguments.strip()))
    return found


def env_value(name):
    for keyword, arguments in instructions():
        if keyword == "ENV":
            match = re.search(rf"(?:^|\s){name}=(\S+)", arguments)
            if match:
                return match.group(1)
    raise AssertionError(f"the Dockerfile sets no {name}")


def dockerignore_pattern(pattern):
    """A .dockerignore line as a regular expression: `*` and `?` stay within a folder, `**`
    crosses folders, and a folder that matches takes everything in it along."""
    regex, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            regex, i = regex + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            regex, i = regex + ".*", i + 2
        elif pattern[i] in "*?":
            regex, i = regex + ("[^/]*" if pattern[i] == "*" else "[^/]"), i + 1
        else:
            regex, i = regex + re.escape(pattern[i]), i + 1
    return re.compile(regex + r"(?:/.*)?")


def ignored(path):
    """Whether .dockerignore keeps `path` (relative to the project) out of the build context;
    the last line that matches wins, as in Docker."""
    result = False
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        if dockerignore_pattern(line.lstrip("!").strip("/")).fullmatch(path):
            result = not negated
    return result


def test_the_code_is_copied_as_roots_and_the_site_runs_as_its_own_user():
    steps = instructions()
    copies = [i for i, (keyword, _) in enumerate(steps) if keyword in ("COPY", "ADD")]
    assert copies, "the Dockerfile copies no code"
    for i in copies:
        keyword, arguments = steps[i]
        assert keyword == "COPY", "ADD fetches and unpacks: COPY only"
        assert "--chown=root:root" in arguments.split(), arguments
    users = [i for i, (keyword, _) in enumerate(steps) if keyword == "USER"]
    assert [steps[i][1] for i in users] == [APP_USER]
    # Every file is in place before the switch: nothing the user writes at build time survives.
    last_build_step = max(i for i, (keyword, _) in enumerate(steps) if keyword in ("COPY", "RUN"))
    assert users[0] > last_build_step


def test_the_site_user_owns_media_root_and_nothing_else():
    workdir = [arguments for keyword, arguments in instructions() if keyword == "WORKDIR"][-1]
    media_root = env_value("MEDIA_ROOT")
    assert not PurePosixPath(media_root).is_relative_to(workdir), "uploads live outside the code"
    commands = " && ".join(arguments for keyword, arguments in instructions() if keyword == "RUN")
    chowns = re.findall(r"chown\s+([^&;]+)", commands)
    assert chowns == [f'{APP_USER}:{APP_USER} "$MEDIA_ROOT"'], chowns
    # Whatever modes the files had in the build context, nobody but root may write the code.
    assert f"chmod -R go-w {workdir}" in commands


def test_no_secret_is_built_into_the_image():
    for path in [".env", ".env.docker", ".env.production", "cms/settings/local.py", "db.sqlite3"]:
        assert ignored(path), f"{path} would be copied into the image"
    for path in ["media/documents/referat.pdf", ".git/config", ".venv/bin/python"]:
        assert ignored(path), f"{path} would be copied into the image"
    for path in ["manage.py", "cms/settings/production.py", "requirements.txt"]:
        assert not ignored(path), f"{path} is missing from the image"
    for keyword, arguments in instructions():
        assert not (keyword in ("ENV", "ARG") and "SECRET_KEY" in arguments), arguments
        # A key given at build time is generated there, never written in the Dockerfile.
        for value in re.findall(r"SECRET_KEY=(\S+)", arguments):
            assert value.startswith('"$('), value


def compose_services():
    """{service: its lines} of docker-compose.yml (read without a YAML library)."""
    services, current = {}, None
    for line in (ROOT / "docker-compose.yml").read_text().splitlines():
        match = re.match(r"^  (\w[\w-]*):\s*$", line)
        if match:
            current = services.setdefault(match.group(1), [])
        elif re.match(r"^\S", line):
            current = None
        elif current is not None:
            current.append(line.strip())
    return services


@pytest.mark.parametrize("service", ["migrate", "web", "worker"])
def test_compose_hands_the_settings_to_read_only_containers_when_they_start(service):
    lines = compose_services()[service]
    assert "build: ." in lines
    assert "env_file: .env.docker" in lines
    assert "read_only: true" in lines
    assert "- /tmp" in lines  # the tmpfs the read-only container writes its temporary files to


def test_compose_keeps_the_uploads_where_the_image_puts_them():
    assert f"- media:{env_value('MEDIA_ROOT')}" in compose_services()["web"]


def test_gunicorn_writes_no_control_socket():
    command = [arguments for keyword, arguments in instructions() if keyword == "CMD"][-1]
    assert "--no-control-socket" in shlex.join(shlex.split(command))


def test_the_image_checks_its_liveness_on_its_own_port():
    checks = [arguments for keyword, arguments in instructions() if keyword == "HEALTHCHECK"]
    assert len(checks) == 1
    assert "/healthz/" in checks[0] and "os.environ.get('PORT', '8000')" in checks[0]


def test_compose_checks_readiness_of_the_site_and_runs_the_worker():
    services = compose_services()
    assert any("/readyz/" in line for line in services["web"])
    assert any("db_worker --backend background" in line for line in services["worker"])
    assert f"- media:{env_value('MEDIA_ROOT')}" in services["worker"]
    for needed in ("db", "redis"):
        assert any(line.startswith("test:") for line in services[needed]), needed


def test_the_image_can_dump_and_restore_its_database():
    commands = " ".join(arguments for keyword, arguments in instructions() if keyword == "RUN")
    assert "postgresql-client" in commands.split()
