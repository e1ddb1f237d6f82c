# Production image: gunicorn serves the site, WhiteNoise its static files.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    PORT=8000

RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo zlib1g libwebp7 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 fiv

WORKDIR /app
COPY requirements.txt .
RUN pip install --upgrade pip && pip install -r requirements.txt

COPY --chown=fiv:fiv . .

# Static files are collected once, at build time, never at run time. The key and host
# given here exist only for this step.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --no-input \
    && mkdir -p /app/media && chown fiv:fiv /app/media

USER fiv
EXPOSE 8000

# Migrations run as a separate release step (see docker-compose.yml), not in every container.
CMD ["sh", "-c", "exec gunicorn cms.wsgi:application --bind 0.0.0.0:${PORT} --workers ${GUNICORN_WORKERS:-3} --access-logfile -"]
