#!/usr/bin/env bash
# Runs the whole benchmark suite in a few minutes and prints one table (docs/performance.md).
#   benchmarks/run.sh              build, time the CLI as whole processes, run JMH, print the table
#   RUNS=30 benchmarks/run.sh      more CLI runs per command (default 15)
#   JMH_OPTS='-wi 10 -i 10' ...    other JMH options (default: -prof gc, and each benchmark class's
#                                  own warm-up and iterations, about 4 minutes in all)
#   COLD_START_ONLY=1 ...          the CLI cold-start rows only (no JMH; a minute or two)
#   NO_BUILD=1 ...                 use the jars already built (after a build of benchmarks and cli)
# Works on a fresh clone: it builds what it needs with a reactor build (nothing is installed into
# ~/.m2). The CLI timings are medians of rounds that run every command once, in turn.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-15}"
jmh_opts="${JMH_OPTS:--prof gc}"
work="$root/benchmarks/target/run"
today=2026-11-27

echo "== machine: $(nproc) cores; load: $(uptime | sed 's/.*load average: //')" >&2
if [ -z "${NO_BUILD:-}" ]; then
  echo "== building benchmarks and cli ..." >&2
  mvn -B -q -ntp -pl benchmarks,cli -am package -DskipTests -Djacoco.skip=true \
    -Dspotless.apply.skip=true -Dspotless.check.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
fi

rm -rf "$work" && mkdir -p "$work"
jar="$root/cli/target/coexist.jar"
benchmarks="$root/benchmarks/target/benchmarks.jar"
# First the launcher: it rebuilds the jar when any source is newer than it (a benchmark's too),
# and makes its class-data archive; everything below then uses that jar.
"$root/coexist" --version >/dev/null 2>&1 || true
java -jar "$jar" demo --out "$work/demo" --today "$today" >/dev/null
plan="$work/demo/exchange-server/plan.yaml"
validate=(validate --today "$today" "$plan")
# The dynamic AppCDS archive of one validate run.
java -XX:ArchiveClassesAtExit="$work/coexist.jsa" -jar "$jar" "${validate[@]}" >/dev/null 2>&1 || true

# The hello world and the floors run as ./coexist runs coexist: its JVM options (read from the
# launcher, so they are written once) and a static class-data archive of their own training run,
# made as the launcher makes its own.
launcher_opts="$(sed -n 's/^java_opts="${COEXIST_JAVA_OPTS-\(.*\)}"$/\1/p' "$root/coexist")"
if [ -z "$launcher_opts" ]; then
  echo "run.sh: cannot read the JVM options (java_opts=...) from $root/coexist" >&2
  exit 1
fi
quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
archived() { # NAME MAIN ARGS...: prints the command that runs MAIN with its own archive
  local name="$1"
  shift
  # shellcheck disable=SC2086
  java $launcher_opts $quiet -XX:DumpLoadedClassList="$work/$name.classes" -cp "$benchmarks" "$@" \
    >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  java $quiet -Xshare:dump -XX:SharedClassListFile="$work/$name.classes" \
    -XX:SharedArchiveFile="$work/$name.jsa" -cp "$benchmarks" >/dev/null 2>&1 ||
    echo "run.sh: $name: the class-data archive could not be made; it runs without one" >&2
  echo "java -XX:SharedArchiveFile=$work/$name.jsa -Xshare:auto $quiet $launcher_opts -cp $benchmarks $*"
}
main=io.github.coexist.benchmarks
declare -A commands=(
  [cli.hello]="$(archived hello $main.HelloWorld)"
  [cli.floorPicocli]="$(archived floorPicocli $main.PicocliFloor "${validate[@]}")"
  [cli.floorPicocliSpec]="$(archived floorPicocliSpec $main.PicocliSpecFloor "${validate[@]}")"
  [cli.floorYaml]="$(archived floorYaml $main.YamlFloor "$plan")"
  [cli.floorLibraries]="$(archived floorLibraries $main.LibrariesFloor "${validate[@]}")"
  [cli.validate]="java -jar $jar ${validate[*]}"
  [cli.validateCds]="java -XX:SharedArchiveFile=$work/coexist.jsa -jar $jar ${validate[*]}"
  [cli.launcher]="$root/coexist ${validate[*]}"
  [cli.version]="$root/coexist --version"
)
order=(cli.hello cli.floorPicocli cli.floorPicocliSpec cli.floorYaml cli.floorLibraries
  cli.validate cli.validateCds cli.launcher cli.version)

# Rounds: each round runs every command once, so a change in the machine's load during the
# measurement falls on all of them alike (one command's runs in a row would catch it alone).
# bash's time gives the wall and the CPU time (user + system) of each run.
echo "== CLI cold start, $runs rounds of every command (after one warm-up round) ..." >&2
TIMEFORMAT='%3R %3U %3S'
for round in $(seq 0 "$runs"); do
  for name in "${order[@]}"; do
    # shellcheck disable=SC2086
    { time ${commands[$name]} >/dev/null 2>&1; } 2>"$work/time" || true
    if [ "$round" -gt 0 ]; then
      cat "$work/time" >>"$work/$name.times"
    fi
  done
done
median() { # the median of the numbers on standard input, times 1000
  sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f\n", m * 1000 }'
}
: >"$work/cli-timings.properties"
for name in "${order[@]}"; do
  wall=$(awk '{ print $1 }' "$work/$name.times" | median)
  cpu=$(awk '{ print $2 + $3 }' "$work/$name.times" | median)
  echo "   $name: $wall ms, CPU $cpu ms  (${commands[$name]})" >&2
  echo "$name=$wall" >>"$work/cli-timings.properties"
  echo "$name.cpu=$cpu" >>"$work/cli-timings.properties"
done
if [ -n "${COLD_START_ONLY:-}" ]; then
  java -cp "$benchmarks" io.github.coexist.benchmarks.Suite \
    --cli-timings "$work/cli-timings.properties" --table-only | grep -E '^\| (comparison|---|5 )'
  echo "== load after the run: $(uptime | sed 's/.*load average: //')" >&2
  exit 0
fi

echo "== JMH ($jmh_opts) ..." >&2
# shellcheck disable=SC2086
java -cp "$root/benchmarks/target/benchmarks.jar" io.github.coexist.benchmarks.Suite \
  --cli-timings "$work/cli-timings.properties" $jmh_opts -rf json -rff "$work/jmh.json" \
  'io.github.coexist.benchmarks.*Benchmark.*' | tee "$work/jmh.log" | sed -n '/^| comparison/,$p'
echo "== load after the run: $(uptime | sed 's/.*load average: //')" >&2
