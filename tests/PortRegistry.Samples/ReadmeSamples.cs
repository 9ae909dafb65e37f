using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Ports.Samples;

/// <summary>The samples of README.md.</summary>
public static class ReadmeSamples
{
    public static void LookUp()
    {
        // begin-snippet: readme-lookup
        if (PortRegistry.Default.TryGetByPort(22, "tcp", out PortEntry? ssh))
        {
            Console.WriteLine($"{ssh.Name} {ssh.Port}/{ssh.Protocol} ({ssh.Class})");  // ssh 22/tcp (WellKnown)
        }

        PortRegistry.Embedded.TryGetByName("imaps", "tcp", out PortEntry? imaps);       // 993/tcp, from the IANA data
        PortRegistry.Default.TryGetByName("HTTP", "tcp", out _);                        // false: case-sensitive, as glibc
        PortRegistry.Default.TryGetByNameIgnoreCase("HTTP", "tcp", out PortEntry? http); // opt-in, ASCII letters only

        Console.WriteLine(string.Join("; ", PortRegistry.Default.Sources)); // which data Default holds, and why
        foreach (ServicesDiagnostic skipped in PortRegistry.Default.Diagnostics)
        {
            Console.WriteLine(skipped);                                     // lines glibc skips, with the reason
        }
        // end-snippet
    }

    public static void DependencyInjection()
    {
        // begin-snippet: readme-di
        var services = new ServiceCollection();            // in ASP.NET Core: builder.Services
        services.AddPortRegistry();                        // a PortRegistry singleton, loaded on first use

        services.AddPortRegistry(options =>                // each call adds to the same options, in order
        {
            options.Source = PortDataSource.Merged;        // system file first, the embedded IANA data fills the gaps
            options.AddEntry("billing-api", 8081, "tcp");  // your own ports win over both
        });

        using ServiceProvider provider = services.BuildServiceProvider();
        PortRegistry ports = provider.GetRequiredService<PortRegistry>();   // Merged, with billing-api on 8081/tcp
        // end-snippet
        Console.WriteLine(ports.TryGetByPort(8081, "tcp", out PortEntry? billing) ? billing.Name : "none");
        Console.WriteLine(ports.Sources[^1].Kind);
    }

    public static void Label()
    {
        // begin-snippet: readme-label
        ConnectionLabel label = PortRegistry.Default.Label(
            new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344),
            new IPEndPoint(IPAddress.Parse("93.184.216.34"), 443), "tcp");
        Console.WriteLine(label);   // 10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)
        // label.Direction == ConnectionDirection.Outbound, label.Class == PortClass.WellKnown, label.IsTls

        PortRegistry.Default.Label(52344, 443, "udp");                                  // port numbers only
        PortRegistry.Default.Label(new IPEndPoint(IPAddress.Any, 22), null, "tcp");    // a listener: 0.0.0.0:22 ssh (listening)
        label.DescribeService(CultureInfo.GetCultureInfo("ja"));                      // SSL/TLSによるHTTP接続
        // end-snippet
    }
}
