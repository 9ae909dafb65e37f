using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;

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

        // label.Direction                  ConnectionDirection.Outbound: the remote end is the service
        // label.ServiceName                "https"
        // label.RegistryEntry              the registry's entry, https 443/tcp
        // label.CatalogService             the catalogue's https, with its summary and documentation link
        // label.ServicePort                443
        // label.Class                      PortClass.WellKnown
        // label.IsTls                      true
        // label.CatalogService.Counterpart http 80, the plain half of the pair
        // end-snippet
    }

    public static ConnectionLabel Kafka()
    {
        // begin-snippet: label-catalogue
        ConnectionLabel label = PortRegistry.Embedded.Label(
            new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344),
            new IPEndPoint(IPAddress.Parse("10.0.0.9"), 9092),
            "tcp");

        Console.WriteLine(label);   // 10.0.0.5:52344 -> 10.0.0.9:9092 kafka (outbound, registry: XmlIpcRegSvc)

        // label.ServiceName        "kafka": the catalogue's name for 9092/tcp
        // label.RegistryName       "XmlIpcRegSvc": IANA's, kept beside it
        // label.RegistryEntry      XmlIpcRegSvc 9092/tcp, what TryGetByPort(9092, "tcp") returns
        // end-snippet
        return label;
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

    public static ConnectionLabel Accepted(PortRegistry registry, IPEndPoint local, IPEndPoint remote)
    {
        ArgumentNullException.ThrowIfNull(registry);

        // begin-snippet: label-known-direction
        // A server labeling a connection it accepted (in ASP.NET Core, HttpContext.Connection's end points):
        ConnectionLabel label = registry.Label(local, remote, "tcp", ConnectionDirection.Inbound);
        // end-snippet
        return label;
    }

    public static IReadOnlyList<ConnectionLabel> ThisMachine(PortRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);

        // begin-snippet: label-listeners
        IPGlobalProperties properties = IPGlobalProperties.GetIPGlobalProperties();
        var listeners = new ListeningEndPoints(properties.GetActiveTcpListeners());

        var labels = new List<ConnectionLabel>();
        foreach (TcpConnectionInformation connection in properties.GetActiveTcpConnections())
        {
            labels.Add(registry.Label(connection, listeners));   // inbound on the listener's side, outbound on the client's
        }
        // end-snippet
        return labels;
    }

    public static string? Catalogue(ConnectionLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);

        // begin-snippet: label-knowledge
        if (ServiceCatalog.TryFind(993, "tcp", out CatalogService? imaps))
        {
            Console.WriteLine(imaps);                                            // imaps 993/tcp TLS (plain: imap 143)
            Console.WriteLine(imaps.IsTls);                                      // True
            Console.WriteLine(imaps.GetSummary(CultureInfo.GetCultureInfo("ja"))); // SSL/TLSによるIMAP接続
            Console.WriteLine(imaps.Documentation);                              // https://www.rfc-editor.org/rfc/rfc8314
        }

        string? text = label.DescribeService();  // the catalogue's summary, else the registry entry's description
        // end-snippet
        return text;
    }
}
