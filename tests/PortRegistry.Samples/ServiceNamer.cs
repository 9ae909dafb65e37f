namespace Ports.Samples;

// begin-snippet: di-inject
/// <summary>Names the service behind a port, for logs and dashboards.</summary>
public sealed class ServiceNamer(PortRegistry ports)
{
    public string Describe(int port, string protocol)
        => ports.TryGetByPort(port, protocol, out PortEntry? entry)
            ? $"{port}/{protocol} ({entry.Name})"
            : $"{port}/{protocol}";
}
// end-snippet
