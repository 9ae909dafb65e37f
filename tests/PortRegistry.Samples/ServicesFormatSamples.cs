using System.Text;

namespace Ports.Samples;

/// <summary>The samples of docs/services-format.md.</summary>
public static class ServicesFormatSamples
{
    public static void Rules()
    {
        // begin-snippet: format-rules
        PortRegistry ports = PortRegistry.Parse("""
            hex      0x50/tcp              # hexadecimal: port 80
            oct      031/tcp               # octal: port 25
            wrap     65537/udp             # 16 bits are kept: port 1
            twice    93//tcp               # several slashes: protocol tcp
            upper    85/TCP                # protocols are kept as written
            bare     84
            spaced   86                    # a space after a bare port: skipped
            huge     4294967296/tcp        # above 4294967295: skipped (Debian's rule)
            range    6000-6063/tcp         # not a services(5) line: skipped
            """);

        foreach (PortEntry entry in ports.Entries)
        {
            Console.WriteLine($"{entry.Name} {entry.Port}/{entry.Protocol}");
        }

        // hex 80/tcp
        // oct 25/tcp
        // wrap 1/udp
        // twice 93/tcp
        // upper 85/TCP
        // bare 84/          (the empty protocol)

        foreach (ServicesDiagnostic skipped in ports.Diagnostics)
        {
            Console.WriteLine($"line {skipped.LineNumber}: {skipped.Error}");
        }

        // line 7: UnexpectedCharacterAfterPort
        // line 8: PortOverflow
        // line 9: UnexpectedCharacterAfterPort
        // end-snippet
    }

    public static void Lookups()
    {
        // begin-snippet: format-first-wins
        PortRegistry ports = PortRegistry.Parse("""
            first    4000/tcp   shared
            second   4000/tcp   shared
            third    4000/udp
            """);

        ports.TryGetByPort(4000, "tcp", out PortEntry? byPort);
        ports.TryGetByName("shared", null, out PortEntry? byAlias);
        ports.TryGetByPort(4000, "udp", out PortEntry? udp);
        Console.WriteLine($"{byPort?.Name} {byAlias?.Name} {udp?.Name}");   // first first third
        Console.WriteLine(ports.Entries.Count);                              // 3: duplicates are kept
        // end-snippet
    }

    public static void InvalidUtf8()
    {
        // begin-snippet: format-invalid-utf8
        // "café" written in Latin-1: the byte E9 is not valid UTF-8.
        byte[] file = [.. "caf"u8, 0xE9, .. " 8080/tcp\n"u8];
        PortRegistry ports = PortRegistry.Parse(file);

        string name = ports.Entries[0].Name;
        Console.WriteLine(name == "caf\uDCE9");   // True: byte E9 became U+DCE9

        // Back to the file's own bytes: each U+DC80..U+DCFF is the byte it stands for.
        var bytes = new List<byte>();
        int start = 0;
        for (int i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] is >= '\uDC80' and <= '\uDCFF')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(name[start..i]));
                if (i < name.Length)
                {
                    bytes.Add((byte)(name[i] - 0xDC00));
                }

                start = i + 1;
            }
        }

        Console.WriteLine(Convert.ToHexString([.. bytes]));   // 636166E9
        // end-snippet
    }
}
