using BenchmarkDotNet.Attributes;
using Ports.Benchmarks.Baselines;
using Ports.Assembling;
using Ports.Indexes;
using Ports.Sources;

namespace Ports.Benchmarks;

/// <summary>
/// Loading the embedded IANA data, warm (JIT done): the way <see cref="PortRegistry.Embedded"/> does on first use (open
/// the prebuilt index in the assembly image and make the entries of one port and one name), the way it does where the
/// index cannot be read in place (decode and parse the text, build the indexes), and the naive code on the same resource
/// (<see cref="StreamReader.ReadToEnd"/> + <see cref="NaiveRegistry"/>, the baseline). Retained memory and first use in
/// a fresh process (with JIT) are measured by <c>--first-use</c>, not here; see docs/performance.md.
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

    [Benchmark(Description = "PortRegistry.Embedded's load: prebuilt index + 443 + https")]
    public object Index()
    {
        EmbeddedIndex index = EmbeddedIndex.TryOpen(EmbeddedData.Open()) ?? throw new InvalidOperationException("The index cannot be read in place here.");
        return (index.ByPort(443)[0], index.ByName("https")[0]);
    }

    [Benchmark(Description = "parsing the text (where the index cannot be read in place)")]
    public object Registry()
    {
        var assembler = new EntryAssembler();
        assembler.AddEmbedded(EmbeddedData.Open());
        AssembledEntries assembled = assembler.Build();
        return new RegistryData(assembled.Entries, assembled.Diagnostics);
    }
}
