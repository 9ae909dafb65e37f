using System.Text;

namespace Ports.Tests.Reliability;

/// <summary>
/// Makes random services files full of the edge cases of <c>docs/services-format.md</c>, the same bytes for the same
/// seed on every machine and .NET version (<see cref="Random(int)"/> with a seed is stable): comments anywhere,
/// <c>\v \f \r</c> as separators, base-0 port numbers with signs, overflows and wrap-around, empty protocols,
/// <c>93//tcp</c> and <c>83/ tcp</c>, names repeated across lines and protocols, thousands of aliases, very long
/// lines, UTF-8 and invalid UTF-8 names, NUL bytes, CRLF, no final newline and names that start with <c>-</c>.
/// </summary>
/// <remarks>
/// The differential tests run glibc on these files; the fuzzer (<c>tests/PortRegistry.Fuzz</c>) links this file and
/// writes its seed corpus with it. Files stay small (a few hundred lines, one long line at most) so that glibc can be
/// asked about every name in them quickly.
/// </remarks>
internal sealed class ServicesFileGenerator
{
    private static readonly string[] s_separators = [" ", " ", " ", "\t", "\t", "  ", " \t", "\v", "\f", "\r", " \v\f "];
    private static readonly string[] s_protocols = ["tcp", "tcp", "tcp", "udp", "udp", "sctp", "dccp", "ddp", "TCP", "Udp", "tcp/udp", "x"];
    private static readonly string[] s_specialPorts =
    [
        "0", "00", "-0", "+0", "+89", "0x57", "0X50", "0xffff", "0xFFFF", "0x10000", "0130", "010", "0777", "080", "09", "0x",
        "0x1g", "99999", "65535", "65536", "70000", "4294967295", "4294967296", "4294967297", "-1", "-65535", "-65536",
        "-4294967295", "-4294967296", "18446744073709551615", "18446744073709551616", "-18446744073709551615",
        "-18446744073709551616", "-18446744073709551614", "000000000000000000000000000000000080", "0x0000000000000000000050",
        "123456789012345678901234567890", "+-1", "--1", "+", "-", "1e3", "0b101", "６５", "٨٠",
    ];

    private static readonly string[] s_words =
    [
        "http", "www", "ftp", "ssh", "domain", "kerberos", "krb5", "x11", "nfs", "ntp", "smtp", "mail", "https", "imap",
        "HTTP", "Http", "café", "naïve", "日本語", "サービス", "😀srv", "π", "a/b", "c++", "foo.bar", "under_score", "*",
        "-", "-x", "--help", "-h", "123", "0", "65535", "80", "a\u00a0b", "\u00a0", "\u2028", "ǅ", "K",
    ];

    private static readonly byte[][] s_invalidUtf8 =
    [
        [0xff], [0xfe], [0x80], [0xbf], [0xc3], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
        [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc2, 0xa0],
        [0x85], [0xa0], [0x01], [0x1b], [0x7f],
    ];

    private readonly Random _random;
    private readonly List<byte> _bytes = [];
    private readonly List<byte[]> _names = [];
    private readonly List<string> _ports = [];

    private ServicesFileGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Makes the services file of a seed.</summary>
    /// <param name="seed">The seed; the same seed gives the same bytes.</param>
    /// <returns>The bytes of the file.</returns>
    public static byte[] Generate(int seed)
        => new ServicesFileGenerator(seed).Build();

    private byte[] Build()
    {
        if (Chance(0.02))
        {
            return [];
        }

        FillPools();
        bool crlf = Chance(0.2);
        bool mixedEndings = !crlf && Chance(0.1);
        bool finalNewline = !Chance(0.35);
        int lineCount = _random.Next(1, Chance(0.2) ? 400 : 80);
        int longLine = Chance(0.3) ? _random.Next(lineCount) : -1;
        for (int i = 0; i < lineCount; i++)
        {
            bool last = i == lineCount - 1;
            List<byte> line = [];
            if (i == longLine)
            {
                WriteEntry(line, isLong: true);
            }
            else
            {
                WriteLine(line);
            }

            bool endsWithoutNewline = last && !finalNewline;

            _bytes.AddRange(line);
            if (!endsWithoutNewline)
            {
                Append(crlf || (mixedEndings && Chance(0.5)) ? "\r\n" : "\n");
            }
        }

        return [.. _bytes];
    }

