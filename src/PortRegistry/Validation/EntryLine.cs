using System.Globalization;

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
        ulong port = PortValue(line);
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
    private static ulong PortValue(string line)
    {
        ReadOnlySpan<char> rest = line.AsSpan().TrimStart(" \t");
        int end = rest.IndexOfAny(' ', '\t');
        rest = rest[end..].TrimStart(" \t");
        bool negative = rest.Length > 0 && rest[0] == '-';
        if (rest.Length > 0 && rest[0] is '+' or '-')
        {
            rest = rest[1..];
        }

        int length = 0;
        while (length < rest.Length && (char.IsAsciiHexDigit(rest[length]) || rest[length] is 'x' or 'X'))
        {
            length++;
        }

        ReadOnlySpan<char> digits = rest[..length];
        ulong value;
        if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'x' or 'X')
        {
            value = ulong.Parse(digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            value = Convert.ToUInt64(digits.ToString(), 8);
        }
        else
        {
            value = ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        // strtoul negates a signed number; only -0 is left below the 32-bit limit the parser enforces.
        return negative ? 0 : value;
    }
}
