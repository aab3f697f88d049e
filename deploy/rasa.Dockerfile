# The Rasa server's image: Rasa's own, with the project's channels, stores, log format and the
# trained model built in. Build from the repository root after `make train`:
#   docker build -f deploy/rasa.Dockerfile -t kontakt-rasa .
# To mount the model instead, leave out the COPY of models/ and mount a volume on /app/models.
FROM rasa/rasa:3.6.21

# The log lines' masking (services/logs/masking.py) needs these two, pinned as in the Rasa lock.
USER 0
COPY requirements/rasa.lock /tmp/rasa.lock
RUN grep -E '^(phonenumbers|python-stdnum)==' /tmp/rasa.lock > /tmp/masking.lock \
    && pip install --no-cache-dir -r /tmp/masking.lock \
    && rm /tmp/rasa.lock /tmp/masking.lock
USER 1001

WORKDIR /app
COPY --chown=1001:0 credentials.yml endpoints.yml ./
COPY --chown=1001:0 rasa_server/ rasa_server/
COPY --chown=1001:0 services/__init__.py services/
COPY --chown=1001:0 services/logs/ services/logs/
# The safety net's signs are features of the model (rasa_server/safety_features.py).
COPY --chown=1001:0 services/safety/__init__.py services/safety/privacy.py services/safety/net.py services/safety/required_words.py services/safety/
# The NAV words, for the rule that makes a question of what one means explain_term (rasa_server/term_question.py).
COPY --chown=1001:0 services/understanding/__init__.py services/understanding/nav_terms.py services/understanding/
COPY --chown=1001:0 models/kontakt.tar.gz models/

# No telemetry or error reports leave the service; the import-time warnings of Rasa's
# dependencies are not log lines.
ENV RASA_TELEMETRY_ENABLED=false \
    PYTHONWARNINGS=ignore
EXPOSE 5005
# The token comes from the environment: Compose and Kubernetes pass it in the command.
CMD ["run", "--enable-api", "--port", "5005", "--model", "models", "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"]
