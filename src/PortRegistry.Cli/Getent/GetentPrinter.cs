using System.Buffers;
using System.Text;

namespace Ports.Cli.Getent;

/// <summary>
/// Prints services exactly as glibc's <c>getent services</c> does (<c>nss/getent.c</c>, <c>print_services</c>):
/// <c>printf("%-21s %d/%s", name, port, proto)</c>, then <c>" %s"</c> per alias, then a line feed. Names are padded
/// by bytes, and bytes that were not valid UTF-8 in the source are written back as they were.
/// </summary>
internal static class GetentPrinter
{
    private const int NameWidth = 21;

    /// <summary>Runs <c>getent services [KEY...]</c> against a registry.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="keys">The keys; none means every entry in order.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <returns>The exit status: 0 when every key was found (or when listing), 2 when any was not.</returns>
    public static int Run(PortRegistry registry, IReadOnlyList<string> keys, IBufferWriter<byte> output)
    {
        if (keys.Count == 0)
        {
            foreach (PortEntry entry in registry.Entries)
            {
                Write(entry, output);
            }

            return 0;
        }

        int status = 0;
        foreach (string text in keys)
        {
            GetentKey key = GetentKey.Parse(text);
            bool found = key.Name is null
                ? registry.TryGetByPort(key.Port, key.Protocol, out PortEntry? entry)
                : registry.TryGetByName(key.Name, key.Protocol, out entry);
            if (found)
            {
                Write(entry!, output);
            }
            else
            {
                status = 2;
            }
        }

        return status;
    }

    /// <summary>Writes one entry as a line of <c>getent services</c>.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Write(PortEntry entry, IBufferWriter<byte> output)
    {
        int nameBytes = ServicesText.GetByteCount(entry.Name);
        ServicesText.GetBytes(entry.Name, output);
        WriteAscii(new string(' ', Math.Max(0, NameWidth - nameBytes) + 1), output);
        WriteAscii(entry.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), output);
        WriteAscii("/", output);
        ServicesText.GetBytes(entry.Protocol, output);
        foreach (string alias in entry.Aliases)
        {
            WriteAscii(" ", output);
            ServicesText.GetBytes(alias, output);
        }

        WriteAscii("\n", output);
    }

    private static void WriteAscii(string text, IBufferWriter<byte> output)
    {
        int count = Encoding.ASCII.GetBytes(text, output.GetSpan(text.Length));
        output.Advance(count);
    }
}
