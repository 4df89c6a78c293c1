# A local mail sink for infra/run.sh and infra/test.sh: GreenMail standalone, fetched through Maven
# into infra/.tools/ and started on 127.0.0.1. Keycloak delivers the platform's invitation e-mails
# to it; nothing leaves the machine. Source it after infra/lib/services.sh (uses log and die).
#
# Read the mails in the browser (GreenMail's API page) or with curl:
#   curl -s http://localhost:8025/api/user/<address>/messages/

# Keep in step with greenmail.version in the root pom.xml (the tests' embedded GreenMail).
GREENMAIL_VERSION=2.1.8
MAIL_SMTP_PORT=${LOTSE_MAIL_PORT:-3025}
MAIL_API_PORT=${LOTSE_MAIL_SINK_API_PORT:-8025}
MAIL_SINK_URL=http://localhost:$MAIL_API_PORT
GREENMAIL_JAR=infra/.tools/greenmail-standalone-$GREENMAIL_VERSION.jar
GREENMAIL_LOG=infra/.run/greenmail.log
# Set only when this script started the sink; stop_mail_sink leaves any other one alone.
MAIL_SINK_STARTED_PID=

# Moves the sink to other ports (call before ensure_mail_sink), e.g. a run-only sink that must not
# meet the one infra/run.sh keeps on the default ports.
use_mail_ports() {
  MAIL_SMTP_PORT=$1
  MAIL_API_PORT=$2
  MAIL_SINK_URL=http://localhost:$MAIL_API_PORT
  GREENMAIL_LOG=infra/.run/greenmail-$MAIL_API_PORT.log
}

mail_sink_answers() { curl -fs -o /dev/null --max-time 3 "$MAIL_SINK_URL/api/configuration"; }

install_greenmail() {
  if [ -f "$GREENMAIL_JAR" ]; then return; fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch GreenMail"
  mkdir -p infra/.tools
  log "fetching com.icegreen:greenmail-standalone:$GREENMAIL_VERSION through Maven"
  mvn -B -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory=infra/.tools >&2 || die "could not fetch GreenMail"
}

# Re-uses a sink that already answers on the API port.
ensure_mail_sink() {
  if mail_sink_answers; then
    log "mail sink answers on $MAIL_SINK_URL; using it"
    return
  fi
  install_greenmail
  mkdir -p infra/.run
  log "starting the mail sink (SMTP 127.0.0.1:$MAIL_SMTP_PORT, mails at $MAIL_SINK_URL)"
  java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -Dgreenmail.auth.disabled -jar "$GREENMAIL_JAR" > "$GREENMAIL_LOG" 2>&1 < /dev/null &
  MAIL_SINK_STARTED_PID=$!
  for _ in $(seq 1 30); do
    mail_sink_answers && return
    kill -0 "$MAIL_SINK_STARTED_PID" 2>/dev/null || die "the mail sink exited; see $GREENMAIL_LOG"
    sleep 0.5
  done
  die "the mail sink did not come up within 15 s; see $GREENMAIL_LOG"
}

stop_mail_sink() {
  [ -n "$MAIL_SINK_STARTED_PID" ] || return 0
  log "stopping the mail sink"
  kill "$MAIL_SINK_STARTED_PID" 2>/dev/null || true
  wait "$MAIL_SINK_STARTED_PID" 2>/dev/null || true
  MAIL_SINK_STARTED_PID=
}
