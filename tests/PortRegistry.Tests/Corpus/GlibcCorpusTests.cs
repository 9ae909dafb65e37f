using System.Buffers;
using System.Text;
using Ports.Cli.Getent;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Corpus;

/// <summary>
/// Differential tests against glibc on real services files: the full enumeration and a lookup of every name, alias
/// and port must print the same bytes and exit status as glibc's <c>getent services</c>.
/// </summary>
public sealed class GlibcCorpusTests
{
    [Theory]
    [MemberData(nameof(ServicesCorpus.SharedFileNames), MemberType = typeof(ServicesCorpus))]
    public void Entries_SharedCorpusFile_EnumerateExactlyAsGlibc(string fileName)
        => AssertEnumerationMatches(ServicesCorpus.RequireShared(fileName));

    [Theory]
    [MemberData(nameof(ServicesCorpus.SharedFileNames), MemberType = typeof(ServicesCorpus))]
    public void TryGetByNameAndPort_SharedCorpusFile_AgreeWithGlibcOnEveryKey(string fileName)
        => AssertLookupsMatch(ServicesCorpus.RequireShared(fileName));

    [Fact]
    public void Entries_RepositoryFixtures_EnumerateExactlyAsGlibc()
    {
        foreach (string file in Directory.EnumerateFiles(TestPaths.TestData, "*.services"))
        {
            AssertEnumerationMatches(file);
        }
    }

    [Fact]
    public void TryGetByNameAndPort_RepositoryFixtures_AgreeWithGlibcOnEveryKey()
    {
        foreach (string file in Directory.EnumerateFiles(TestPaths.TestData, "*.services"))
        {
            AssertLookupsMatch(file);
        }
    }

    internal static void AssertEnumerationMatches(string file)
    {
        GlibcOracle.Require();
        PortRegistry registry = PortRegistry.FromFile(file);
        var ours = new ArrayBufferWriter<byte>();
        int status = GetentPrinter.Run(registry, [], ours);
        (byte[] glibc, int glibcStatus) = GlibcOracle.Run(file, []);
        AssertSameBytes(glibc, ours.WrittenSpan.ToArray(), file);
        Assert.Equal(glibcStatus, status);
    }

    internal static void AssertLookupsMatch(string file)
    {
        GlibcOracle.Require();
        PortRegistry registry = PortRegistry.FromFile(file);
        List<string> keys = ServicesCorpus.KeysFor(registry);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(
            keys.Chunk(GlibcOracle.BatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            batch =>
            {
                var ours = new ArrayBufferWriter<byte>();
                int status = GetentPrinter.Run(registry, batch, ours);
                (byte[] glibc, int glibcStatus) = GlibcOracle.Run(file, batch);
                if (!glibc.AsSpan().SequenceEqual(ours.WrittenSpan) || glibcStatus != status)
                {
                    failures.Add(FirstDifferingKey(registry, file, batch));
                }
            });
        Assert.True(failures.IsEmpty, $"{Path.GetFileName(file)} ({keys.Count} keys): {string.Join("; ", failures)}");
    }

    private static string FirstDifferingKey(PortRegistry registry, string file, string[] batch)
    {
        foreach (string key in batch)
        {
            var ours = new ArrayBufferWriter<byte>();
            int status = GetentPrinter.Run(registry, [key], ours);
            (byte[] glibc, int glibcStatus) = GlibcOracle.Run(file, [key]);
            if (!glibc.AsSpan().SequenceEqual(ours.WrittenSpan) || glibcStatus != status)
            {
                return $"key '{key}': glibc printed '{Encoding.UTF8.GetString(glibc).TrimEnd()}' (exit {glibcStatus}), PortRegistry '{Encoding.UTF8.GetString(ours.WrittenSpan).TrimEnd()}' (exit {status})";
            }
        }

        return "the batch differed but no single key did";
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual, string file)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        string[] glibcLines = Encoding.UTF8.GetString(expected).Split('\n');
        string[] ourLines = Encoding.UTF8.GetString(actual).Split('\n');
        int line = 0;
        while (line < Math.Min(glibcLines.Length, ourLines.Length) && glibcLines[line] == ourLines[line])
        {
            line++;
        }

        Assert.Fail($"{Path.GetFileName(file)}: output differs at line {line + 1} of {glibcLines.Length}:\n glibc: {glibcLines.ElementAtOrDefault(line)}\n ours:  {ourLines.ElementAtOrDefault(line)}");
    }
}
