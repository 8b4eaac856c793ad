#!/bin/sh
# Registers the app's namespace once the Temporal server answers (the plain server image, unlike
# auto-setup, creates none). A namespace that exists is left as it is, so this is safe to rerun.
set -eu

: "${TEMPORAL_ADDRESS:?where the Temporal frontend listens, e.g. temporal:7233}"
namespace="${TEMPORAL_NAMESPACE:-default}"
retention="${TEMPORAL_RETENTION:-30d}"
attempts="${TEMPORAL_WAIT_ATTEMPTS:-60}"

tries=0
until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge "$attempts" ]; then
    echo "Temporal at $TEMPORAL_ADDRESS did not answer after $attempts tries" >&2
    exit 1
  fi
  sleep 2
done

if temporal operator namespace describe --address "$TEMPORAL_ADDRESS" --namespace "$namespace" >/dev/null 2>&1; then
  echo "namespace $namespace exists"
else
  temporal operator namespace create --address "$TEMPORAL_ADDRESS" --namespace "$namespace" --retention "$retention"
  echo "namespace $namespace created (retention $retention)"
fi
