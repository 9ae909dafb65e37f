using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ports.Benchmarks.Infrastructure;

/// <summary>
/// Megabytes per second (10^6 bytes): the size of the benchmark's <c>Input</c> parameter in bytes, as stored, over
/// the mean time of one operation.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private static readonly Dictionary<string, long> s_sizes = [];

    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc />
    public string ColumnName => "Throughput";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Input bytes per second, in MB/s (10^6 bytes), over the mean";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0 || benchmarkCase.Parameters["Input"] is not string input)
        {
            return "-";
        }

        long size = SizeOf(input);
        return $"{size / (meanNs.Value / 1e9) / 1e6:N0} MB/s";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static long SizeOf(string input)
    {
        lock (s_sizes)
        {
            if (!s_sizes.TryGetValue(input, out long size))
            {
                size = BenchmarkInputs.ReadBytes(input).LongLength;
                s_sizes.Add(input, size);
            }

            return size;
        }
    }
}
