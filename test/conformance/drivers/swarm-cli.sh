#!/bin/sh
# The driver of `swarm conformance client` for this project's CLI: one step per run, the step and its inputs in
# SWARM_CONFORMANCE_* (spec/schemas/ConformanceDriverStep.json). SWARM_HOME is the agent under test, initialised
# with `--ca-file <out>/ca.pem` and with its `swarm serve` running; SWARM_BIN is how to run the CLI (default
# `swarm`; word-split, e.g. `node /path/to/bin/swarm.js`).
set -eu
swarm=${SWARM_BIN:-swarm}
swarm_id=$SWARM_CONFORMANCE_SWARM_ID
case "$SWARM_CONFORMANCE_STEP" in
  join) exec $swarm join -t "$SWARM_CONFORMANCE_INVITE" --json ;;
  send-broadcast) exec $swarm send -s "$swarm_id" -m "$SWARM_CONFORMANCE_TEXT" --json ;;
  send-direct) exec $swarm send -s "$swarm_id" --to "$SWARM_CONFORMANCE_RECIPIENT" -m "$SWARM_CONFORMANCE_TEXT" --json ;;
  send-sealed) exec $swarm send -s "$swarm_id" --to "$SWARM_CONFORMANCE_RECIPIENT" --sealed -m "$SWARM_CONFORMANCE_TEXT" --json ;;
  leave) exec $swarm leave -s "$swarm_id" --yes --json ;;
  *)
    echo "unknown step: $SWARM_CONFORMANCE_STEP" >&2
    exit 64
    ;;
esac
