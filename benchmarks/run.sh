#!/usr/bin/env bash
# Runs the whole benchmark suite in a few minutes and prints one table (docs/performance.md).
#   benchmarks/run.sh              build, time the CLI as whole processes, run JMH, print the table
#   RUNS=20 benchmarks/run.sh      more CLI runs per command (default 10)
#   JMH_OPTS='-wi 10 -i 10' ...    other JMH options (default: -prof gc, and each benchmark class's
#                                  own warm-up and iterations, about 4 minutes in all)
# Works on a fresh clone: it builds what it needs with a reactor build (nothing is installed into
# ~/.m2). Uses hyperfine for the CLI timings when it is there (or can be installed with apt-get as
# root), else a plain loop; both report the median.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-10}"
jmh_opts="${JMH_OPTS:--prof gc}"
work="$root/benchmarks/target/run"
today=2026-11-27

echo "== machine: $(nproc) cores; load: $(uptime | sed 's/.*load average: //')" >&2
echo "== building benchmarks and cli ..." >&2
mvn -B -q -ntp -pl benchmarks,cli -am package -DskipTests -Djacoco.skip=true \
  -Dspotless.apply.skip=true -Dspotless.check.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2

rm -rf "$work" && mkdir -p "$work"
jar="$root/cli/target/coexist.jar"
java -jar "$jar" demo --out "$work/demo" --today "$today" >/dev/null
plan="$work/demo/exchange-server/plan.yaml"
validate=(validate --today "$today" "$plan")
# The dynamic AppCDS archive of one validate run (the launcher makes and uses the same kind).
java -XX:ArchiveClassesAtExit="$work/coexist.jsa" -jar "$jar" "${validate[@]}" >/dev/null 2>&1 || true

declare -A commands=(
  [cli.hello]="java -cp $root/benchmarks/target/classes io.github.coexist.benchmarks.HelloWorld"
  [cli.validate]="java -jar $jar ${validate[*]}"
  [cli.validateCds]="java -XX:SharedArchiveFile=$work/coexist.jsa -jar $jar ${validate[*]}"
  [cli.launcher]="$root/coexist ${validate[*]}"
)
order=(cli.hello cli.validate cli.validateCds cli.launcher)
"$root/coexist" --version >/dev/null 2>&1 || true # let the launcher make its archive first

if ! command -v hyperfine >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -qq hyperfine >/dev/null 2>&1 || true
fi

median_ms() { # runs "$1" $runs times (after one warm-up), prints the median wall time in ms
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N -i -w 1 -r "$runs" --export-csv "$work/h.csv" "$1" >/dev/null 2>&1
    awk -F, 'NR == 2 { printf "%.1f\n", $4 * 1000 }' "$work/h.csv"
  else
    bash -c "$1" >/dev/null 2>&1 || true
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      bash -c "$1" >/dev/null 2>&1 || true
      echo $(( ($(date +%s%N) - start) / 1000 ))
    done | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
  fi
}

echo "== CLI cold start, $runs runs each ($(command -v hyperfine >/dev/null && echo hyperfine || echo shell loop)) ..." >&2
: >"$work/cli-timings.properties"
for name in "${order[@]}"; do
  ms=$(median_ms "${commands[$name]}")
  cpu="" # hyperfine also measures the CPU time: a loaded machine inflates wall time far more
  if [ -f "$work/h.csv" ]; then
    cpu=$(awk -F, 'NR == 2 { printf ", user %.0f ms, system %.0f ms", $5 * 1000, $6 * 1000 }' "$work/h.csv")
    rm -f "$work/h.csv"
  fi
  echo "   $name: $ms ms$cpu  (${commands[$name]})" >&2
  echo "$name=$ms" >>"$work/cli-timings.properties"
done

echo "== JMH ($jmh_opts) ..." >&2
# shellcheck disable=SC2086
java -cp "$root/benchmarks/target/benchmarks.jar" io.github.coexist.benchmarks.Suite \
  --cli-timings "$work/cli-timings.properties" $jmh_opts -rf json -rff "$work/jmh.json" \
  'io.github.coexist.benchmarks.*Benchmark.*' | tee "$work/jmh.log" | sed -n '/^| comparison/,$p'
echo "== load after the run: $(uptime | sed 's/.*load average: //')" >&2
