using System.Runtime.CompilerServices;

namespace Ports.Reading;

/// <summary>
/// Reads a port number the way glibc's services parser does: C <c>strtoul</c> with base 0 (optional sign,
/// <c>0x</c> hexadecimal, leading-zero octal, otherwise decimal), Debian's rejection of values above 4294967295,
/// then truncation to 16 bits.
/// </summary>
internal static class PortNumberParser
{
    /// <summary>The largest value Debian's glibc accepts before truncation (its patch <c>local-nss-overflow.diff</c>).</summary>
    private const ulong DebianLimit = uint.MaxValue;

    /// <summary>Parses a port at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The text, starting where the port should start.</param>
    /// <param name="port">The port truncated to 16 bits, when the result is <see cref="PortParseResult.Ok"/>.</param>
    /// <param name="consumed">How many characters the number took, when the result is <see cref="PortParseResult.Ok"/>.</param>
    /// <returns>Whether a number was read, and if not why.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PortParseResult Parse(ReadOnlySpan<char> text, out ushort port, out int consumed)
    {
        port = 0;
        consumed = 0;
        int i = 0;
        bool negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        int radix = 10;
        if (i < text.Length && text[i] == '0')
        {
            if (i + 2 < text.Length && (text[i + 1] | 0x20) == 'x' && DigitValue(text[i + 2]) < 16)
            {
                radix = 16;
                i += 2;
            }
            else
            {
                radix = 8;
            }
        }

        int start = i;
        ulong value = 0;
        bool overflow = false;
        for (; i < text.Length; i++)
        {
            uint digit = DigitValue(text[i]);
            if (digit >= (uint)radix)
            {
                break;
            }

            if (!overflow)
            {
                ulong next = unchecked((value * (uint)radix) + digit);
                if (value > (ulong.MaxValue - digit) / (uint)radix)
                {
                    overflow = true;
                }
                else
                {
                    value = next;
                }
            }
        }

        if (i == start)
        {
            return PortParseResult.NoDigits;
        }

        consumed = i;
        if (overflow)
        {
            // strtoul returns ULONG_MAX with ERANGE and does not negate; Debian rejects it.
            return PortParseResult.Overflow;
        }

        if (negative)
        {
            value = unchecked(0UL - value);
        }

        if (value > DebianLimit)
        {
            return PortParseResult.Overflow;
        }

        port = unchecked((ushort)value);
        return PortParseResult.Ok;
    }

    private static uint DigitValue(char c)
    {
        uint d = (uint)(c - '0');
        if (d <= 9)
        {
            return d;
        }

        uint letter = (uint)((c | 0x20) - 'a');
        return letter <= 25 ? letter + 10 : uint.MaxValue;
    }
}
