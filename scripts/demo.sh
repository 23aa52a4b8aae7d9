#!/usr/bin/env bash
# npm run demo: the Microsoft 365 simulator and the wizard (production build) pointed at it, both on 127.0.0.1.
# Ctrl-C stops both. PORT (default 3000) moves the wizard, SIM_BASE_PORT (default 19400, uses base..base+41) the simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1

PORT="${PORT:-3000}"
SIM_BASE_PORT="${SIM_BASE_PORT:-19400}"
SIM_DIR="$PWD/.sim"
LOGIN="login.sim.test:$((SIM_BASE_PORT + 1))"
TENANT=11111111-1111-4111-8111-111111111111
APP=22222222-2222-4222-8222-222222222222
SECRET=sim-valid-secret-value-0123456789abcdef

# Build when there is no build, or when a source file is newer than it.
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib public proxy.ts next.config.ts postcss.config.mjs tsconfig.json package.json package-lock.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]; then
  npx next build
fi

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped the wizard and the simulator."
}
trap stop INT TERM EXIT

# $1 what, $2 pid, $3 log, $4… the readiness test; 60 s at most.
wait_until() {
  local what=$1 pid=$2 log=$3
  shift 3
  for _ in $(seq 1 120); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$what stopped; see $log" >&2; tail -5 "$log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "$what did not start within 60 s; see $log" >&2
  exit 1
}

mkdir -p "$SIM_DIR"
# Each in a session of its own, so that stop() ends the whole process tree (npx, tsx, node).
setsid npx tsx e2e/simulator/cli.ts --dir "$SIM_DIR" --base-port "$SIM_BASE_PORT" >"$SIM_DIR/demo-simulator.log" 2>&1 &
pids+=($!)
wait_until "The simulator" "${pids[0]}" "$SIM_DIR/demo-simulator.log" grep -q '^Ready\.' "$SIM_DIR/demo-simulator.log"

NODE_EXTRA_CA_CERTS="$SIM_DIR/ca.pem" ECE_DOCTOR_CLOUDS_FILE="$SIM_DIR/clouds.json" ECE_DOCTOR_DNS_SERVERS="127.0.0.1:$SIM_BASE_PORT" \
  setsid node scripts/server.mjs -p "$PORT" -H 127.0.0.1 >"$SIM_DIR/demo-wizard.log" 2>&1 &
pids+=($!)
wait_until "The wizard" "${pids[1]}" "$SIM_DIR/demo-wizard.log" \
  node -e "fetch('http://127.0.0.1:$PORT/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

profiles=$(node -e "console.log(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')).map((p) => p.id).join(', '))" "$SIM_DIR/clouds.json")
curl_sim="curl -s --cacert $SIM_DIR/ca.pem --resolve $LOGIN:127.0.0.1"

cat <<EOF

ECE OAuth Doctor against the Microsoft 365 simulator (everything on 127.0.0.1)

  Wizard      http://127.0.0.1:$PORT/en   (log: $SIM_DIR/demo-wizard.log)
  Simulator   https://$LOGIN, DNS 127.0.0.1:$SIM_BASE_PORT/udp   (log: $SIM_DIR/demo-simulator.log)
  Profiles    $profiles
              (the value of azure.cloud; sim is healthy, each sim-<behaviour> misbehaves one way)

  Healthy case file   e2e/simulator/demo-case.json   (import it on http://127.0.0.1:$PORT/en/import)
    tenant $TENANT (contoso), app $APP, cloud sim,
    mailboxes support@contoso.sim.test and sales@contoso.sim.test; every user's password is sim-user-password
  Client secret       $SECRET

  An access token for support@contoso.sim.test (password grant):
    $curl_sim https://$LOGIN/$TENANT/oauth2/v2.0/token \\
      -d grant_type=password -d client_id=$APP -d client_secret=$SECRET \\
      -d username=support@contoso.sim.test -d password=sim-user-password \\
      --data-urlencode 'scope=https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send'
  Any token, odd ones included (see MintTokenOptions in e2e/simulator/tokens.ts):
    $curl_sim https://$LOGIN/sim/mint --data-urlencode 'options={"upn":"support@contoso.sim.test","expired":true}'

  The same from the command line:
    . $SIM_DIR/env.sh && ECE_DOCTOR_CLIENT_SECRET=$SECRET ECE_DOCTOR_ACCESS_TOKEN=<token> npm run doctor -- e2e/simulator/demo-case.json

Ctrl-C stops both.
EOF

# Until Ctrl-C, or until one of the two stops.
wait -n "${pids[@]}" || true
