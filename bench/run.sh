#!/usr/bin/env bash
# The one command for the performance table: builds the CLI and the bench module, writes the synthetic
# corpus (10,000 runbooks, 100,000 alert rules) into bench/target/, and measures in separate processes.
# Extra arguments go to BenchMain, e.g. `bench/run.sh --git --runs 5` or `bench/run.sh --runbooks 1000`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -Pbench -DskipTests package >&2
# A fresh jar needs a fresh class-data archive; the launcher rebuilds it on its next run.
rm -f cli/target/runbook-governance*.jsa
exec java -jar bench/target/bench.jar "$@"
