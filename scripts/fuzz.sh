#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one after the other (the fuzz crate is in fuzz/, outside
# the workspace). Corpora start from the team's own samples (data/samples) and grow in
# fuzz/corpus/<target>; crashes land in fuzz/artifacts/<target>/ and make this script exit 1.
#
#   scripts/fuzz.sh 600                 # every target, 10 minutes each
#   scripts/fuzz.sh 60 score csv_writer # only these targets
#
# Targets: extract_text, extract_html, score, csv_writer (fuzz/); warc, jsonl (fuzz/sources/, run
# by default when crates/sources exists).
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). libFuzzer needs nightly-only compiler flags; on a
# stable toolchain this sets RUSTC_BOOTSTRAP=1 (unless FUZZ_TOOLCHAIN names a nightly, e.g.
# FUZZ_TOOLCHAIN=nightly). The address sanitizer is off by default (FUZZ_SANITIZER=address turns it
# on): the code is safe Rust, and without it the targets run several times faster.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}"
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(extract_text extract_html score csv_writer)
    if [ -d "$root/crates/sources" ]; then
        targets+=(warc jsonl)
    fi
fi

if [ -n "${FUZZ_TOOLCHAIN:-}" ]; then
    cargo_fuzz=(cargo "+$FUZZ_TOOLCHAIN" fuzz)
else
    export RUSTC_BOOTSTRAP=1
    cargo_fuzz=(cargo fuzz)
fi
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$root/fuzz/target}"

seed() {
    local target="$1" dir="$fuzz_dir/corpus/$1"
    mkdir -p "$dir"
    [ -n "$(ls -A "$dir")" ] && return
    for f in "$root"/data/samples/*.txt "$root"/data/samples/*.html; do
        case "$target" in
            extract_text) [[ "$f" == *.txt ]] && cp "$f" "$dir/" ;;
            extract_html) [[ "$f" == *.html ]] && cp "$f" "$dir/" ;;
            # The first byte picks the format: 0 text, 1 HTML, 2 sniffed.
            score)
                if [[ "$f" == *.html ]]; then printf '\001' ; else printf '\000'; fi | cat - "$f" >"$dir/$(basename "$f")" ;;
            # Fields separated by 0xFF: id, error, title, site name, byline, URL, canonical, language...
            csv_writer)
                head -1 "$f" | tr -d '\n' >"$dir/$(basename "$f")"
                printf '\377=HYPERLINK("http://x","y")\377-1+2\377@SUM(A1)\377\tx\377\rx' >>"$dir/$(basename "$f")" ;;
            # One record per sample, as the CLI's JSON Lines input reads them.
            jsonl)
                python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "url": "https://news.example.com/a", "text": open(sys.argv[1], errors="replace").read()}))' "$f" >"$dir/$(basename "$f").jsonl" ;;
            # A WARC response record wrapping each HTML sample.
            warc)
                if [[ "$f" == *.html ]]; then
                    local http body_len
                    http="$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat "$f")"
                    body_len=$(printf '%s' "$http" | wc -c)
                    {
                        printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.com/a\r\n'
                        printf 'WARC-Date: 2024-03-14T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n'
                        printf 'Content-Length: %d\r\n\r\n%s\r\n\r\n' "$body_len" "$http"
                    } >"$dir/$(basename "$f").warc"
                fi ;;
        esac
    done
    # The last sample may not be one this target takes: that is not a failure.
    return 0
}

status=0
for t in "${targets[@]}"; do
    # cargo-fuzz finds a fuzz crate from the project root; the readers' targets have their own.
    case "$t" in
        warc | jsonl) fuzz_dir="$root/fuzz/sources" ;;
        *) fuzz_dir="$root/fuzz" ;;
    esac
    cd "$root"
    seed "$t"
    echo "== $t: ${seconds}s" >&2
    if ! "${cargo_fuzz[@]}" run --fuzz-dir "$fuzz_dir" --release --sanitizer "${FUZZ_SANITIZER:-none}" "$t" "$fuzz_dir/corpus/$t" -- \
        -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1; then
        echo "== $t: crash or failure, see $fuzz_dir/artifacts/$t/" >&2
        status=1
    fi
done
exit $status
