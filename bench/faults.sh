#!/bin/sh
# Faults under load: a PostgreSQL restart and Redis stopped, on a cluster and a Redis of the
# benchmark's own (bench/faults.py says how). Prints the errors and the seconds to heal.
cd "$(dirname "$0")/.." && exec .venv/bin/python bench/faults.py "$@"
