# Keycloak for infra/run.sh and infra/test.sh: fetch the distribution through Maven, unpack it
# under infra/.tools/, and start it in dev mode with the development realm of infra/keycloak/.
# Source it after infra/lib/services.sh (uses log and die); do not run it.
#
# The dev server keeps its data in memory (H2 "dev-mem"): every start imports the realm afresh,
# so tests always meet the state that infra/keycloak/lotse-realm.json describes.

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_PORT=${LOTSE_KEYCLOAK_PORT:-8180}
# Keycloak's default management port 9000 is a popular one; 9180 mirrors the HTTP port instead.
KEYCLOAK_MANAGEMENT_PORT=${LOTSE_KEYCLOAK_MANAGEMENT_PORT:-9180}
KEYCLOAK_URL=http://localhost:$KEYCLOAK_PORT
# Read by the integration tests (de.lotse.identity.DevelopmentRealm).
export LOTSE_KEYCLOAK_URL=$KEYCLOAK_URL
KEYCLOAK_REALM_URL=$KEYCLOAK_URL/realms/lotse
KEYCLOAK_TOOLS=infra/.tools
KEYCLOAK_HOME=$KEYCLOAK_TOOLS/keycloak-$KEYCLOAK_VERSION
KEYCLOAK_LOG=infra/.run/keycloak.log
KEYCLOAK_PID_FILE=infra/.run/keycloak.pid
# Set only when this script started Keycloak; stop_keycloak leaves any other instance alone.
KEYCLOAK_STARTED_PID=

keycloak_answers() { curl -s -o /dev/null --max-time 3 "$KEYCLOAK_URL/"; }

keycloak_realm_ready() {
  curl -fs -o /dev/null --max-time 3 "$KEYCLOAK_REALM_URL/.well-known/openid-configuration"
}

# Downloads into a temporary folder and renames it at the end, so an interrupted download or
# unpack never leaves a half-filled keycloak folder that later runs would trust.
install_keycloak() {
  if [ -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then return; fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Keycloak"
  local staging
  staging=$(mktemp -d "$KEYCLOAK_TOOLS/.keycloak-XXXXXX")
  log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION through Maven"
  mvn -B -q dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
    -DoutputDirectory="$staging" >&2 || { rm -rf "$staging"; die "could not fetch Keycloak"; }
  log "unpacking Keycloak into $KEYCLOAK_HOME"
  tar -xzf "$staging/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$staging" \
    || { rm -rf "$staging"; die "could not unpack Keycloak"; }
  mv "$staging/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME" 2>/dev/null \
    || [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || { rm -rf "$staging"; die "could not install Keycloak"; }
  rm -rf "$staging"
}

start_keycloak() {
  # --import-realm reads only the distribution's own data/import folder.
  rm -rf "$KEYCLOAK_HOME/data/import"
  mkdir -p "$KEYCLOAK_HOME/data/import" infra/.run
  rm -f "$KEYCLOAK_PID_FILE"
  cp infra/keycloak/*-realm.json "$KEYCLOAK_HOME/data/import/"
  log "starting Keycloak $KEYCLOAK_VERSION on port $KEYCLOAK_PORT (log: $KEYCLOAK_LOG)"
  # --hostname pins the issuer to $KEYCLOAK_URL, whichever host name a client calls it by.
  # A session of its own, so that stop_keycloak can end kc.sh and its java child together. The
  # bootstrap admin (admin/admin) exists for local use only: this is the development server.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid sh -c 'echo $$ > "$0"; exec "$@"' "$KEYCLOAK_PID_FILE" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
      --hostname="$KEYCLOAK_URL" --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true \
      --db=dev-mem --import-realm \
    > "$KEYCLOAK_LOG" 2>&1 < /dev/null &
  local launcher=$!
  for _ in $(seq 1 50); do [ -s "$KEYCLOAK_PID_FILE" ] && break; sleep 0.1; done
  KEYCLOAK_STARTED_PID=$(cat "$KEYCLOAK_PID_FILE" 2>/dev/null || echo "$launcher")
}

wait_for_keycloak() {
  local started=$SECONDS
  while [ $((SECONDS - started)) -lt 120 ]; do
    if keycloak_realm_ready; then
      log "Keycloak ready after $((SECONDS - started)) s"
      return
    fi
    if [ -n "$KEYCLOAK_STARTED_PID" ] && ! kill -0 "$KEYCLOAK_STARTED_PID" 2>/dev/null; then
      tail -n 40 "$KEYCLOAK_LOG" >&2
      KEYCLOAK_STARTED_PID=
      die "Keycloak exited during start; see $KEYCLOAK_LOG"
    fi
    sleep 1
  done
  die "realm lotse not available at $KEYCLOAK_REALM_URL after 120 s; see $KEYCLOAK_LOG"
}

# Re-uses whatever Keycloak already answers on the port (a developer's own, or one still
# starting); it must serve the realm "lotse" within the wait.
ensure_keycloak() {
  if keycloak_answers; then
    log "Keycloak answers on $KEYCLOAK_URL; using it"
  else
    mkdir -p "$KEYCLOAK_TOOLS"
    install_keycloak
    start_keycloak
  fi
  wait_for_keycloak
}

stop_keycloak() {
  [ -n "$KEYCLOAK_STARTED_PID" ] || return 0
  log "stopping Keycloak"
  kill -TERM -- "-$KEYCLOAK_STARTED_PID" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 -- "-$KEYCLOAK_STARTED_PID" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- "-$KEYCLOAK_STARTED_PID" 2>/dev/null || true
  rm -f "$KEYCLOAK_PID_FILE"
  KEYCLOAK_STARTED_PID=
}
