
namespace Ports.Reading;

/// <summary>
/// Reads a port number the way glibc's services parser does: C <c>strtoul</c> with base 0 (optional sign,
/// <c>0x</c> hexadecimal, leading-zero octal, otherwise decimal), Debian's rejection of values above 4294967295,
/// (the caller then keeps the low 16 bits, as glibc does).
/// </summary>
internal static class PortNumberParser
{
    /// <summary>The largest value Debian's glibc accepts before truncation (its patch <c>local-nss-overflow.diff</c>).</summary>
    private const ulong DebianLimit = uint.MaxValue;

    /// <summary>Parses a port at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The text, starting where the port should start.</param>
    /// <param name="value">
    /// The number as glibc holds it before truncating it to a port (at most 4294967295), when the result is
    /// <see cref="PortParseResult.Ok"/>; the port is its low 16 bits.
    /// </param>
    /// <param name="consumed">How many characters the number took, when the result is <see cref="PortParseResult.Ok"/>.</param>
    /// <returns>Whether a number was read, and if not why.</returns>
    public static PortParseResult Parse(ReadOnlySpan<char> text, out uint value, out int consumed)
    {
        value = 0;
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
        ulong number = 0;
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
                ulong next = unchecked((number * (uint)radix) + digit);
                if (number > (ulong.MaxValue - digit) / (uint)radix)
                {
                    overflow = true;
                }
                else
                {
                    number = next;
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
            number = unchecked(0UL - number);
        }

        if (number > DebianLimit)
        {
            return PortParseResult.Overflow;
        }

        value = (uint)number;
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
