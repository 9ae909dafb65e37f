using BenchmarkDotNet.Attributes;
using Ports.Benchmarks.Baselines;
using Ports.Assembling;
using Ports.Indexes;
using Ports.Sources;

namespace Ports.Benchmarks;

/// <summary>
/// Loading the embedded IANA data the way <see cref="PortRegistry.Embedded"/> does on first use (read the resource
/// from the assembly image, decode, parse, build the indexes), warm (JIT done), against the naive code on the same
/// resource (<see cref="StreamReader.ReadToEnd"/> + <see cref="NaiveRegistry"/>, the baseline). Retained memory and
/// first use in a fresh process (with JIT) are measured by <c>--first-use</c>, not here; see docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class EmbeddedLoadBenchmarks
{
    [Benchmark(Baseline = true, Description = "resource -> ReadToEnd -> Split + Dictionary")]
    public object Naive()
    {
        using Stream stream = typeof(PortRegistry).Assembly.GetManifestResourceStream(EmbeddedData.ResourceName)!;
        using var reader = new StreamReader(stream);
        return NaiveRegistry.Parse(reader.ReadToEnd());
    }

    [Benchmark(Description = "PortRegistry.Embedded's load")]
    public object Registry()
    {
        var assembler = new EntryAssembler();
        assembler.AddEmbedded(EmbeddedData.Open());
        AssembledEntries assembled = assembler.Build();
        return new RegistryData(assembled.Entries, assembled.Diagnostics);
    }
}
