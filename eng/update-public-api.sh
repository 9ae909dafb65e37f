#!/usr/bin/env bash
# Brings src/PortRegistry/PublicAPI.Unshipped.txt up to date with the code, from the PublicApiAnalyzers' own findings:
# RS0016 (a public symbol is not listed) adds the symbol; RS0017 (a listed symbol is gone) removes it, or, when it was
# shipped, records it as *REMOVED* (a breaking change: the script says so). Review the diff before committing.
#
#   eng/update-public-api.sh          update PublicAPI.Unshipped.txt
#   eng/update-public-api.sh --ship   at a release: move every Unshipped entry into PublicAPI.Shipped.txt
#
# See docs/api-changes.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
project_dir=$root/src/PortRegistry
shipped=$project_dir/PublicAPI.Shipped.txt
unshipped=$project_dir/PublicAPI.Unshipped.txt
header='#nullable enable'

# Writes the header, then the lines of standard input sorted and without duplicates, to a file.
write_sorted() {
    { echo "$header"; { grep -v -e '^$' -e "^$header\$" || true; } | LC_ALL=C sort -u; } > "$1.tmp"
    mv "$1.tmp" "$1"
}

# Prints the entries of an API file: every line but the header and blank lines.
read_entries() {
    grep -v -e '^$' -e "^$header\$" "$1" || true
}

# Prints the lines of the first text that are not lines of the second.
minus() {
    grep -vxF -f <(printf '%s\n' "$2") <<< "$1" || true
}

if [[ "${1:-}" == "--ship" ]]; then
    entries=$(read_entries "$unshipped")
    removed=$(sed -n 's/^\*REMOVED\*//p' <<< "$entries")
    { minus "$(read_entries "$shipped")" "$removed"; grep -v '^\*REMOVED\*' <<< "$entries" || true; } | write_sorted "$shipped"
    echo "$header" > "$unshipped"
    echo "update-public-api: moved $(grep -c . <<< "$entries" || true) entries into $(basename "$shipped")."
    exit 0
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--ship]" >&2
    exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# A full rebuild so that every diagnostic is reported again; as warnings, so the build goes on past them.
if ! dotnet build "$project_dir/PortRegistry.csproj" --no-incremental -nologo -clp:NoSummary \
        -p:TreatWarningsAsErrors=false \
        > "$log" 2>&1; then
    if grep -E ': error ' "$log" | grep -qvE 'error RS001[67]:'; then
        grep -E ': error ' "$log" | grep -vE 'error RS001[67]:' | sort -u >&2
        echo "update-public-api: the library does not build for other reasons; fix those first." >&2
        exit 1
    fi
fi

missing=$(sed -n "s/.* RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" "$log" | LC_ALL=C sort -u)
gone=$(sed -n "s/.* RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" "$log" | LC_ALL=C sort -u)

# A symbol that is gone leaves Unshipped; if it had shipped, it is recorded as removed, which breaks users.
breaking=$(grep -xF -f <(printf '%s\n' "$gone") <(read_entries "$shipped") || true)
{
    minus "$(read_entries "$unshipped")" "$gone"
    printf '%s\n' "$missing"
    [[ -z "$breaking" ]] || sed 's/^/*REMOVED*/' <<< "$breaking"
} | write_sorted "$unshipped"

count() { grep -c . <<< "$1" || true; }
echo "update-public-api: $(count "$missing") added, $(count "$gone") removed; review 'git diff -- $(realpath --relative-to="$PWD" "$project_dir")/PublicAPI.*.txt'."
if [[ -n "$breaking" ]]; then
    sed 's/^/BREAKING: shipped, now gone or changed: /' <<< "$breaking" >&2
    echo "update-public-api: the change removes shipped API; it needs a new major version." >&2
fi

# Check the result: the library must now build cleanly with the analyzers' rules as errors.
dotnet build "$project_dir/PortRegistry.csproj" -nologo -clp:NoSummary -v:q
