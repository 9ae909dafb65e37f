using System.Net;
using BenchmarkDotNet.Attributes;
using Ports.Benchmarks.Interop;

namespace Ports.Benchmarks;

/// <summary>
/// Labeling a connection, 10.0.0.5:52344 -> 93.184.216.34:443 over tcp (outbound HTTPS from an ephemeral port):
/// <see cref="PortRegistry.Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/> and its port-only overload,
/// against what code without PortRegistry does (the baseline): <c>getservbyport_r</c> on both ports, taking whichever
/// end glibc knows. glibc misses on 52344 and so reads the whole file once per connection.
/// </summary>
[MemoryDiagnoser]
public class LabelBenchmarks
{
    private const int LocalPort = 52344;
    private const int RemotePort = 443;

    private readonly IPEndPoint _local = new(IPAddress.Parse("10.0.0.5"), LocalPort);
    private readonly IPEndPoint _remote = new(IPAddress.Parse("93.184.216.34"), RemotePort);
    private readonly EphemeralPortRange _ephemeral = new(32768, 60999);
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
}
