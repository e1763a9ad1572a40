#!/usr/bin/env bash
# Opens the one issue a scheduled workflow keeps, or updates it: found by its label among the open
# issues, so a week's report replaces last week's instead of piling up. With CLOSE_WHEN_EMPTY=1 and
# nothing to report (EMPTY_MARKER in the body), an open issue is closed with a comment instead.
# Usage: upsert-issue.sh <label> <title> <body-file>   (needs GH_TOKEN with issues: write)
set -euo pipefail
label="$1" title="$2" body="$3"

gh label create "$label" --color 0e8a16 --description "Kept up to date by a scheduled workflow" 2>/dev/null || true
number="$(gh issue list --state open --label "$label" --limit 1 --json number --jq '.[0].number // empty')"

if [[ "${CLOSE_WHEN_EMPTY:-0}" == 1 && -n "${EMPTY_MARKER:-}" ]] && grep -qF "$EMPTY_MARKER" "$body"; then
  if [[ -n "$number" ]]; then
    gh issue close "$number" --comment "Nothing to report any more: $(head -n 3 "$body" | tail -n 1)"
  fi
  exit 0
fi

if [[ -n "$number" ]]; then
  gh issue edit "$number" --title "$title" --body-file "$body"
  echo "Updated issue #$number"
else
  gh issue create --title "$title" --label "$label" --body-file "$body"
fi
