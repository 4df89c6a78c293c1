#!/usr/bin/env bash
# Starts the whole platform locally with the demo offices "rosenheim" and "musterstadt":
# PostgreSQL and Redis (started if down), the database, Keycloak on http://localhost:8180 (started
# if down), a local mail sink for invitation e-mails (GreenMail, mails readable on
# http://localhost:8025) and platform-api on http://localhost:8080. Ctrl-C stops what this script
# started.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/services.sh
source infra/lib/keycloak.sh
source infra/lib/mail.sh

PORT=${LOTSE_PORT:-8080}
JAR=platform-api/target/platform-api.jar

ensure_postgres
ensure_redis
ensure_database lotse

# Keycloak and the mail sink: stopped on exit only if started here (the stop functions know).
trap 'stop_mail_sink; stop_keycloak' EXIT
trap 'exit 130' INT TERM
ensure_keycloak
ensure_mail_sink

if [ ! -f "$JAR" ] || [ -n "$(find pom.xml platform-api/pom.xml platform-api/src/main widget/src widget/package.json tenant-admin-ui/src tenant-admin-ui/package.json tenant-admin-ui/index.html -newer "$JAR" -print -quit)" ]; then
  log "building platform-api (mvn -DskipTests package)"
  mvn -B -q -DskipTests package
fi

mkdir -p infra/.run
log "starting platform-api on port $PORT (log: infra/.run/platform-api.log)"
# The development realm's service-account secret (infra/keycloak/lotse-realm.json): local only.
LOTSE_PORT=$PORT \
LOTSE_KEYCLOAK_CLIENT_SECRET=${LOTSE_KEYCLOAK_CLIENT_SECRET:-lotse-platform-dev-secret} \
LOTSE_MAIL_HOST=${LOTSE_MAIL_HOST:-127.0.0.1} \
LOTSE_MAIL_PORT=$MAIL_SMTP_PORT \
LOTSE_PROVISIONING_LOCATIONS=${LOTSE_PROVISIONING_LOCATIONS:-classpath:seed/*.tenant.json} \
  java ${JAVA_OPTS:-} -jar "$JAR" > infra/.run/platform-api.log 2>&1 &
API_PID=$!

stop() {
  log "stopping platform-api"
  kill "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  stop_mail_sink
  stop_keycloak
}
trap stop EXIT
trap 'exit 130' INT TERM

wait_for_platform "$PORT" "$API_PID" infra/.run/platform-api.log 120

cat <<MSG

  Lotse is running.
    Demo office page  http://localhost:$PORT/demo/rosenheim   (chat with Mila; also /demo/musterstadt)
    Admin app         http://localhost:$PORT/admin/   (sign in as rosenheim-admin / demo)
    Public chat API   http://localhost:$PORT/api/v1/public/tenants/rosenheim/config
    Ask Mila          curl -s -H 'Content-Type: application/json' \\
                        -d '{"question":"Wie verlängere ich meine Aufenthaltserlaubnis?"}' \\
                        http://localhost:$PORT/api/v1/public/tenants/rosenheim/messages
    API docs          http://localhost:$PORT/swagger-ui.html
    Health, metrics   http://localhost:$PORT/actuator/health  http://localhost:$PORT/actuator/prometheus

  Keycloak (development realm "lotse", see infra/keycloak/README.md)
    Realm             $KEYCLOAK_REALM_URL
    Admin console     $KEYCLOAK_URL/admin/  (admin / admin, local only)
    Demo users        rosenheim-admin, rosenheim-editor, musterstadt-admin, ministry-analyst,
                      platform-admin; password "demo" (local only)
    Token for a user  curl -s -d grant_type=password -d client_id=lotse-cli \\
                        -d username=rosenheim-admin -d password=demo \\
                        $KEYCLOAK_REALM_URL/protocol/openid-connect/token

  Office sign-up and invitations (see README, "Office users and self-onboarding")
    Sign up           curl -s -H 'Content-Type: application/json' -d '{"officeName": "Stadt Beispiel",
                        "emailDomain": "beispiel.lotse.test", "contactFirstName": "Bea",
                        "contactLastName": "Beispiel", "contactEmail": "bea@beispiel.lotse.test",
                        "slug": "beispiel"}' http://localhost:$PORT/api/v1/public/signups
    Invitation mails  $MAIL_SINK_URL/api/user/bea@beispiel.lotse.test/messages/
                      (every mail the platform sends locally lands there, per recipient)

  Press Ctrl-C to stop.
MSG
wait "$API_PID"
