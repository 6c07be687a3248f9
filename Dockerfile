# Pas à Pas production image: gunicorn serves the site, whitenoise the static files.

# The H5P player, from the npm registry (its preinstall script asks for yarn: no scripts; the
# linters, devDependencies, stay out).
FROM node:20-slim AS player
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=pasapas.settings.production \
    STATIC_ROOT=/app/static_collected \
    MEDIA_ROOT=/app/media \
    H5P_ROOT=/app/h5p_files \
    ERASURE_REGISTER=/app/private/erasures.jsonl \
    PORT=8000

RUN apt-get update \
    && apt-get install --yes --no-install-recommends libjpeg62-turbo zlib1g fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 pasapas

WORKDIR /app
COPY requirements.txt .
RUN pip install --require-hashes --requirement requirements.txt

COPY --chown=pasapas:pasapas . .
COPY --from=player --chown=pasapas:pasapas /build/node_modules/h5p-standalone/dist /app/node_modules/h5p-standalone/dist
# collectstatic needs a key to import the settings; this one is thrown away with the layer.
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput -v0 \
    && mkdir -p /app/media /app/h5p_files /app/private \
    && chown pasapas:pasapas /app/media /app/h5p_files /app/private \
    && chmod 700 /app/private

USER pasapas
EXPOSE 8000
CMD ["docker/start-web.sh"]
