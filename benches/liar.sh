#!/bin/sh
# A deliberately wrong peer for `--check`: runs python3, then adds a line, so
# the suite must mark every one of its rows wrong.
python3 "$@"
status=$?
echo "a line python3 never printed"
exit $status
