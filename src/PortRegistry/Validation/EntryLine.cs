using System.Globalization;
using Ports.Reading;

namespace Ports.Validation;

/// <summary>
/// Reads one of <see cref="PortRegistryOptions.Entries"/>: a services(5) line, parsed by <see cref="PortRegistry.Parse(string)"/>
/// with the rules of a services file, that must give exactly one entry with a port from 0 to 65535.
/// </summary>
internal static class EntryLine
{
    /// <summary>Reads a line into an entry of the application's own (<see cref="PortSourceKind.Custom"/>).</summary>
    /// <param name="line">The line.</param>
    /// <param name="entry">The entry, when the line is valid.</param>
    /// <param name="error">Why the line is not valid, as the end of a sentence, otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the line holds one valid entry.</returns>
    public static bool TryRead(string? line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PortEntry? entry, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        entry = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            error = "the line is empty";
            return false;
        }

        PortRegistry parsed = PortRegistry.Parse(line);
        if (parsed.Diagnostics.Count > 0)
        {
            error = $"a services file would skip this line ({parsed.Diagnostics[0].Error})";
            return false;
        }

        if (parsed.Entries.Count != 1)
        {
            error = parsed.Entries.Count == 0 ? "the line holds no entry (only a comment?)" : "the line holds more than one entry";
            return false;
        }

        PortEntry read = parsed.Entries[0];
        uint port = PortValue(line);
        if (port > ushort.MaxValue)
        {
            // glibc keeps the low 16 bits of a larger number; an application's own entry is meant as written.
            error = string.Create(CultureInfo.InvariantCulture, $"the port {port} is outside 0 to 65535");
            return false;
        }

        try
        {
            entry = new PortEntry(read.Name, read.Port, read.Protocol, read.Aliases, read.Description);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// Returns the value of the port field, before glibc truncates it to 16 bits, of a line the parser accepted (so the
    /// field is a C <c>strtoul</c> number of at most 32 bits: decimal, <c>0x</c> hexadecimal or leading-zero octal).
    /// </summary>
    private static uint PortValue(string line)
    {
        // The line has already been read as one entry, so its port is the second field and a number glibc accepts.
        ReadOnlySpan<char> rest = line.AsSpan().TrimStart(" \t");
        rest = rest[rest.IndexOfAny(' ', '\t')..].TrimStart(" \t");
        PortNumberParser.Parse(rest, out uint value, out _);
        return value;
    }
}
