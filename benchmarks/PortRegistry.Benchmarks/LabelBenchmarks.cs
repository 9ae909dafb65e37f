using System.Net;
using BenchmarkDotNet.Attributes;
using Ports.Benchmarks.Interop;

namespace Ports.Benchmarks;

/// <summary>
/// Labeling a connection, 10.0.0.5:52344 -> 93.184.216.34:443 over tcp (outbound HTTPS from an ephemeral port):
/// <see cref="PortRegistry.Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/> and its port-only overload,
/// against what code without PortRegistry does (the baseline): <c>getservbyport_r</c> on both ports, taking whichever
/// end glibc knows. glibc misses on 52344 and so reads the whole file once per connection. Also: a port the catalogue
/// names differently from the registry (9092, kafka beside XmlIpcRegSvc), a direction the caller gives, and a
/// connection judged against listening end points.
/// </summary>
[MemoryDiagnoser]
public class LabelBenchmarks
{
    private const int LocalPort = 52344;
    private const int RemotePort = 443;

    private readonly IPEndPoint _local = new(IPAddress.Parse("10.0.0.5"), LocalPort);
    private readonly IPEndPoint _remote = new(IPAddress.Parse("93.184.216.34"), RemotePort);
    private readonly IPEndPoint _kafka = new(IPAddress.Parse("10.0.0.9"), 9092);
    private readonly IPEndPoint _devServer = new(IPAddress.Parse("10.0.0.5"), 45000);
    private readonly IPEndPoint _devClient = new(IPAddress.Parse("10.0.0.7"), 45001);
    private readonly EphemeralPortRange _ephemeral = new(32768, 60999);
    private readonly ListeningEndPoints _listeners = new(
    [
        new IPEndPoint(IPAddress.Any, 22), new IPEndPoint(IPAddress.IPv6Any, 443), new IPEndPoint(IPAddress.Any, 45000),
        new IPEndPoint(IPAddress.Loopback, 5432), new IPEndPoint(IPAddress.IPv6Loopback, 6379),
    ]);

    private PortRegistry _registry = null!;

    [GlobalSetup]
    public void Setup() => _registry = PortRegistry.Default;

    [Benchmark(Baseline = true, Description = "glibc getservbyport_r on both ends")]
    public int Glibc()
    {
        int local = Libc.GetServByPort(LocalPort, "tcp\0"u8);
        int remote = Libc.GetServByPort(RemotePort, "tcp\0"u8);
        return remote >= 0 ? remote : local;
    }

    [Benchmark(Description = "PortRegistry.Label(IPEndPoint, IPEndPoint, tcp)")]
    public ConnectionLabel Label_EndPoints() => _registry.Label(_local, _remote, "tcp", _ephemeral);

    [Benchmark(Description = "PortRegistry.Label(port, port, tcp)")]
    public ConnectionLabel Label_Ports() => _registry.Label(LocalPort, RemotePort, "tcp", _ephemeral);

    [Benchmark(Description = "PortRegistry.Label(IPEndPoint, IPEndPoint:9092, tcp) kafka")]
    public ConnectionLabel Label_Catalogue() => _registry.Label(_local, _kafka, "tcp", _ephemeral);

    [Benchmark(Description = "PortRegistry.Label(IPEndPoint, IPEndPoint, tcp, Inbound)")]
    public ConnectionLabel Label_KnownDirection() => _registry.Label(_devServer, _devClient, "tcp", ConnectionDirection.Inbound);

    [Benchmark(Description = "PortRegistry.Label(IPEndPoint, IPEndPoint, tcp, ListeningEndPoints)")]
    public ConnectionLabel Label_Listeners() => _registry.Label(_devServer, _devClient, "tcp", _listeners);
}
