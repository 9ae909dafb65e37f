using System.Globalization;

namespace Ports.DataGenerator;

/// <summary>A port number or an inclusive range of port numbers from a registry record's <c>&lt;number&gt;</c>.</summary>
/// <param name="First">The first port, 0 to 65535.</param>
/// <param name="Last">The last port, <paramref name="First"/> to 65535; equal to <paramref name="First"/> for a single port.</param>
internal readonly record struct IanaPortRange(int First, int Last)
{
    /// <summary>The highest port number.</summary>
    public const int MaxPort = 65535;

    /// <summary>Gets how many ports the range covers (1 for a single port).</summary>
    public int Count => Last - First + 1;

    /// <summary>Gets a value indicating whether this covers more than one port.</summary>
    public bool IsRange => Last != First;

    /// <summary>Parses <c>80</c> or <c>6000-6063</c>: ASCII digits only, whitespace around the numbers allowed, each number 0 to 65535, first not above last.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="range">The range, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid port or range.</returns>
    public static bool TryParse(string? text, out IanaPortRange range)
    {
        range = default;
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> span = text.AsSpan().Trim();
        int dash = span.IndexOf('-');
        if (dash < 0)
        {
            if (!TryParsePort(span, out int port))
            {
                return false;
            }

            range = new IanaPortRange(port, port);
            return true;
        }

        if (!TryParsePort(span[..dash].Trim(), out int first)
            || !TryParsePort(span[(dash + 1)..].Trim(), out int last)
            || last < first)
        {
            return false;
        }

        range = new IanaPortRange(first, last);
        return true;
    }

    /// <summary>Writes the range as IANA does: <c>80</c> or <c>6000-6063</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsRange
        ? string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}")
        : First.ToString(CultureInfo.InvariantCulture);

    private static bool TryParsePort(ReadOnlySpan<char> text, out int port)
    {
        port = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            port = (port * 10) + (c - '0');
            if (port > MaxPort)
            {
                return false;
            }
        }

        return true;
    }
}
