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

# Writes the header, then the given lines sorted and without duplicates, to a file.
write_sorted() {
    local file=$1
    shift
    { echo "$header"; printf '%s\n' "$@" | grep -v -e '^$' -e "^$header\$" | LC_ALL=C sort -u; } > "$file.tmp"
    mv "$file.tmp" "$file"
}

read_entries() {
    grep -v -e '^$' -e "^$header\$" "$1" || true
}

if [[ "${1:-}" == "--ship" ]]; then
    mapfile -t old_shipped < <(read_entries "$shipped")
    mapfile -t new_entries < <(read_entries "$unshipped")
    kept=()
    for entry in "${old_shipped[@]}"; do
        removed=0
        for candidate in "${new_entries[@]}"; do
            [[ "$candidate" == "*REMOVED*$entry" ]] && removed=1 && break
        done
        ((removed)) || kept+=("$entry")
    done
    added=()
    for entry in "${new_entries[@]}"; do
        [[ "$entry" == \*REMOVED\** ]] || added+=("$entry")
    done
    write_sorted "$shipped" "${kept[@]}" "${added[@]}"
    echo "$header" > "$unshipped"
    echo "Moved ${#new_entries[@]} entries into $(basename "$shipped")."
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

mapfile -t missing < <(sed -n "s/.* RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" "$log" | LC_ALL=C sort -u)
mapfile -t gone < <(sed -n "s/.* RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" "$log" | LC_ALL=C sort -u)

mapfile -t entries < <(read_entries "$unshipped")
result=()
for entry in "${entries[@]}"; do
    drop=0
    for symbol in "${gone[@]}"; do
        [[ "$entry" == "$symbol" ]] && drop=1 && break
    done
    ((drop)) || result+=("$entry")
done

breaking=0
for symbol in "${gone[@]}"; do
    if grep -qxF -- "$symbol" "$shipped"; then
        result+=("*REMOVED*$symbol")
        echo "BREAKING: '$symbol' was shipped and is now gone or changed." >&2
        breaking=1
    fi
done

write_sorted "$unshipped" "${result[@]}" "${missing[@]}"
echo "update-public-api: ${#missing[@]} added, ${#gone[@]} removed; review 'git diff -- $(realpath --relative-to="$PWD" "$project_dir")/PublicAPI.*.txt'."
if ((breaking)); then
    echo "update-public-api: the change removes shipped API; it needs a new major version." >&2
fi

# Check the result: the library must now build cleanly with the analyzers' rules as errors.
dotnet build "$project_dir/PortRegistry.csproj" -nologo -clp:NoSummary -v:q
