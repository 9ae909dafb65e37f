#!/usr/bin/env bash
# Uses the packages the way a stranger would. Packs PortRegistry and PortRegistry.Cli into a temporary folder feed;
# checks what the packages carry; creates a fresh console app outside the repository (its own nuget.config, where
# package source mapping lets PortRegistry come only from that feed, and an empty package cache of its own so nothing
# stale is picked up); the app calls services.AddPortRegistry(), resolves the registry, looks ports up and labels a
# connection (with the Japanese satellite resources), and says which PortRegistry.dll it runs and whether that file
# carries ReadyToRun (precompiled) code. It runs three ways: framework-dependent and portable with `dotnet run` (the host
# must pick the package's runtimes/<rid>/lib image, and the JIT must compile none of the library's own methods on the
# way), published with -p:PublishReadyToRun=true -r linux-x64, and published NativeAOT. Then installs the portreg tool
# from the same feed with
# `dotnet tool install`, checks that on linux-x64 it is the native (NativeAOT) executable, runs `portreg lookup` and
# `portreg getent`, and times them against `getent services` (medians of 20 runs, printed with page faults; nothing is
# asserted on time). Musl machines (Alpine) must not get the native executable, which needs glibc: the tool has a
# framework-dependent package for linux-musl-x64, checked here for what it carries; the tool is installed twice more as
# a musl machine would install it (DOTNET_RUNTIME_ID sets the runtime identifier the SDK chooses the package for): as
# linux-musl-x64 it must get that package, as linux-musl-arm64 the "any" one; both are run.
#
#   eng/consumer-smoke.sh            exits 0 when everything works, 1 with a message saying what did not
#   KEEP=1 eng/consumer-smoke.sh     keeps the temporary folder for a look afterwards
#
# Needs the .NET SDK and the NuGet registry (for Microsoft.Extensions.DependencyInjection); on linux-x64 also clang and
# zlib1g-dev for the NativeAOT tool package; a few minutes.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/portregistry-consumer.XXXXXX")
feed=$work/feed
app=$work/app
tools=$work/tools
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cleanup() {
    if [[ "${KEEP:-}" == 1 ]]; then
        echo "consumer-smoke: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

fail() {
    echo "consumer-smoke: FAILED: $*" >&2
    exit 1
}

step() {
    echo "consumer-smoke: $*"
}

# Runs a command with its output in a log that is shown only when the command fails.
quietly() {
    "$@" > "$work/command.log" 2>&1 || { cat "$work/command.log" >&2; return 1; }
}

# Lists the file names inside a zip archive (a .nupkg or .snupkg) with whatever the machine has.
zip_names() {
    if command -v unzip > /dev/null; then
        unzip -Z1 "$1"
    elif command -v python3 > /dev/null; then
        python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"
    else
        fail "neither unzip nor python3 is installed, so $1 cannot be inspected"
    fi
}

# Prints one file of a zip archive.
zip_cat() {
    if command -v unzip > /dev/null; then
        unzip -p "$1" "$2"
    elif command -v python3 > /dev/null; then
        python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$1" "$2"
    else
        fail "neither unzip nor python3 is installed, so $1 cannot be inspected"
    fi
}

expect_file_in() {
    local archive=$1 name=$2
    zip_names "$archive" | grep -xF -- "$name" > /dev/null || fail "$(basename "$archive") does not contain $name"
}

started=$SECONDS
version=$(dotnet msbuild "$root/src/PortRegistry/PortRegistry.csproj" -nologo -getProperty:Version)
[[ -n "$version" ]] || fail "could not read the package version"

step "packing PortRegistry $version and PortRegistry.Cli into $feed"
quietly dotnet pack "$root/src/PortRegistry/PortRegistry.csproj" -c Release -o "$feed" -nologo \
    || fail "dotnet pack of PortRegistry failed"
# The tool is RID-specific: the package users install names one package per RID; "any" is framework-dependent, for
# every platform without a package of its own; linux-x64 is NativeAOT and can only be built on linux-x64.
quietly dotnet pack "$root/src/PortRegistry.Cli/PortRegistry.Cli.csproj" -c Release -o "$feed" -nologo \
    || fail "dotnet pack of PortRegistry.Cli failed"
quietly dotnet pack "$root/src/PortRegistry.Cli/PortRegistry.Cli.csproj" -c Release -r any -o "$feed" -nologo \
    || fail "dotnet pack -r any of PortRegistry.Cli failed"
# linux-musl-x64 is framework-dependent (portreg.dll, run by dotnet), so any machine can build it.
quietly dotnet pack "$root/src/PortRegistry.Cli/PortRegistry.Cli.csproj" -c Release -r linux-musl-x64 -o "$feed" -nologo \
    || fail "dotnet pack -r linux-musl-x64 of PortRegistry.Cli failed"
native=
if [[ "$(uname -s)-$(uname -m)" == Linux-x86_64 ]]; then
    native=linux-x64
    quietly dotnet pack "$root/src/PortRegistry.Cli/PortRegistry.Cli.csproj" -c Release -r linux-x64 -o "$feed" -nologo \
        || fail "dotnet pack -r linux-x64 (NativeAOT) of PortRegistry.Cli failed"
fi

library=$feed/PortRegistry.$version.nupkg
symbols=$feed/PortRegistry.$version.snupkg
tool=$feed/PortRegistry.Cli.$version.nupkg
tool_any=$feed/PortRegistry.Cli.any.$version.nupkg
tool_musl=$feed/PortRegistry.Cli.linux-musl-x64.$version.nupkg
for package in "$library" "$symbols" "$tool" "$tool_any" "$tool_musl"; do
    [[ -s "$package" ]] || fail "$(basename "$package") was not produced"
done

step "checking what the packages carry"
expect_file_in "$library" README.md
expect_file_in "$library" lib/net10.0/PortRegistry.dll
expect_file_in "$library" lib/net10.0/PortRegistry.xml
# ReadyToRun images beside the IL, one per runtime identifier (eng/ReadyToRun.targets; docs/packaging.md).
for rid in linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64; do
    expect_file_in "$library" "runtimes/$rid/lib/net10.0/PortRegistry.dll"
done
expect_file_in "$symbols" lib/net10.0/PortRegistry.pdb
expect_file_in "$tool" README.md
expect_file_in "$tool" tools/any/any/DotnetToolSettings.xml
expect_file_in "$tool_any" tools/net10.0/any/portreg.dll
expect_file_in "$tool_any" tools/net10.0/any/DotnetToolSettings.xml
if [[ -n "$native" ]]; then
    expect_file_in "$feed/PortRegistry.Cli.$native.$version.nupkg" "tools/any/$native/portreg"
fi
# The package users install names a package for every runtime identifier; each glibc Linux one (linux-<arch>, NativeAOT)
# needs its musl twin, or musl machines of that architecture would install an executable that needs glibc (the RID graph
# lets linux-musl-<arch> use linux-<arch> assets).
tool_settings=$(zip_cat "$tool" tools/any/any/DotnetToolSettings.xml)
tool_rids=$(grep -o 'RuntimeIdentifier="[^"]*"' <<< "$tool_settings" | cut -d'"' -f2)
for rid in linux-x64 linux-musl-x64 any; do
    grep -qxF "$rid" <<< "$tool_rids" || fail "$(basename "$tool") names no package for $rid: $(tr '\n' ' ' <<< "$tool_rids")"
done
for rid in $(grep -xE 'linux-[a-z0-9]+' <<< "$tool_rids"); do
    grep -qxF "linux-musl-${rid#linux-}" <<< "$tool_rids" \
        || fail "$(basename "$tool") names a $rid package but none for linux-musl-${rid#linux-}: musl machines would install the glibc one"
done
# The musl package: portreg.dll, its dependencies and runtimeconfig, run by dotnet; no executable of its own.
musl_dir=tools/net10.0/linux-musl-x64
for name in portreg.dll portreg.runtimeconfig.json portreg.deps.json PortRegistry.dll DotnetToolSettings.xml; do
    expect_file_in "$tool_musl" "$musl_dir/$name"
done
if zip_names "$tool_musl" | grep -xE 'tools/.*/portreg' > /dev/null; then
    fail "$(basename "$tool_musl") carries a portreg executable ($(zip_names "$tool_musl" | grep -xE 'tools/.*/portreg')): it must be the framework-dependent portreg.dll"
fi
musl_settings=$(zip_cat "$tool_musl" "$musl_dir/DotnetToolSettings.xml")
grep -q 'EntryPoint="portreg.dll"' <<< "$musl_settings" && grep -q 'Runner="dotnet"' <<< "$musl_settings" \
    || fail "$(basename "$tool_musl")'s DotnetToolSettings.xml does not run portreg.dll with dotnet: $musl_settings"
step "the tool names packages for $(tr '\n' ' ' <<< "$tool_rids")(linux-musl-x64: portreg.dll, run by dotnet)"

step "creating a consumer app in $app"
# From here on NuGet sees only the consumer's own, empty package folder.
export NUGET_PACKAGES=$work/packages
mkdir -p "$app"
# The machine's own package sources (whatever its NuGet configuration names), so that this script names no registry:
# the consumer's nuget.config clears them and adds them back after the folder feed, with source mapping that lets
# PortRegistry* come only from the folder feed.
mapfile -t machine_sources < <(cd "$work" && dotnet nuget list source --format short | awk '$1 ~ /^E/ { print $2 }')
[[ ${#machine_sources[@]} -gt 0 ]] || fail "this machine's NuGet configuration names no enabled package source"
{
    echo '<?xml version="1.0" encoding="utf-8"?>'
    echo '<configuration>'
    echo '  <packageSources>'
    echo '    <clear />'
    echo "    <add key=\"local-feed\" value=\"$feed\" />"
    for i in "${!machine_sources[@]}"; do
        echo "    <add key=\"machine-$i\" value=\"${machine_sources[$i]}\" />"
    done
    echo '  </packageSources>'
    echo '  <packageSourceMapping>'
    echo '    <packageSource key="local-feed">'
    echo '      <package pattern="PortRegistry" />'
    echo '      <package pattern="PortRegistry.*" />'
    echo '    </packageSource>'
    for i in "${!machine_sources[@]}"; do
        echo "    <packageSource key=\"machine-$i\"><package pattern=\"*\" /></packageSource>"
    done
    echo '  </packageSourceMapping>'
    echo '</configuration>'
} > "$work/nuget.config"
cat > "$app/Consumer.csproj" << XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PortRegistry" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
  </ItemGroup>
</Project>
XML

cat > "$app/Program.cs" << 'CS'
using Microsoft.Extensions.DependencyInjection;
using Ports;

var services = new ServiceCollection();
services.AddPortRegistry(options =>
{
    options.Source = PortDataSource.EmbeddedOnly;
    options.AddEntry("billing-api", 8081, "tcp", "billing");
});
using ServiceProvider provider = services.BuildServiceProvider();
PortRegistry ports = provider.GetRequiredService<PortRegistry>();

Console.WriteLine(ports.TryGetByPort(443, "tcp", out PortEntry? https) ? https.ToString() : "443/tcp: none");
Console.WriteLine(ports.TryGetByName("ssh", "tcp", out PortEntry? ssh) ? $"ssh/tcp: {ssh.Port} {ssh.Class}" : "ssh/tcp: none");
Console.WriteLine(ports.TryGetByName("billing", "tcp", out PortEntry? billing) ? $"billing/tcp: {billing.Name} {billing.Port}" : "billing/tcp: none");
Console.WriteLine($"sources: {string.Join(", ", ports.Sources.Select(s => s.Kind))}");
Console.WriteLine($"default: {(PortRegistry.Default.Entries.Count > 0 ? "loaded" : "empty")}");
ConnectionLabel label = ports.Label(52344, 443, "tcp", EphemeralPortRange.Iana);
Console.WriteLine(label);
Console.WriteLine(label.DescribeService(System.Globalization.CultureInfo.GetCultureInfo("ja")));
Console.WriteLine($"library: {LibraryKind()}");

// Which PortRegistry.dll this process runs, and whether that file carries ReadyToRun code: its CLI header points at a
// ReadyToRun header (ManagedNativeHeader). Under NativeAOT there is no file: the library was compiled into the program.
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Location is empty under NativeAOT, which is one of the answers.")]
static string LibraryKind()
{
    string path = typeof(PortRegistry).Assembly.Location;
    if (path.Length == 0)
    {
        return "native code (NativeAOT)";
    }

    using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
    bool readyToRun = pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    string relative = Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/');
    return $"{(readyToRun ? "ReadyToRun" : "IL only")} {relative}";
}
CS

expected_output=$'https 443/tcp # http protocol over TLS/SSL\nssh/tcp: 22 WellKnown\nbilling/tcp: billing-api 8081\nsources: Custom, Embedded\ndefault: loaded\n52344 -> 443 https (outbound, TLS)\nSSL/TLSによるHTTP接続'

step "restoring, building and running the consumer"
quietly dotnet build "$app/Consumer.csproj" -c Release -nologo --configfile "$work/nuget.config" \
    || fail "the consumer app did not restore or build against PortRegistry $version from the folder feed"
restored=$NUGET_PACKAGES/portregistry/$version
[[ -f "$restored/lib/net10.0/PortRegistry.xml" ]] || fail "the restored package has no XML documentation"
# Checks one run's output: the expected lines, then the library line ($2: what it must say).
check_output() {
    local how=$1 library=$2 output=$3
    if [[ "$(sed '$d' <<< "$output")" != "$expected_output" ]]; then
        diff <(echo "$expected_output") <(sed '$d' <<< "$output") >&2 || true
        fail "the consumer app ($how) printed something else than expected (diff above: < expected, > actual)"
    fi
    [[ "$(tail -n 1 <<< "$output")" == "library: $library" ]] \
        || fail "the consumer app ($how) runs '$(tail -n 1 <<< "$output")', not 'library: $library'"
}

# (a) Framework-dependent and portable, as `dotnet run` runs it: the host picks runtimes/<rid>/lib/net10.0/PortRegistry.dll
# from deps.json's runtimeTargets. The JIT's list of the methods it compiled must name none of the library's own methods
# (methods of Ports.* types; generic code over the library's types that lives in the framework, like
# FrozenDictionary<int, Ports...>, is still JIT-compiled, as with any library).
rid=$(dotnet msbuild "$app/Consumer.csproj" -nologo -getProperty:NETCoreSdkRuntimeIdentifier)
case "$rid" in
    linux-x64 | linux-arm64 | osx-arm64 | osx-x64 | win-x64) library_expected="ReadyToRun runtimes/$rid/lib/net10.0/PortRegistry.dll" ;;
    *) library_expected="IL only PortRegistry.dll" ;;
esac
actual_output=$(dotnet run --project "$app/Consumer.csproj" -c Release --no-build) || fail "the consumer app exited with status $?"
check_output "dotnet run" "$library_expected" "$actual_output"
echo "$actual_output" | sed 's/^/    /'
if [[ "$library_expected" == ReadyToRun* ]]; then
    # The same build started by the host directly, as `dotnet run` starts it, so that the list is the app's alone (with
    # `dotnet run` the CLI's own process would write to the same file).
    jitted=$work/jitted.txt
    DOTNET_JitStdOutFile="$jitted" DOTNET_JitDisasmSummary=1 dotnet "$app/bin/Release/net10.0/Consumer.dll" > /dev/null \
        || fail "the consumer app (dotnet Consumer.dll) exited with status $?"
    [[ -s "$jitted" ]] || fail "the JIT wrote no list of compiled methods to $jitted (DOTNET_JitStdOutFile)"
    library_jitted=$(grep -E '^ *[0-9]+: JIT compiled Ports\.' "$jitted" || true)
    if [[ -n "$library_jitted" ]]; then
        echo "$library_jitted" >&2
        fail "the JIT compiled $(wc -l <<< "$library_jitted") of the library's methods (above): its ReadyToRun code was not used"
    fi
    step "dotnet run: the JIT compiled $(grep -cE '^ *[0-9]+: JIT compiled ' "$jitted") methods in the whole process, none of them the library's own"
fi

# (b) Published ReadyToRun for linux-x64 by the app itself (the SDK's crossgen2 takes the package's linux-x64 image as
# it is), and (c) published NativeAOT: the same lookups from the same package.
if [[ -n "$native" ]]; then
    quietly dotnet publish "$app/Consumer.csproj" -c Release -r "$native" -p:PublishReadyToRun=true -o "$work/publish-r2r" -nologo \
        || fail "dotnet publish -p:PublishReadyToRun=true -r $native of the consumer app failed"
    actual_output=$("$work/publish-r2r/Consumer") || fail "the consumer app published ReadyToRun exited with status $?"
    check_output "published ReadyToRun" "ReadyToRun PortRegistry.dll" "$actual_output"
    step "published with PublishReadyToRun for $native: $(tail -n 1 <<< "$actual_output")"

    quietly dotnet publish "$app/Consumer.csproj" -c Release -r "$native" -p:PublishAot=true -o "$work/publish-aot" -nologo \
        || fail "dotnet publish -p:PublishAot=true -r $native of the consumer app failed"
    actual_output=$("$work/publish-aot/Consumer") || fail "the consumer app published NativeAOT exited with status $?"
    check_output "published NativeAOT" "native code (NativeAOT)" "$actual_output"
    step "published NativeAOT for $native: $(tail -n 1 <<< "$actual_output")"
fi

step "installing the portreg tool from the feed"
quietly dotnet tool install PortRegistry.Cli --version "$version" --tool-path "$tools" --configfile "$work/nuget.config" \
    || fail "dotnet tool install PortRegistry.Cli $version from the folder feed failed"
[[ -x "$tools/portreg" ]] || fail "the tool installed no portreg command"
if [[ -n "$native" ]]; then
    # The command is the native executable itself (an ELF file), not the .NET host's shim for portreg.dll.
    [[ "$(head -c 4 "$(readlink -f "$tools/portreg")" | od -An -c | tr -d ' ')" == '177ELF' ]] \
        || fail "the installed portreg is not an executable file"
    [[ "$(readlink -f "$tools/portreg")" == */tools/any/$native/portreg ]] \
        || fail "dotnet tool install did not install the $native package: $(readlink -f "$tools/portreg")"
    step "installed the native $native portreg ($(du -k "$(readlink -f "$tools/portreg")" | cut -f1) KB)"
    # libc is bound when the executable is linked (DirectPInvoke), not searched for at the first call (docs/cli.md).
    if command -v readelf > /dev/null; then
        imports=$(readelf -W --dyn-syms "$(readlink -f "$tools/portreg")")
        for symbol in open statx write readlink; do
            grep -Eq " UND +$symbol@" <<< "$imports" || fail "the native portreg does not import $symbol from libc: it would search for libc at run time"
        done
        echo "    it calls libc's open, statx, write and readlink directly"
    else
        echo "    (readelf is missing: the check that portreg binds libc when linked is skipped)"
    fi
fi

# Runs an installed portreg's lookup ($1: the command, $2: which install, for the messages) and checks its output.
check_lookup() {
    local command=$1 which=$2 output
    output=$("$command" --embedded lookup 443/tcp) || fail "portreg lookup 443/tcp ($which) exited with status $?"
    [[ "$output" == "https 443/tcp"* ]] || fail "portreg lookup 443/tcp ($which) printed '$output', not https 443/tcp first"
    grep -q "tls: *yes" <<< "$output" || fail "portreg lookup 443/tcp ($which) does not say https is TLS: '$output'"
    lookup_output=$output
}

step "running portreg"
check_lookup "$tools/portreg" "installed for this machine"
echo "$lookup_output" | sed 's/^/    /'
getent_output=$("$tools/portreg" getent 443) || fail "portreg getent 443 exited with status $?"
[[ "$getent_output" =~ ^https\ +443/tcp ]] || fail "portreg getent 443 printed '$getent_output', not https 443/tcp"
echo "    $getent_output"
status=0
"$tools/portreg" getent no-such-service-here > /dev/null || status=$?
[[ $status -eq 2 ]] || fail "portreg getent of an unknown name exited with $status, not 2 as getent does"

# What musl machines install. The SDK picks the tool's package for RuntimeInformation.RuntimeIdentifier (the runtime
# identifier the .NET host reports, which DOTNET_RUNTIME_ID overrides) through its RID graph, so the choice of an Alpine
# machine can be made here; the packages chosen are framework-dependent, so they run here too (the linux-musl-x64
# package's portreg.dll is built for x64).
for forced in linux-musl-x64:linux-musl-x64 linux-musl-arm64:any; do
    rid=${forced%%:*} expected=${forced#*:}
    forced_tools=$work/tools-$rid
    DOTNET_RUNTIME_ID=$rid quietly dotnet tool install PortRegistry.Cli --version "$version" --tool-path "$forced_tools" --configfile "$work/nuget.config" \
        || fail "dotnet tool install PortRegistry.Cli $version as $rid (DOTNET_RUNTIME_ID) failed"
    installed=$(ls -d "$forced_tools/.store/portregistry.cli/$version"/portregistry.cli.* 2> /dev/null | sed 's|.*/portregistry\.cli\.||' || true)
    [[ "$installed" == "$expected" ]] \
        || fail "dotnet tool install as $rid installed the package for '$installed', not PortRegistry.Cli.$expected"
    if [[ "$expected" == linux-musl-x64 && "$(uname -m)" != x86_64 ]]; then
        step "as $rid, dotnet tool install chose PortRegistry.Cli.$expected (not run: its portreg.dll is built for x64)"
        continue
    fi
    check_lookup "$forced_tools/portreg" "installed as $rid"
    step "as $rid, dotnet tool install chose PortRegistry.Cli.$expected, whose portreg.dll runs: $(head -n 1 <<< "$lookup_output")"
done

# Whole-process times, the three commands interleaved in one run so that they share the machine's load. Printed for
# the record (docs/cli.md); a shared CI machine is too noisy for a limit.
if command -v python3 > /dev/null && command -v getent > /dev/null; then
    step "timing (median of 20 runs, wall clock and CPU time of the process)"
    python3 - "$tools/portreg" << 'PY'
import os, statistics, subprocess, sys, time
portreg = sys.argv[1]
commands = {
    "getent services 443/tcp": ["getent", "services", "443/tcp"],
    "portreg getent 443/tcp": [portreg, "getent", "443/tcp"],
    "portreg lookup 443": [portreg, "lookup", "443"],
}
def run(command):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_minflt
wall = {name: [] for name in commands}
cpu = {name: [] for name in commands}
faults = {name: [] for name in commands}
for command in commands.values():
    run(command)
for _ in range(20):
    for name, command in commands.items():
        w, c, f = run(command)
        wall[name].append(w)
        cpu[name].append(c)
        faults[name].append(f)
base = statistics.median(wall["getent services 443/tcp"])
for name in commands:
    print(f"    {name:24s} wall {statistics.median(wall[name]):6.1f} ms ({statistics.median(wall[name]) / base:4.2f}x getent)  cpu {statistics.median(cpu[name]):5.1f} ms  page faults {statistics.median(faults[name]):4.0f}")
PY
fi

step "all checks passed in $((SECONDS - started)) s"
