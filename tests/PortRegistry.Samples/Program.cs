// begin-snippet: getting-started
using Ports;

// The system's services file (/etc/services), or the IANA registry inside the package when there is none.
PortRegistry ports = PortRegistry.Default;

if (ports.TryGetByPort(22, "tcp", out PortEntry? ssh))
{
    Console.WriteLine($"22/tcp is {ssh.Name}");             // 22/tcp is ssh
}

if (ports.TryGetByName("https", "tcp", out PortEntry? https))
{
    Console.WriteLine($"https is port {https.Port}");       // https is port 443
}

Console.WriteLine(ports);   // for example: PortRegistry with 318 entries from file /etc/services (318 entries)
// end-snippet
