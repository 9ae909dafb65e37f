using System.Collections.Concurrent;
using System.Globalization;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Reliability;

/// <summary>
/// Differential tests against glibc on services files nobody wrote by hand (<see cref="ServicesFileGenerator"/>): for
/// each file, the full enumeration and a lookup of every name, alias and port must print the same bytes and exit
/// status as glibc's <c>getent services</c>. A fixed set of seeds runs every time, plus fresh random seeds whose
/// numbers are printed, so that any failure can be replayed; each failure found becomes a test in
/// <c>GlibcRegressionTests</c>.
/// </summary>
/// <remarks>
/// <c>PORTREGISTRY_DIFF_SEEDS=1,2,3</c> replays those seeds instead of fresh ones;
/// <c>PORTREGISTRY_DIFF_COUNT=N</c> runs N fresh seeds (default <see cref="DefaultFreshSeedCount"/>).
/// </remarks>
public sealed class GeneratedFileDifferentialTests
{
    /// <summary>The environment variable that names the seeds to replay, separated by commas.</summary>
    public const string SeedsVariable = "PORTREGISTRY_DIFF_SEEDS";

    /// <summary>The environment variable that sets how many fresh seeds run.</summary>
    public const string CountVariable = "PORTREGISTRY_DIFF_COUNT";

    /// <summary>How many fresh seeds run when <see cref="CountVariable"/> is not set.</summary>
    public const int DefaultFreshSeedCount = 32;

    private const int FixedSeedCount = 64;

    [Fact]
    public void EntriesAndLookups_GeneratedFilesOfFixedSeeds_AgreeWithGlibc()
        => AssertAgreeWithGlibc([.. Enumerable.Range(1, FixedSeedCount)]);

    [Fact]
    public void EntriesAndLookups_GeneratedFilesOfFreshSeeds_AgreeWithGlibc()
    {
        GlibcOracle.Require();
        int[] seeds = SeedsToRun();
        TestContext.Current.TestOutputHelper?.WriteLine($"{SeedsVariable}={string.Join(',', seeds)}");
        AssertAgreeWithGlibc(seeds);
    }

    [Fact]
    public void Generate_SameSeed_SameBytes()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            Assert.Equal(ServicesFileGenerator.Generate(seed), ServicesFileGenerator.Generate(seed));
        }
    }

    [Fact]
    public void Generate_ManySeeds_CoverEveryEdgeCase()
    {
        byte[][] files = [.. Enumerable.Range(1, FixedSeedCount).Select(seed => ServicesFileGenerator.Generate(seed))];
        byte[] all = [.. files.SelectMany(f => f)];
        string text = Ports.Reading.LosslessUtf8.GetString(all);
        Assert.Contains(files, f => f.Length > 0 && f[^1] != '\n');
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Contains('\v', text);
        Assert.Contains('\f', text);
        Assert.Contains('\0', text);
        Assert.Contains("0x", text, StringComparison.Ordinal);
        Assert.Contains("//", text, StringComparison.Ordinal);
        Assert.Contains("4294967296", text, StringComparison.Ordinal);
        Assert.Contains("-18446744073709551615", text, StringComparison.Ordinal);
        Assert.Contains(text, c => c is >= '\uDC80' and <= '\uDCFF');
        Assert.Contains("café", text, StringComparison.Ordinal);
        Assert.Contains(" -", text, StringComparison.Ordinal);

        PortRegistry[] registries = [.. files.Select(f => PortRegistry.Parse(f.AsSpan()))];
        PortEntry[] entries = [.. registries.SelectMany(r => r.Entries)];
        Assert.Contains(entries, e => e.Protocol.Length == 0);
        Assert.Contains(entries, e => e.Aliases.Count >= 1000);
        Assert.Contains(entries, e => e.Name.StartsWith('-'));
        Assert.Contains(registries, r => r.Entries.GroupBy(e => e.Name, StringComparer.Ordinal).Any(g => g.Select(e => e.Protocol).Distinct().Count() > 1));
        Assert.Contains(registries, r => r.Diagnostics.Count > 0);
    }

    private static int[] SeedsToRun()
    {
        string? replay = Environment.GetEnvironmentVariable(SeedsVariable);
        if (!string.IsNullOrWhiteSpace(replay))
        {
            return [.. replay.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
        }

        int count = int.TryParse(Environment.GetEnvironmentVariable(CountVariable), CultureInfo.InvariantCulture, out int n) ? n : DefaultFreshSeedCount;
        return [.. Enumerable.Range(0, count).Select(_ => Random.Shared.Next())];
    }

    private static void AssertAgreeWithGlibc(int[] seeds)
    {
        GlibcOracle.Require();
        using var directory = new TempDirectory();
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(
            seeds,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            seed =>
            {
                string file = directory.WriteFile($"seed-{seed}.services", ServicesFileGenerator.Generate(seed));
                if (GlibcDifferential.Compare(file, PortRegistry.FromFile(file)) is { } difference)
                {
                    string kept = Path.Combine(Path.GetTempPath(), $"portregistry-seed-{seed}.services");
                    File.Copy(file, kept, overwrite: true);
                    failures.Add($"seed {seed} (file kept at {kept}): {difference}");
                }
            });

        if (!failures.IsEmpty)
        {
            string failed = string.Join(',', failures.Select(f => f.Split(' ')[1]));
            Assert.Fail(
                $"PortRegistry and glibc disagree on {failures.Count} of {seeds.Length} generated files.\n"
                + $"Replay: {SeedsVariable}={failed} dotnet test PortRegistry.sln --filter \"FullyQualifiedName~{nameof(GeneratedFileDifferentialTests)}.{nameof(EntriesAndLookups_GeneratedFilesOfFreshSeeds_AgreeWithGlibc)}\"\n"
                + string.Join("\n", failures.Order(StringComparer.Ordinal)));
        }
    }
}
