# Production image: gunicorn serves the site, WhiteNoise its static files.
# The code belongs to root and only MEDIA_ROOT belongs to the user the site runs as: a flaw in
# the site cannot rewrite its own code, templates or static files.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    MEDIA_ROOT=/var/lib/fiv/media \
    PORT=8000

# postgresql-client: pg_dump and pg_restore for `manage.py backup` and `restore`, of Debian
# bookworm's PostgreSQL 15, the version of the database in docker-compose.yml.
# Pango and HarfBuzz: WeasyPrint lays out the handbooks' PDFs with them (home/handbook_pdf.py);
# fontconfig finds a fallback font for a glyph the site's own font lacks.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo zlib1g libwebp7 \
        postgresql-client libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig \
        fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin --uid 1000 fiv

WORKDIR /app
COPY --chown=root:root requirements.txt .
RUN pip install --upgrade pip && pip install -r requirements.txt

# .dockerignore keeps secrets (.env*), the database, media and local settings out of the image.
COPY --chown=root:root . .

# Static files are collected once, at build time, never at run time, with a random key that
# exists only for this step; the bytecode is compiled here too, since the site cannot write it.
# Nothing under /app stays writable by anyone but root.
RUN SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
        ALLOWED_HOSTS=localhost python manage.py collectstatic --no-input \
    && python -m compileall -q . \
    && chmod -R go-w /app \
    && mkdir -p "$MEDIA_ROOT" \
    && chown fiv:fiv "$MEDIA_ROOT"

USER fiv
EXPOSE 8000

# Liveness: the process answers /healthz/ (no database asked, so a database restart does not
# make every container unhealthy). A load balancer asks /readyz/ instead (README, "Health").
# The slim image has no curl: Python asks.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz/' % os.environ.get('PORT', '8000'), timeout=4)"]

# Migrations run as a separate release step (see docker-compose.yml), not in every container.
# No gunicorn control socket: nobody manages the workers from inside the container, and
# docker-compose.yml makes its file system read-only apart from /tmp and MEDIA_ROOT.
# No gunicorn access log: the site writes one JSON line per request itself, with its id, the
# user's id and no query string (cms/observability.py), and without the visitor's address.
# Workers, threads, preloading and timeouts: gunicorn.conf.py, read from /app.
CMD ["sh", "-c", "exec gunicorn cms.wsgi:application --bind 0.0.0.0:${PORT} --no-control-socket"]
