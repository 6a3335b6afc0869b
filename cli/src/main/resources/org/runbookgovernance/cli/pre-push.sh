#!/bin/sh
# runbook-governance pre-push hook: installed by `runbook-governance hook install`,
# removed by `runbook-governance hook uninstall` (which removes only a hook carrying this line).
#
# Checks the runbooks this push changes against the remote's default branch, with the same
# .runbook-governance.yml as CI, and blocks the push when the check fails (exit 1).
# Skip it once with `git push --no-verify`. RUNBOOK_GOVERNANCE=/path/to/runbook-governance picks the tool.

dir=@DIR@
config=@CONFIG@
target=@TARGET@
remote="${1:-origin}"
name="runbook-governance pre-push"

# Deleting remote branches only: nothing to check.
pushing=0
while read -r local_ref local_sha remote_ref remote_sha; do
    case "$local_sha" in
        *[!0]*) pushing=1 ;;
    esac
done
[ "$pushing" = 1 ] || exit 0

top=$(git rev-parse --show-toplevel 2>/dev/null) && cd "$top" || exit 0

tool="${RUNBOOK_GOVERNANCE:-}"
if [ -z "$tool" ]; then
    if command -v runbook-governance >/dev/null 2>&1; then
        tool=runbook-governance
    elif [ -x ./runbook-governance ]; then
        tool=./runbook-governance
    fi
fi
if [ -z "$tool" ] || ! command -v "$tool" >/dev/null 2>&1; then
    echo "$name: runbook-governance not found (not on PATH, no ./runbook-governance, RUNBOOK_GOVERNANCE unset);" \
        "pushing without the runbook check. CI still runs it." >&2
    exit 0
fi

# The branch the remote's HEAD points at (origin/HEAD -> main), else main.
if [ -z "$target" ]; then
    head=$(git symbolic-ref --quiet --short "refs/remotes/$remote/HEAD" 2>/dev/null)
    target="${head#"$remote"/}"
    [ -n "$target" ] || target=main
fi

set -- check "$dir" --changed-only --target "$target"
if [ -n "$config" ]; then
    set -- "$@" --config "$config"
fi

echo "$name: $tool $*" >&2
"$tool" "$@"
code=$?
case "$code" in
    0)
        exit 0
        ;;
    1)
        echo "$name: push blocked: fix the findings above, or waive them with a reason;" \
            'skip the check once with `git push --no-verify`.' >&2
        exit 1
        ;;
    2)
        echo "$name: push blocked: the check could not run (bad usage, config or input, see above);" \
            'fix it, or skip the check once with `git push --no-verify`.' >&2
        exit 1
        ;;
    *)
        echo "$name: runbook-governance failed to start (exit $code); pushing without the runbook check." >&2
        exit 0
        ;;
esac
