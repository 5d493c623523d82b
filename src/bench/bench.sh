#!/bin/sh
# make bench: wall-time medians and peak memory of the tool, whole process, as a user sees it.
#   sh src/bench/bench.sh [LAUNCHER]     (default target/resume; BENCH_RUNS=5 runs of each)
# Run it from the repository's root (make bench does).
# Prints a table: a cold render of each sample, a batch of 50 renders in one call,
# the re-render time of `resume watch`, and typst and
# pdflatex on the same CV when they are on the PATH (their sources: src/bench/cao.typ, cao.tex).
set -eu
tool=${1:-target/resume}
runs=${BENCH_RUNS:-5}
[ "$runs" -ge 5 ] || { echo "bench: BENCH_RUNS must be 5 or more" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ms() { date +%s%N | cut -c1-13; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure NAME COMMAND...: runs the command $runs times (after one warm-up run for the disk
# cache, not timed), prints median wall time and median peak resident memory.
measure() {
    name=$1; shift
    "$@" >/dev/null 2>&1 || { printf '%-34s %s\n' "$name" "failed: $*"; return 0; }
    : > "$tmp/wall"; : > "$tmp/rss"
    i=0
    while [ $i -lt "$runs" ]; do
        t0=$(now_ms)
        /usr/bin/time -f %M -o "$tmp/m" "$@" >/dev/null 2>&1
        t1=$(now_ms)
        echo $((t1 - t0)) >> "$tmp/wall"
        tail -n 1 "$tmp/m" >> "$tmp/rss"
        i=$((i + 1))
    done
    wall=$(median < "$tmp/wall")
    rss=$(median < "$tmp/rss")
    printf '%-34s %9.3f s %8.0f MB\n' "$name" "$(echo "$wall / 1000" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}

echo "resume bench: $tool, median of $runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %11s %11s\n' "" "wall" "peak RSS"
for f in resumes/*.yml; do
    n=$(basename "$f" .yml)
    measure "cold render $n" "$tool" render "$f" -o "$tmp/$n.pdf"
done
# The CV of the comparison: seed 000, resumes/cao.yml (src/bench/cao.typ and cao.tex are it).
n=${BENCH_CV:-cao}
measure "cold render $n, no class archive" env RESUME_NO_AOT=1 "$tool" render "resumes/$n.yml" -o "$tmp/$n.pdf"
mkdir -p "$tmp/batch"
i=1
while [ $i -le 50 ]; do cp "resumes/$n.yml" "$tmp/batch/$n-$i.yml"; i=$((i + 1)); done
measure "batch of 50 ($n) in one call" sh -c "\"$tool\" render -d \"$tmp/batch-out\" \"$tmp\"/batch/*.yml"

here=$(cd "$(dirname "$0")" && pwd)
fonts=$(cd "$here/../.." && pwd)/fonts
# Typst sets the CV in the same fonts as the tool (TeX Gyre Pagella from fonts/).
if command -v typst >/dev/null 2>&1 && [ -f "$here/$n.typ" ]; then
    measure "typst compile $n.typ" typst compile --font-path "$fonts" "$here/$n.typ" "$tmp/typst.pdf"
    measure "50 x typst compile" sh -c "for i in \$(seq 50); do typst compile --font-path \"$fonts\" \"$here/$n.typ\" \"$tmp/typst.pdf\"; done"
else
    echo "typst: skipped ($(command -v typst >/dev/null 2>&1 && echo "no $here/$n.typ" || echo "not on the PATH"))"
fi
if command -v pdflatex >/dev/null 2>&1 && [ -f "$here/$n.tex" ]; then
    measure "pdflatex $n.tex (one run)" sh -c "cd \"$tmp\" && pdflatex -interaction=batchmode \"$here/$n.tex\""
    measure "pdflatex $n.tex (two runs)" sh -c "cd \"$tmp\" && pdflatex -interaction=batchmode \"$here/$n.tex\" && pdflatex -interaction=batchmode \"$here/$n.tex\""
else
    echo "pdflatex: skipped ($(command -v pdflatex >/dev/null 2>&1 && echo "no $here/$n.tex" || echo "not on the PATH"))"
fi
# Watch: from a save to the new PDF in place, as a user waits for it: the time from just before
# the write to the PDF's modification time (it is written to a temporary file and renamed, so
# that is when its last byte was written). This includes the debounce (the watcher waits until
# the folder has been quiet for 20 ms). Over $runs saves a second apart, after a warm-up save;
# the render time alone, as `resume watch` prints it, is shown beside it.
mkdir -p "$tmp/watch"
cp "resumes/$n.yml" "$tmp/watch/cv.yml"
"$tool" watch "$tmp/watch/cv.yml" > "$tmp/watch.out" 2>&1 &
pid=$!
i=0
while ! grep -q watching "$tmp/watch.out" && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
: > "$tmp/latency"
i=0
while [ $i -le "$runs" ]; do
    t0=$(date +%s%N)
    echo "# save $i" >> "$tmp/watch/cv.yml"
    sleep 1
    t1=$(stat -c %.9Y "$tmp/watch/cv.pdf" | tr -d .)
    [ $i -eq 0 ] || echo $(( (t1 - t0) / 1000000 )) >> "$tmp/latency"
    i=$((i + 1))
done
kill $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
renders=$(sed -n '/watching/,$p' "$tmp/watch.out" | grep ' s$' | awk '{print $(NF-1) * 1000}' | tail -n "$runs")
if [ "$(echo "$renders" | grep -c .)" -ge "$runs" ] && [ "$(grep -c . "$tmp/latency")" -ge "$runs" ]; then
    printf '%-34s %9.3f s   (the render alone: %.3f s)\n' "watch: save to PDF written ($n)" \
        "$(echo "$(median < "$tmp/latency") / 1000" | bc -l)" "$(echo "$(echo "$renders" | median) / 1000" | bc -l)"
else
    echo "watch re-render: failed; output:"; cat "$tmp/watch.out"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
