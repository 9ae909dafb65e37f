#!/usr/bin/env bash
# Fuzzes the services parser with AFL++ and SharpFuzz on one core.
#
#   tests/PortRegistry.Fuzz/run-fuzz.sh [MINUTES]        fuzz for MINUTES (default 30), then print the figures
#   tests/PortRegistry.Fuzz/run-fuzz.sh --replay FILE... check saved inputs once with the uninstrumented harness
#
# It installs what is missing (Debian's afl++ when run as root, the SharpFuzz.CommandLine tool into the output
# folder), publishes the harness, instruments PortRegistry.dll, builds the seed corpus (generated files, the
# hand-written seeds/ and, when ../shared is beside the repository, slices of its services files) and runs afl-fuzz.
# Everything goes to artifacts/fuzz (FUZZ_OUT overrides): findings/default/{crashes,hangs,fuzzer_stats}.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${FUZZ_OUT:-$repo/artifacts/fuzz}
sharpfuzz_version=2.3.0

if [ "${1:-}" = "--replay" ]; then
    shift
    dotnet build "$here/PortRegistry.Fuzz.csproj" -c Release -o "$out/replay" -v quiet -nologo >/dev/null
    exec dotnet "$out/replay/PortRegistry.Fuzz.dll" "$@"
fi

minutes=${1:-30}
case $minutes in ''|*[!0-9]*) echo "usage: $0 [MINUTES] | --replay FILE..." >&2; exit 64 ;; esac

if ! command -v afl-fuzz >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
    else
        echo "afl-fuzz is missing: install Debian's afl++ (apt-get install afl++)" >&2
        exit 1
    fi
fi

mkdir -p "$out"
if [ ! -x "$out/tools/sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$out/tools" >/dev/null
fi

# A fresh, instrumented build of the harness: only PortRegistry.dll is instrumented, so coverage is the parser's. The
# library's IL is what gets instrumented, so its Release build output stays IL here (no ReadyToRun image: docs/packaging.md).
rm -rf "$out/bin"
dotnet publish "$here/PortRegistry.Fuzz.csproj" -c Release -o "$out/bin" -p:PortRegistryBuildReadyToRun=false -v quiet -nologo >/dev/null
"$out/tools/sharpfuzz" "$out/bin/PortRegistry.dll"

# Seeds: small files, as AFL++ prefers.
rm -rf "$out/seeds"
mkdir -p "$out/seeds"
dotnet "$out/bin/PortRegistry.Fuzz.dll" --seeds "$out/seeds" 40
cp "$here"/seeds/* "$out/seeds/"
shared=${PORTREGISTRY_SHARED:-$repo/../shared}
if [ -d "$shared/data/services" ]; then
    for file in "$shared"/data/services/*.services; do
        # The first 4 KiB of each real file, cut at a line end.
        head -c 4096 "$file" | sed '$d' > "$out/seeds/shared-$(basename "$file")"
    done
fi

rm -rf "$out/findings"
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1
afl-fuzz -i "$out/seeds" -o "$out/findings" -x "$here/services.dict" -t 5000 -m none -V $((minutes * 60)) \
    -- dotnet "$out/bin/PortRegistry.Fuzz.dll" > "$out/afl.log" 2>&1 || {
    echo "afl-fuzz failed; the end of $out/afl.log:" >&2
    tail -n 30 "$out/afl.log" >&2
    exit 1
}

stats=$out/findings/default/fuzzer_stats
echo "AFL++ $(dpkg-query -W -f='${Version}' afl++ 2>/dev/null || echo '?'), SharpFuzz $sharpfuzz_version, $minutes minutes on one core:"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|edges_found|total_edges|saved_crashes|saved_hangs|stability) ' "$stats"
crashes=$(find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f ! -name README.txt | wc -l)
if [ "$crashes" -gt 0 ]; then
    echo "$crashes crashing or hanging inputs; replay them with: $0 --replay $out/findings/default/crashes/*" >&2
    exit 2
fi
