using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Ports.Tests.Reliability;

/// <summary>
/// What must hold for any input, however broken: parsing never throws, every entry is one a services file can hold
/// and reads back from its own <see cref="PortEntry.ToString"/>, and every lookup answers what a plain first-match scan
/// of <see cref="PortRegistry.Entries"/> answers. The fuzzer (<c>tests/PortRegistry.Fuzz</c>, which links this file)
/// turns a violation into a crash; the property tests run the same checks in CI.
/// </summary>
internal static class ParserInvariants
{
    private static readonly SearchValues<char> s_breakers = SearchValues.Create(" \t\n\v\f\r#\0");
    private static readonly char[] s_whitespace = [' ', '\t', '\n', '\v', '\f', '\r'];

    /// <summary>Checks an input twice: as the bytes of a file, and the same bytes taken as UTF-16 text (any char, lone surrogates included).</summary>
    /// <param name="input">The input.</param>
    /// <exception cref="InvalidOperationException">An invariant does not hold; the message says which.</exception>
    public static void CheckBytesAndChars(ReadOnlySpan<byte> input)
    {
        PortRegistry fromBytes = CheckBytes(input);
        if (Utf8.IsValid(input))
        {
            // Valid UTF-8 decodes the same way through either overload.
            PortRegistry fromString = PortRegistry.Parse(Encoding.UTF8.GetString(input));
            Require(fromString.Entries.SequenceEqual(fromBytes.Entries), "Parse(string) and Parse(bytes) differ on valid UTF-8");
        }

        Check(PortRegistry.Parse(MemoryMarshal.Cast<byte, char>(input[..(input.Length & ~1)])), input.Length / 2);
    }

    /// <summary>Parses the bytes of a services file and checks the result.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="InvalidOperationException">An invariant does not hold.</exception>
    public static PortRegistry CheckBytes(ReadOnlySpan<byte> utf8)
    {
        PortRegistry registry = PortRegistry.Parse(utf8);
        Check(registry, utf8.Length);
        return registry;
    }

    /// <summary>Checks a parsed registry.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="inputLength">The length of the input, which bounds the number of lines.</param>
    /// <exception cref="InvalidOperationException">An invariant does not hold.</exception>
    public static void Check(PortRegistry registry, int inputLength)
    {
        CheckEntries(registry);
        CheckDiagnostics(registry, inputLength);
        CheckRoundTrip(registry);
        CheckLookups(registry);
    }

    private static void CheckEntries(PortRegistry registry)
    {
        foreach (PortEntry entry in registry.Entries)
        {
            Require(entry.Name.Length > 0 && entry.Name.AsSpan().IndexOfAny(s_breakers) < 0, $"bad name '{entry.Name}'");
            Require(entry.Protocol.AsSpan().IndexOfAny(s_breakers) < 0, $"bad protocol '{entry.Protocol}'");
            Require(entry.Port is >= 0 and <= 65535, $"port {entry.Port} out of range");
            Require(entry.Aliases.All(a => a.Length > 0 && a.AsSpan().IndexOfAny(s_breakers) < 0), $"bad alias in '{entry}'");
            Require(entry.Description is null || (entry.Description.Length > 0 && entry.Description == entry.Description.Trim(s_whitespace) && !entry.Description.Contains('\n', StringComparison.Ordinal) && !entry.Description.Contains('\0', StringComparison.Ordinal)), $"bad description in '{entry}'");
            Require(entry.Class == PortRegistry.GetPortClass(entry.Port), $"class of '{entry}'");
        }
    }

    private static void CheckDiagnostics(PortRegistry registry, int inputLength)
    {
        int previous = 0;
        foreach (ServicesDiagnostic diagnostic in registry.Diagnostics)
        {
            Require(diagnostic.LineNumber > previous, $"diagnostic line numbers not ascending at {diagnostic.LineNumber}");
            Require(diagnostic.Line.Length <= 200, "diagnostic text longer than 200 characters");
            previous = diagnostic.LineNumber;
        }

        Require(registry.Entries.Count + registry.Diagnostics.Count <= inputLength, "more entries and diagnostics than input characters");
    }