    private void FillPools()
    {
        int nameCount = _random.Next(3, 40);
        for (int i = 0; i < nameCount; i++)
        {
            _names.Add(NewName());
        }

        int portCount = _random.Next(2, 30);
        for (int i = 0; i < portCount; i++)
        {
            _ports.Add(Chance(0.3) ? Pick(s_specialPorts) : _random.Next(Chance(0.5) ? 1024 : 65536).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void WriteLine(List<byte> line)
    {
        if (Chance(0.15))
        {
            Append(line, Whitespace(_random.Next(1, 4)));
        }

        double kind = _random.NextDouble();
        if (kind < 0.05)
        {
            return;
        }

        if (kind < 0.08)
        {
            Append(line, Whitespace(_random.Next(1, 6)));
            return;
        }

        if (kind < 0.15)
        {
            Append(line, "#");
            Append(line, Chance(0.5) ? " " + Pick(s_words) + " 80/tcp" : Pick(s_words));
            return;
        }

        if (kind < 0.25)
        {
            WriteMalformed(line);
        }
        else
        {
            WriteEntry(line, isLong: false);
        }

        if (Chance(0.08))
        {
            // A NUL ends the line for glibc; what follows is never read.
            int at = _random.Next(line.Count + 1);
            line.Insert(at, 0);
            line.InsertRange(at + 1, Encoding.UTF8.GetBytes(" hidden 99/tcp"));
        }

        if (Chance(0.1))
        {
            line.Add((byte)'\r');
        }
    }

    private void WriteEntry(List<byte> line, bool isLong)
    {
        // A long line is meant to be read, so its name and port are plain.
        line.AddRange(isLong ? Encoding.UTF8.GetBytes($"long{_random.Next(100)}") : PickName());
        Append(line, Separator());
        Append(line, isLong ? _random.Next(65536).ToString(System.Globalization.CultureInfo.InvariantCulture) : PortToken());
        double slash = _random.NextDouble();
        bool protocolGiven = true;
        if (slash < 0.05)
        {
            // "z 84": the empty protocol, and nothing may follow.
            if (Chance(0.5))
            {
                Append(line, "#" + Pick(s_words));
            }

            return;
        }
        else if (slash < 0.12)
        {
            Append(line, new string('/', _random.Next(2, 4)));
        }
        else if (slash < 0.16)
        {
            // "q 85/" and "83/ tcp": the empty protocol.
            Append(line, "/");
            protocolGiven = false;
        }
        else if (slash < 0.18)
        {
            Append(line, Pick([" /", "x/", "-/", "/\u00a0", ".", ":"]));
        }
        else
        {
            Append(line, "/");
        }

        if (protocolGiven)
        {
            Append(line, Chance(0.05) ? Encoding.UTF8.GetString(NewName()) : Pick(s_protocols));
        }

        int aliasCount = isLong && Chance(0.5) ? _random.Next(1000, 3000) : _random.Next(0, Chance(0.3) ? 8 : 3);
        for (int i = 0; i < aliasCount; i++)
        {
            Append(line, Separator());
            if (isLong)
            {
                // Thousands of aliases, none of which ends the line early, some repeated.
                Append(line, Chance(0.9) ? $"alias{i}" : $"alias{_random.Next(i + 1)}");
            }
            else
            {
                line.AddRange(Chance(0.1) ? Encoding.UTF8.GetBytes(_random.Next(70000).ToString(System.Globalization.CultureInfo.InvariantCulture)) : PickName());
            }
        }

        if (isLong && aliasCount < 1000)
        {
            Append(line, Separator());
            Append(line, new string(Pick(['a', 'b', 'é', '#']), _random.Next(20_000, 60_000)));
        }

        if (Chance(0.3))
        {
            Append(line, Chance(0.3) ? "#" : Separator() + "#");
            Append(line, Chance(0.5) ? " comment " + Pick(s_words) : Pick(s_words) + " 81/tcp al");
        }
        else if (Chance(0.05))
        {
            Append(line, Separator());
        }
    }

    private void WriteMalformed(List<byte> line)
    {
        line.AddRange(PickName());
        switch (_random.Next(8))
        {
            case 0:
                break;
            case 1:
                Append(line, Separator());
                break;
            case 2:
                Append(line, "#bar" + Separator() + "81/tcp");
                break;
            case 3:
                Append(line, Separator() + "6000-6063/tcp");
                break;
            case 4:
                Append(line, Separator() + PortToken() + Separator());
                break;
            case 5:
                Append(line, Separator() + "94x/tcp");
                break;
            case 6:
                Append(line, Separator() + "http");
                break;
            default:
                Append(line, Separator() + PortToken() + "\r");
                break;
        }
    }

    private string PortToken()
    {
        string port = Chance(0.2) ? Pick(s_specialPorts) : Pick(_ports);
        if (Chance(0.1) && int.TryParse(port, out int value) && value >= 0)
        {
            // Another spelling of the same number: strtoul's base 0.
            return _random.Next(3) switch
            {
                0 => "0x" + value.ToString(Chance(0.5) ? "x" : "X", System.Globalization.CultureInfo.InvariantCulture),
                1 => "0" + Convert.ToString(value, 8),
                _ => "+" + port,
            };
        }

        return port;
    }

    private byte[] PickName() => Chance(0.85) && _names.Count > 0 ? _names[_random.Next(_names.Count)] : NewName();

    private byte[] NewName()
    {
        double kind = _random.NextDouble();
        if (kind < 0.35)
        {
            return Encoding.UTF8.GetBytes(Pick(s_words));
        }

        if (kind < 0.75)
        {
            const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+/*@:";
            char[] chars = new char[_random.Next(1, 16)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[_random.Next(Alphabet.Length)];
            }

            return Encoding.UTF8.GetBytes(chars);
        }

        if (kind < 0.9)
        {
            // Invalid UTF-8 alone, before, after or inside a word.
            byte[] bad = Pick(s_invalidUtf8);
            byte[] word = Encoding.UTF8.GetBytes(Pick(s_words));
            return _random.Next(3) switch
            {
                0 => bad,
                1 => [.. bad, .. word],
                _ => [.. word, .. bad, .. word],
            };
        }

        if (kind < 0.95)
        {
            // A '#' inside a name or alias ends the line there.
            return Encoding.UTF8.GetBytes(Pick(s_words) + "#" + Pick(s_words));
        }

        return Encoding.UTF8.GetBytes(new string((char)_random.Next('a', 'z' + 1), _random.Next(100, 2000)));
    }

    private string Separator() => Chance(0.9) ? Pick(s_separators) : Whitespace(_random.Next(1, 5));

    private string Whitespace(int count)
    {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            text.Append(" \t\v\f\r"[_random.Next(5)]);
        }

        return text.ToString();
    }

    private static bool IsCSpace(byte b) => b == ' ' || (b >= '\t' && b <= '\r');

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Append(string text) => _bytes.AddRange(Encoding.UTF8.GetBytes(text));

    private static void Append(List<byte> line, string text) => line.AddRange(Encoding.UTF8.GetBytes(text));
}
