using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ports.Benchmarks.Baselines;
using Ports.Benchmarks.Infrastructure;
using Ports.Benchmarks.Interop;

namespace Ports.Benchmarks;

/// <summary>
/// Service name and protocol to entry: glibc's <c>getservbyname_r</c> (the baseline) against
/// <see cref="PortRegistry.TryGetByName(string, string?, out PortEntry)"/> with a string and with a span, on the
/// system file and on the embedded data, and against a <c>Dictionary&lt;(string, string), PortEntry&gt;</c>.
/// glibc has no case-insensitive lookup: in the IgnoreCase categories its baseline looks up the exact spelling
/// (<c>https</c>, or the missing name), the best it can do, while the others are given <c>HTTPS</c>.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class NameLookupBenchmarks
{
    private const string Tcp = "tcp";
    private const string HitName = "https";
    private const string HitNameUpper = "HTTPS";
    private const string MissName = "no-such-service";

    // Names arrive in the middle of larger buffers (a log line, a URL scheme): spans over a char array, not strings.
    private readonly char[] _buffer = "GET https no-such-service HTTPS".ToCharArray();

    private PortRegistry _system = null!;
    private PortRegistry _embedded = null!;
    private Dictionary<(string Name, string Protocol), PortEntry> _dictionary = null!;
    private Dictionary<(string Name, string Protocol), PortEntry> _dictionaryIgnoreCase = null!;

    private ReadOnlySpan<char> HitSpan => _buffer.AsSpan(4, 5);

    private ReadOnlySpan<char> MissSpan => _buffer.AsSpan(10, 15);

    private ReadOnlySpan<char> HitUpperSpan => _buffer.AsSpan(26, 5);

    [GlobalSetup]
    public void Setup()
    {
        _system = PortRegistry.Default;
        _embedded = PortRegistry.Embedded;
        _dictionary = DictionaryIndex.ByName(_system.Entries);
        _dictionaryIgnoreCase = DictionaryIndex.ByName(_system.Entries, NameProtocolIgnoreCaseComparer.Instance);
        _ = _system.TryGetByNameIgnoreCase(HitUpperSpan, Tcp, out _); // builds the case-insensitive index before measuring
        SystemFileReport.Write(_system);
    }

    [Benchmark(Baseline = true, Description = "glibc getservbyname_r")]
    [BenchmarkCategory("Hit")]
    public int Glibc_Hit() => Libc.GetServByName("https\0"u8, "tcp\0"u8);

    [Benchmark(Description = "PortRegistry.Default, string")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Registry_Hit_String() => _system.TryGetByName(HitName, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Default, span")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Registry_Hit_Span() => _system.TryGetByName(HitSpan, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Embedded, string")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Embedded_Hit_String() => _embedded.TryGetByName(HitName, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Default, string, any protocol")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Registry_Hit_AnyProtocol() => _system.TryGetByName(HitName, null, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "Dictionary<(string, string)>")]
    [BenchmarkCategory("Hit")]
    public PortEntry? Dictionary_Hit() => _dictionary.TryGetValue((HitName, Tcp), out PortEntry? entry) ? entry : null;

    [Benchmark(Baseline = true, Description = "glibc getservbyname_r")]
    [BenchmarkCategory("Miss")]
    public int Glibc_Miss() => Libc.GetServByName("no-such-service\0"u8, "tcp\0"u8);

    [Benchmark(Description = "PortRegistry.Default, string")]
    [BenchmarkCategory("Miss")]
    public PortEntry? Registry_Miss_String() => _system.TryGetByName(MissName, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Default, span")]
    [BenchmarkCategory("Miss")]
    public PortEntry? Registry_Miss_Span() => _system.TryGetByName(MissSpan, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "PortRegistry.Embedded, string")]
    [BenchmarkCategory("Miss")]
    public PortEntry? Embedded_Miss_String() => _embedded.TryGetByName(MissName, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "Dictionary<(string, string)>")]
    [BenchmarkCategory("Miss")]
    public PortEntry? Dictionary_Miss() => _dictionary.TryGetValue((MissName, Tcp), out PortEntry? entry) ? entry : null;

    [Benchmark(Baseline = true, Description = "glibc getservbyname_r (exact case)")]
    [BenchmarkCategory("IgnoreCase Hit")]
    public int Glibc_IgnoreCase_Hit() => Libc.GetServByName("https\0"u8, "tcp\0"u8);

    [Benchmark(Description = "PortRegistry.Default, IgnoreCase, span")]
    [BenchmarkCategory("IgnoreCase Hit")]
    public PortEntry? Registry_IgnoreCase_Hit() => _system.TryGetByNameIgnoreCase(HitUpperSpan, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "Dictionary<(string, string)>, OrdinalIgnoreCase")]
    [BenchmarkCategory("IgnoreCase Hit")]
    public PortEntry? Dictionary_IgnoreCase_Hit() => _dictionaryIgnoreCase.TryGetValue((HitNameUpper, Tcp), out PortEntry? entry) ? entry : null;

    [Benchmark(Baseline = true, Description = "glibc getservbyname_r (exact case)")]
    [BenchmarkCategory("IgnoreCase Miss")]
    public int Glibc_IgnoreCase_Miss() => Libc.GetServByName("no-such-service\0"u8, "tcp\0"u8);

    [Benchmark(Description = "PortRegistry.Default, IgnoreCase, span")]
    [BenchmarkCategory("IgnoreCase Miss")]
    public PortEntry? Registry_IgnoreCase_Miss() => _system.TryGetByNameIgnoreCase(MissSpan, Tcp, out PortEntry? entry) ? entry : null;

    [Benchmark(Description = "Dictionary<(string, string)>, OrdinalIgnoreCase")]
    [BenchmarkCategory("IgnoreCase Miss")]
    public PortEntry? Dictionary_IgnoreCase_Miss() => _dictionaryIgnoreCase.TryGetValue((MissName, Tcp), out PortEntry? entry) ? entry : null;
}
