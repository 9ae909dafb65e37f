using BenchmarkDotNet.Attributes;
using Ports.Benchmarks.Baselines;
using Ports.Benchmarks.Infrastructure;

namespace Ports.Benchmarks;

/// <summary>
/// Services text (already in memory as a string) to a registry ready for lookups: <see cref="PortRegistry.Parse(string)"/>
/// against the naive <c>Split</c> + <c>Dictionary</c> code (<see cref="NaiveRegistry"/>, the baseline), on Debian's
/// netbase file (12.8 KB), Fedora's (700 KB) and the embedded IANA data (480 KB).
/// </summary>
[MemoryDiagnoser]
public class TextToRegistryBenchmarks
{
    private string _text = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = null!;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Available;

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.ReadText(Input);

    [Benchmark(Baseline = true, Description = "Split + Dictionary")]
    public object Naive() => NaiveRegistry.Parse(_text);

    [Benchmark(Description = "PortRegistry.Parse")]
    public object Registry() => PortRegistry.Parse(_text);
}
