# newsbot: the Telegram bot on the knowledge shipped in knowledge/.
#   docker build -t newsbot .
#   docker run -e NEWSBOT_TOKEN=123456:ABC... newsbot
# The token comes only from the environment at run time; it is never part of the image.
# The C part of indexing (bot/_scan.c) is compiled where a compiler is, into a wheel.
FROM python:3.11 AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot/ bot/
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# 0. The Italian thesaurus (GPL-3 data, not shipped with the bot): bot/thesaurus.py reads it.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends mythes-it \
    && rm -rf /var/lib/apt/lists/*

# 1. Dependencies only, read from pyproject.toml: this layer is rebuilt only when they change.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install --no-cache-dir -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# 2. The code (built above, with its C part), the knowledge and the articles it comes from.
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-deps /wheels/*.whl && rm -r /wheels
COPY knowledge/ knowledge/
COPY seeds/ seeds/

# 3. Run as an unprivileged user; the question log goes to /data (mount a volume to keep it).
RUN groupadd --gid 10001 newsbot \
    && useradd --uid 10001 --gid 10001 --create-home --shell /usr/sbin/nologin newsbot \
    && mkdir /data \
    && chown 10001:10001 /data
USER 10001:10001

ENV NEWSBOT_KNOWLEDGE_DIR=/app/knowledge \
    NEWSBOT_DB_PATH=/data/newsbot.sqlite3 \
    NEWSBOT_LISTEN=0.0.0.0 \
    NEWSBOT_PORT=8443
EXPOSE 8443

CMD ["newsbot", "run"]
