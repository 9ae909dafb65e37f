using System.Net.Sockets;

namespace Ports.Samples;

/// <summary>The samples of docs/lookups.md.</summary>
public static class LookupSamples
{
    public static void ByPort()
    {
        // begin-snippet: lookup-by-port
        PortRegistry ports = PortRegistry.Embedded;

        if (ports.TryGetByPort(443, "tcp", out PortEntry? https))
        {
            Console.WriteLine(https.Name);          // https
            Console.WriteLine(https.Description);   // http protocol over TLS/SSL
        }

        // No protocol: any protocol, and the first line for the port wins.
        if (ports.TryGetByPort(53, protocol: null, out PortEntry? dns))
        {
            Console.WriteLine(dns);                 // domain 53/tcp # Domain Name Server
        }

        Console.WriteLine(ports.TryGetByPort(70000, "tcp", out _));   // False: not a port
        // end-snippet
    }

    public static void ByName()
    {
        // begin-snippet: lookup-by-name
        PortRegistry ports = PortRegistry.Embedded;

        // The name or any alias, compared exactly as glibc compares them.
        if (ports.TryGetByName("www", "tcp", out PortEntry? http))
        {
            Console.WriteLine(http.Name);                       // http
            Console.WriteLine(http.Port);                       // 80
            Console.WriteLine(string.Join(", ", http.Aliases)); // www, www-http
        }

        Console.WriteLine(ports.TryGetByName("HTTP", "tcp", out _));   // False: names are case-sensitive
        // end-snippet
    }

    public static void ProtocolMatters()
    {
        // begin-snippet: lookup-protocol-matters
        PortRegistry ports = PortRegistry.Embedded;

        ports.TryGetByPort(512, "tcp", out PortEntry? tcp);
        ports.TryGetByPort(512, "udp", out PortEntry? udp);
        Console.WriteLine($"{tcp?.Name} / {udp?.Name}");     // exec / comsat
        // end-snippet
    }

    public static void Span()
    {
        // begin-snippet: lookup-span
        PortRegistry ports = PortRegistry.Embedded;
        string setting = "upstream=imaps";

        // A slice of a larger string: no new string, no allocation.
        ReadOnlySpan<char> name = setting.AsSpan(setting.IndexOf('=') + 1);
        if (ports.TryGetByName(name, "tcp", out PortEntry? imaps))
        {
            Console.WriteLine(imaps.Port);   // 993
        }
        // end-snippet
    }

    public static void IgnoreCase()
    {
        // begin-snippet: lookup-ignore-case
        PortRegistry ports = PortRegistry.Embedded;

        // Opt in to what Windows and Go users expect: ASCII letters match either case.
        if (ports.TryGetByNameIgnoreCase("HTTPS", "tcp", out PortEntry? https))
        {
            Console.WriteLine(https.Name);   // https
        }
        // end-snippet
    }

    public static void ProtocolTypes()
    {
        // begin-snippet: lookup-protocol-type
        PortRegistry ports = PortRegistry.Embedded;

        // As .NET names protocols: Tcp is looked up as "tcp", Udp as "udp", (ProtocolType)132 (SCTP) as "sctp".
        if (ports.TryGetByPort(22, ProtocolType.Tcp, out PortEntry? ssh)
            && ports.TryGetByPort(3868, (ProtocolType)132, out PortEntry? diameter))
        {
            Console.WriteLine($"{ssh.Name}/{ssh.Protocol}");             // ssh/tcp
            Console.WriteLine($"{diameter.Name}/{diameter.Protocol}");   // diameter/sctp
        }

        // A protocol typed by a person or read from configuration, in any letter case.
        Console.WriteLine(ports.TryGetByPort(22, "TCP", out _));             // False: protocols are case-sensitive
        Console.WriteLine(ports.TryGetByPortIgnoreCase(22, "TCP", out _));   // True
        // end-snippet
    }

    public static void AllProtocols()
    {
        // begin-snippet: lookup-all-protocols
        PortRegistry ports = PortRegistry.Embedded;

        // The first entry of each protocol, in source order.
        foreach (PortEntry entry in ports.GetFirstPerProtocol(443))
        {
            Console.WriteLine($"{entry.Name} {entry.Port}/{entry.Protocol}");
        }

        // https 443/tcp
        // https 443/udp
        // https 443/sctp
        // end-snippet
    }

    public static void Entry()
    {
        // begin-snippet: lookup-entry
        PortRegistry.Embedded.TryGetByPort(80, "tcp", out PortEntry? http);
        if (http is null)
        {
            return;
        }

        Console.WriteLine(http.Name);                    // http
        Console.WriteLine(http.Protocol);                // tcp
        Console.WriteLine(http.Class);                   // WellKnown
        Console.WriteLine(http.Source);                  // Embedded
        Console.WriteLine(http.Aliases.Contains("www-http")); // True
        Console.WriteLine(http);                         // http 80/tcp www www-http # World Wide Web HTTP
        // end-snippet
    }

    public static void Classes()
    {
        // begin-snippet: lookup-port-class
        Console.WriteLine(PortRegistry.GetPortClass(443));     // WellKnown    (0-1023)
        Console.WriteLine(PortRegistry.GetPortClass(8080));    // Registered   (1024-49151)
        Console.WriteLine(PortRegistry.GetPortClass(52344));   // Dynamic      (49152-65535)
        // end-snippet
    }

    public static void Enumerate()
    {
        // begin-snippet: lookup-entries
        // Every entry, in source order, duplicates kept: what `getent services` lists.
        IReadOnlyList<PortEntry> entries = PortRegistry.Embedded.Entries;
        int sctp = entries.Count(entry => entry.Protocol == "sctp");
        Console.WriteLine($"{sctp} of {entries.Count} entries are SCTP");
        // end-snippet
    }
}