    private static void CheckRoundTrip(PortRegistry registry)
    {
        var text = new StringBuilder();
        foreach (PortEntry entry in registry.Entries)
        {
            text.Append(entry).Append('\n');
        }

        PortRegistry again = PortRegistry.Parse(text.ToString());
        Require(again.Diagnostics.Count == 0, $"formatted entries were rejected: {(again.Diagnostics.Count > 0 ? again.Diagnostics[0] : null)}");
        Require(again.Entries.SequenceEqual(registry.Entries), "formatting the entries and parsing them again gives other entries");
    }

    private static void CheckLookups(PortRegistry registry)
    {
        // The reference: one scan in source order, keeping the first match per key, per (key, protocol) and per ASCII-folded key.
        var byName = new Dictionary<string, PortEntry>(StringComparer.Ordinal);
        var byNameProtocol = new Dictionary<(string, string), PortEntry>();
        var byFoldedName = new Dictionary<string, PortEntry>(StringComparer.Ordinal);
        var byPort = new Dictionary<int, PortEntry>();
        var byPortProtocol = new Dictionary<(int, string), PortEntry>();
        var allByPort = new Dictionary<int, List<PortEntry>>();
        var allByName = new Dictionary<string, List<PortEntry>>(StringComparer.Ordinal);
        foreach (PortEntry entry in registry.Entries)
        {
            foreach (string name in entry.Aliases.Prepend(entry.Name))
            {
                byName.TryAdd(name, entry);
                byFoldedName.TryAdd(FoldAscii(name), entry);
                if (byNameProtocol.TryAdd((name, entry.Protocol), entry))
                {
                    AddTo(allByName, name, entry);
                }
            }

            byPort.TryAdd(entry.Port, entry);
            if (byPortProtocol.TryAdd((entry.Port, entry.Protocol), entry))
            {
                AddTo(allByPort, entry.Port, entry);
            }
        }

        const string Absent = "\uFFFFabsent";
        foreach ((string name, PortEntry expected) in byName)
        {
            Expect(registry.TryGetByName(name, null, out PortEntry? found), found, expected, $"TryGetByName('{name}', null)");
            Expect(registry.TryGetByName(name.AsSpan(), null, out found), found, expected, $"TryGetByName(span '{name}', null)");
            Expect(registry.TryGetByNameIgnoreCase(name, null, out found), found, byFoldedName[FoldAscii(name)], $"TryGetByNameIgnoreCase('{name}', null)");
            Require(!registry.TryGetByName(name, Absent, out _), $"TryGetByName('{name}', absent protocol) found something");
            Require(registry.GetFirstPerProtocol(name).SequenceEqual(CollectionsMarshal.AsSpan(allByName[name])), $"GetFirstPerProtocol('{name}')");
        }

        foreach (((string name, string protocol), PortEntry expected) in byNameProtocol)
        {
            Expect(registry.TryGetByName(name, protocol, out PortEntry? found), found, expected, $"TryGetByName('{name}', '{protocol}')");
        }

        foreach ((int port, PortEntry expected) in byPort)
        {
            Expect(registry.TryGetByPort(port, null, out PortEntry? found), found, expected, $"TryGetByPort({port}, null)");
            Require(!registry.TryGetByPort(port, Absent, out _), $"TryGetByPort({port}, absent protocol) found something");
            Require(registry.GetFirstPerProtocol(port).SequenceEqual(CollectionsMarshal.AsSpan(allByPort[port])), $"GetFirstPerProtocol({port})");
        }

        foreach (((int port, string protocol), PortEntry expected) in byPortProtocol)
        {
            Expect(registry.TryGetByPort(port, protocol, out PortEntry? found), found, expected, $"TryGetByPort({port}, '{protocol}')");
        }

        Require(!registry.TryGetByPort(-1, null, out _) && !registry.TryGetByPort(65536, null, out _), "a port outside 0-65535 was found");
        Require(!registry.TryGetByName(Absent, null, out _), "an absent name was found");
    }

    private static void Expect(bool found, PortEntry? actual, PortEntry expected, string call)
        => Require(found && ReferenceEquals(actual, expected), $"{call} gave '{actual}', the first match in source order is '{expected}'");

    private static void AddTo<TKey>(Dictionary<TKey, List<PortEntry>> index, TKey key, PortEntry entry)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out List<PortEntry>? list))
        {
            index[key] = list = [];
        }

        list.Add(entry);
    }

    private static string FoldAscii(string name)
        => string.Create(name.Length, name, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
            }
        });

    private static void Require(bool condition, string violation)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Invariant violated: {violation}");
        }
    }
}
