#!/usr/bin/env bash
# Sets up one agent on a fresh Debian or Ubuntu host: Node.js, this project in /opt/agent-swarm-protocol, a
# `swarm` system user with its home in /var/lib/swarm, `swarm init`, the systemd unit, a Let's Encrypt
# certificate and Angie in front. Idempotent: every step checks what is already there and leaves it alone.
#
#   sudo deploy/bootstrap.sh --agent-id alpha --domain alpha.example.com --email ops@example.com [--join URL]
#
# --dry-run prints the commands instead of running them.
set -euo pipefail

INSTALL_DIR=/opt/agent-swarm-protocol
SWARM_HOME=/var/lib/swarm
ENV_FILE=/etc/agent-swarm-protocol.env
UNIT_FILE=/etc/systemd/system/swarm-agent.service
UPSTREAM_PORT=8080
SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

agent_id="" domain="" email="" join_url="" dry_run=0
usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while (($#)); do
  case "$1" in
    --agent-id) agent_id="${2:-}"; shift 2 ;;
    --domain) domain="${2:-}"; shift 2 ;;
    --email) email="${2:-}"; shift 2 ;;
    --join) join_url="${2:-}"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 ;;
  esac
done
[[ -n "$agent_id" && -n "$domain" && "$email" == *@* ]] || { echo "--agent-id, --domain and --email are required" >&2; usage 2; }
[[ "$agent_id" =~ ^[A-Za-z0-9_.-]{1,256}$ && "$agent_id" != broadcast ]] || { echo "invalid agent id: $agent_id" >&2; exit 2; }

run() { if ((dry_run)); then printf '+ %s\n' "$*"; else "$@"; fi; }
as_swarm() { run runuser -u swarm -- env SWARM_HOME="$SWARM_HOME" node "$INSTALL_DIR/bin/swarm.js" "$@"; }
((dry_run)) || [[ $EUID -eq 0 ]] || { echo "run as root" >&2; exit 1; }

echo "== packages"
need=()
for tool in node npm g++ make python3 tmux certbot curl; do command -v "$tool" >/dev/null 2>&1 || need+=("$tool"); done
if ((${#need[@]})); then
  pkgs=()
  for tool in "${need[@]}"; do case "$tool" in node) pkgs+=(nodejs) ;; *) pkgs+=("$tool") ;; esac; done
  run apt-get update -qq
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}"
fi
command -v angie >/dev/null 2>&1 || echo "Angie is not installed: add its apt repository and install it, then re-run." >&2

echo "== user and home"
id swarm >/dev/null 2>&1 || run useradd --system --home-dir "$SWARM_HOME" --shell /usr/sbin/nologin swarm
run install -d -m 0700 -o swarm -g swarm "$SWARM_HOME"

echo "== code"
if [[ "$SOURCE_DIR" != "$INSTALL_DIR" ]]; then
  run install -d "$INSTALL_DIR"
  run cp -a "$SOURCE_DIR/." "$INSTALL_DIR/"
fi
run bash -c "cd '$INSTALL_DIR' && npm ci"

echo "== identity"
if [[ -f "$SWARM_HOME/agent.key" ]]; then
  echo "identity exists in $SWARM_HOME; leaving it (swarm init --force replaces it)"
else
  as_swarm init -a "$agent_id" -e "https://$domain/swarm" --host 127.0.0.1 --port "$UPSTREAM_PORT" --trust-proxy
fi

echo "== environment and unit"
[[ -f "$ENV_FILE" ]] || run install -m 0600 "$INSTALL_DIR/deploy/agent.env.example" "$ENV_FILE"
run install -m 0644 "$INSTALL_DIR/deploy/swarm-agent.service" "$UNIT_FILE"
run systemctl daemon-reload
run systemctl enable --now swarm-agent

echo "== certificate"
if [[ ! -f "/etc/letsencrypt/live/$domain/fullchain.pem" ]]; then
  systemctl is-active --quiet angie && run systemctl stop angie
  run certbot certonly --standalone -n --agree-tos -m "$email" -d "$domain"
fi

echo "== angie"
if command -v angie >/dev/null 2>&1; then
  if ! grep -q "server_name $domain;" /etc/angie/angie.conf 2>/dev/null; then
    [[ -f /etc/angie/angie.conf ]] && run cp /etc/angie/angie.conf "/etc/angie/angie.conf.bak.$(date +%s)"
    run bash -c "sed -e 's/{{DOMAIN}}/$domain/g' -e 's/{{UPSTREAM_PORT}}/$UPSTREAM_PORT/g' '$INSTALL_DIR/deploy/angie.conf.template' > /etc/angie/angie.conf"
    run install -m 0644 "$INSTALL_DIR/deploy/swarm_proxy.conf" /etc/angie/swarm_proxy.conf
    run install -d /var/www/acme
  fi
  run angie -t
  run systemctl enable --now angie
  run systemctl reload angie
fi

echo "== health"
for _ in 1 2 3 4 5; do
  if ((dry_run)) || curl -fsS "http://127.0.0.1:$UPSTREAM_PORT/swarm/health" >/dev/null; then break; fi
  sleep 2
done
((dry_run)) || curl -fsS "https://$domain/swarm/health" >/dev/null || echo "warning: https://$domain/swarm/health does not answer yet (DNS?)" >&2

if [[ -n "$join_url" ]]; then
  echo "== join"
  as_swarm join -t "$join_url" || echo "join failed; retry with: sudo -u swarm SWARM_HOME=$SWARM_HOME swarm join -t '<url>'" >&2
fi
echo "done: agent $agent_id at https://$domain/swarm"
