using BenchmarkDotNet.Configs;

namespace Ports.Benchmarks.Infrastructure;

/// <summary>Adds the <see cref="ThroughputColumn"/> to a benchmark class.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
