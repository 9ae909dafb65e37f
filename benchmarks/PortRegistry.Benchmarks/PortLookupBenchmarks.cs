using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ports.Benchmarks.Baselines;
using Ports.Benchmarks.Infrastructure;
using Ports.Benchmarks.Interop;

namespace Ports.Benchmarks;

/// <summary>
/// Port and protocol to service: glibc's <c>getservbyport_r</c> (the baseline, which rescans <c>/etc/services</c> on
/// every call) against <see cref="PortRegistry.TryGetByPort(int, string?, out PortEntry)"/> on the same file (<see cref="PortRegistry.Default"/>),
/// on the 11,600-entry embedded data, and against a <c>Dictionary&lt;(int, string), PortEntry&gt;</c>.
/// 443/tcp is line 83 of Debian's file; 65000/tcp is in no file, so glibc reads the whole file.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PortLookupBenchmarks
{
    private const int HitPort = 443;
    private const int MissPort = 65000;
    private const string Tcp = "tcp";

    private PortRegistry _system = null!;
    private PortRegistry _embedded = null!;
    private Dictionary<(int Port, string Protocol), PortEntry> _dictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = PortRegistry.Default;
        _embedded = PortRegistry.Embedded;
        _dictionary = DictionaryIndex.ByPort(_system.Entries);
        SystemFileReport.Write(_system);
    }

    [Benchmark(Baseline = true, Description = "glibc getservbyport_r")]
    [BenchmarkCategory("Hit")]
    public int Glibc_Hit() => Libc.GetServByPort(HitPort, "tcp\0"u8);

    [Benchmark(Description = "PortRegistry.Default")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Registry_Hit() => _system.TryGetByPort(HitPort, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Embedded")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Embedded_Hit() => _embedded.TryGetByPort(HitPort, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Default, any protocol")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Registry_Hit_AnyProtocol() => _system.TryGetByPort(HitPort, null, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "Dictionary<(int, string)>")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Dictionary_Hit() => _dictionary.TryGetValue((HitPort, Tcp), out PortEntry? entry) ? entry : null;

    [Benchmark(Baseline = true, Description = "glibc getservbyport_r")]
    [BenchmarkCategory("Miss")]
    public int Glibc_Miss() => Libc.GetServByPort(MissPort, "tcp\0"u8);

    [Benchmark(Description = "PortRegistry.Default")]
    [BenchmarkCategory("Miss")]
    public PortEntry? Registry_Miss() => _system.TryGetByPort(MissPort, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Embedded")]
    [BenchmarkCategory("Miss")]
    public PortEntry? Embedded_Miss() => _embedded.TryGetByPort(MissPort, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "Dictionary<(int, string)>")]
    [BenchmarkCategory("Miss")]
    public PortEntry? Dictionary_Miss() => _dictionary.TryGetValue((MissPort, Tcp), out PortEntry? entry) ? entry : null;
}
