#!/usr/bin/env bash
# The ranking table in a real terminal: runs `tamayuz report` on the quality-track samples inside
# tmux at 80 and 120 columns and checks that no table row is wider than the terminal (the pane is
# captured with wrapped lines joined, so a wrapped row shows as one line too wide), that columns
# left out are said, and that the legend and the ineligibility reason are below the table.
#
#   scripts/check-terminal.sh      (TAMAYUZ=path/to/tamayuz picks the binary; needs tmux)
#   CHECK_TERMINAL_ENV=COLUMNS=200 scripts/check-terminal.sh   shows the check failing
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
tamayuz="${TAMAYUZ:-.build/debug/tamayuz}"
[ -x "$tamayuz" ] || swift build --product tamayuz >&2
command -v tmux >/dev/null || { echo "check-terminal: tmux is missing" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
for width in 80 120; do
  session="tamayuz-check-$$-$width"
  tmux new-session -d -s "$session" -x "$width" -y 200 \
    "env -u COLUMNS ${CHECK_TERMINAL_ENV:-} $tamayuz report --criteria criteria/quality-track.xml samples/quality-track/ --previous samples/quality-track/previous/results-2012.json 2>/dev/null; echo END-OF-REPORT; sleep 30"
  for _ in $(seq 1 50); do
    tmux capture-pane -p -J -t "$session" -S -200 >"$work/$width.txt"
    grep -q END-OF-REPORT "$work/$width.txt" && break
    sleep 0.2
  done
  tmux kill-session -t "$session"
  screen="$work/$width.txt"
  # The table: from the header to the first empty line.
  table="$(awk 'NR == 1, /^$/' "$screen")"
  widest="$(printf '%s\n' "$table" | while IFS= read -r line; do printf '%s\n' "${#line}"; done | sort -n | tail -1)"
  rows="$(printf '%s\n' "$table" | grep -c -E '^(=?[0-9]+|—) ' || true)"
  check() { if ! eval "$2"; then echo "check-terminal: $width columns: $1" >&2; failed=1; fi; }
  check "a table row is $widest columns wide (wrapped)" "[ \"$widest\" -le $width ]"
  check "expected 10 rows, found $rows" "[ \"$rows\" -eq 10 ]"
  check "no legend of the area codes" "grep -q '^  IF  Institutional framework and leadership' \"$screen\""
  check "no ineligibility reason below the table" "grep -q '^ineligible: min_water_oases: ' \"$screen\""
  check "the columns left out are not said" "grep -q '^columns left out to fit $width columns' \"$screen\""
  [ "$failed" = 0 ] && echo "ok: the ranking table fits $width columns ($widest wide)"
done
exit "$failed"
