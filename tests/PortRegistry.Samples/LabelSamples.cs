using System.Globalization;
using System.Net;

namespace Ports.Samples;

/// <summary>The samples of docs/labels.md.</summary>
public static class LabelSamples
{
    public static void Connection()
    {
        // begin-snippet: label-connection
        ConnectionLabel label = PortRegistry.Default.Label(
            new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344),
            new IPEndPoint(IPAddress.Parse("93.184.216.34"), 443),
            "tcp");

        Console.WriteLine(label);   // 10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)

        // label.Direction                ConnectionDirection.Outbound: the remote end is the service
        // label.ServiceName              "https"
        // label.Service                  the registry's entry, https 443/tcp
        // label.ServicePort              443
        // label.Class                    PortClass.WellKnown
        // label.IsTls                    true
        // label.KnownService.Counterpart http 80, the plain half of the pair
        // end-snippet
    }

    public static ConnectionLabel OtherMachine(PortRegistry registry, Flow flow)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(flow);

        // begin-snippet: label-other-machine
        var linux = new EphemeralPortRange(32768, 60999);
        ConnectionLabel label = registry.Label(flow.Source, flow.Destination, "tcp", linux);
        // end-snippet
        return label;
    }

    public static string? Knowledge(PortEntry entry)
    {
        // begin-snippet: label-knowledge
        if (PortRegistry.Embedded.TryGetByName("imaps", "tcp", out PortEntry? imaps)
            && ServiceKnowledge.TryFind(imaps, out KnownService? known))
        {
            Console.WriteLine(known);                                              // imaps 993/tcp,udp TLS (plain: imap 143)
            Console.WriteLine(known.IsTls);                                        // True
            Console.WriteLine(known.GetDescription(CultureInfo.GetCultureInfo("ja"))); // SSL/TLSによるIMAP接続
        }

        string? text = ServiceKnowledge.Describe(entry);  // curated when known, else the entry's own description
        // end-snippet
        return text;
    }
}
