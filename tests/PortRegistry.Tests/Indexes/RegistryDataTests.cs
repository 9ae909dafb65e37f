using Ports.Assembling;
using Ports.Indexes;
using Ports.Sources;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Indexes;

/// <summary>
/// A registry layered over the embedded data's index (the entries before it indexed here, the embedded data behind them)
/// gives exactly what indexing the concatenation of all the entries gives: every port, every name, every protocol.
/// </summary>
public sealed class RegistryDataTests
{
    private static readonly string[] s_protocols = ["tcp", "udp", "sctp", "dccp", "ddp", "", "TCP", "tcp/udp"];

    [Theory]
    [InlineData("fedora-setup-2.14.5.services")]
    [InlineData("edge-cases.services")]
    public void Layered_FileThenEmbedded_SameAnswersAsTheConcatenation(string file)
    {
        List<PortEntry> fileEntries = ParseFile(Path.Combine(TestPaths.TestData, file));
        AssertLayeredMatchesConcatenation(fileEntries);
    }

    [Fact]
    public void Layered_EntriesThatAddProtocols_MergedAfterTheirOwnInSourceOrder()
    {
        // 443 gets sctp first from the entries before the embedded data, then tcp and udp from the embedded data (whose
        // sctp entry is hidden); 80's tcp comes from the entries before it, its udp and sctp from the embedded data.
        List<PortEntry> first = ParseText("mine 443/sctp https\nweb 80/tcp http\nweb 80/tcp second\nonly-here 65001/tcp\n");
        RegistryData layered = Layered(first);

        Assert.Equal(["mine/sctp", "https/tcp", "https/udp"], Describe(layered.ByPort(443)));
        Assert.Equal(["web/tcp", "http/udp", "http/sctp"], Describe(layered.ByPort(80)));
        Assert.Equal(["mine/sctp", "https/tcp", "https/udp"], Describe(layered.ByName("https")));
        Assert.Equal(["web/tcp", "http/udp", "http/sctp"], Describe(layered.ByName("http")));
        Assert.Same(layered.ByPort(443)[0], first[0]);
        Assert.True(layered.ByPort(443) == layered.ByPort(443), "the merged candidates are made once and kept");
        AssertLayeredMatchesConcatenation(first);
    }

    [Fact]
    public void Layered_NothingBeforeTheEmbeddedData_AnswersFromTheIndexAlone()
    {
        RegistryData layered = Layered([]);

        Assert.Equal(OpenIndex().Count, layered.Count);
        Assert.Equal(["https/tcp", "https/udp", "https/sctp"], Describe(layered.ByPort(443)));
        Assert.Equal("imaps", layered.FindByName("imaps", "tcp")?.Name);
        Assert.Null(layered.FindByPort(65000, "tcp"));
    }

    [Fact]
    public void ByName_ThreadsRaceOnAFreshLayeredRegistry_EachGetsTheMergedCandidatesOnce()
    {
        // The names of the entries in front are indexed at the first lookup by name, and their merged candidates made
        // then: threads that race to do both get one index and one merged list per name.
        List<PortEntry> first = ParseFile(Path.Combine(TestPaths.TestData, "fedora-setup-2.14.5.services"));
        string[] names = [.. first.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal)];
        var expected = new RegistryData([.. first, .. ParseEmbeddedText()], []);
        const int threads = 8;
        for (int round = 0; round < 5; round++)
        {
            RegistryData layered = Layered(first);
            var seen = new PortEntry[threads][][];
            using var start = new Barrier(threads);
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                start.SignalAndWait();
                seen[t] = new PortEntry[names.Length][];
                for (int k = 0; k < names.Length; k++)
                {
                    int i = (k + (t * 131)) % names.Length;
                    Assert.Equal(RegistryData.FirstWithProtocol(expected.ByName(names[i]), "udp"), layered.FindByName(names[i], "udp"));
                    seen[t][i] = layered.ByName(names[i]).ToArray();
                }
            });

            for (int i = 0; i < names.Length; i++)
            {
                AssertSame(expected.ByName(names[i]), seen[0][i], $"name '{names[i]}'");
                Assert.True(layered.ByName(names[i]) == layered.ByName(names[i]), $"the merged candidates of '{names[i]}' are kept");
                Assert.All(seen, s => Assert.Equal(seen[0][i], s[i]));
            }
        }
    }

    [Fact]
    public void ByPort_PortLookupsOnly_NeverIndexNames()
    {
        // A label or a port lookup does not need the names: their index is made at the first lookup by name.
        List<PortEntry> first = ParseText("mine 443/sctp https\nweb 80/tcp http\n");
        RegistryData layered = Layered(first);

        Assert.Equal("mine", layered.FindByPort(443, "sctp")?.Name);
        Assert.Equal(["mine/sctp", "https/tcp", "https/udp"], Describe(layered.ByPort(443)));
        Assert.False(layered.HasNameIndex);
        Assert.Equal("web", layered.FindByName("http", "tcp")?.Name);
        Assert.True(layered.HasNameIndex);
    }

    private static void AssertLayeredMatchesConcatenation(List<PortEntry> first)
    {
        EmbeddedIndex index = OpenIndex();
        var concatenated = new RegistryData([.. first, .. ParseEmbeddedText()], []);
        var layered = new RegistryData([.. first], [], index);

        Assert.Equal(concatenated.Count, layered.Count);
        for (int port = -1; port <= 65536; port++)
        {
            AssertSame(concatenated.ByPort(port), layered.ByPort(port), $"port {port}");
            foreach (string? protocol in s_protocols.Append(null))
            {
                Assert.Equal(RegistryData.FirstWithProtocol(concatenated.ByPort(port), protocol), layered.FindByPort(port, protocol));
            }
        }

        IEnumerable<string> names = concatenated.Entries.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal);
        foreach (string name in names.Append("no-such-service"))
        {
            AssertSame(concatenated.ByName(name), layered.ByName(name), $"name '{name}'");
            foreach (string? protocol in s_protocols.Append(null))
            {
                Assert.Equal(RegistryData.FirstWithProtocol(concatenated.ByName(name), protocol), layered.FindByName(name, protocol));
            }
        }

        foreach (string name in new[] { "HTTP", "Https", "SSH", "DOMAIN", "no-such-service", first.Count > 0 ? first[^1].Name.ToUpperInvariant() : "x" })
        {
            AssertSame(concatenated.ByNameIgnoreCase(name), layered.ByNameIgnoreCase(name), $"name '{name}' ignoring case");
        }

        Assert.Equal(concatenated.Entries, layered.Entries);
        Assert.Same(layered.Entries, layered.Entries);
        for (int i = 0; i < first.Count; i++)
        {
            Assert.Same(first[i], layered.Entries[i]);
        }
    }

    private static void AssertSame(ReadOnlySpan<PortEntry> expected, ReadOnlySpan<PortEntry> actual, string what)
    {
        PortEntry[] e = expected.ToArray();
        PortEntry[] a = actual.ToArray();
        Assert.True(e.SequenceEqual(a), $"{what}: expected [{string.Join(", ", (object[])e)}], got [{string.Join(", ", (object[])a)}]");
    }

    private static string[] Describe(ReadOnlySpan<PortEntry> entries) => [.. entries.ToArray().Select(e => $"{e.Name}/{e.Protocol}")];

    private static RegistryData Layered(List<PortEntry> first) => new([.. first], [], OpenIndex());

    private static EmbeddedIndex OpenIndex()
    {
        // The process's own embedded data, opened in place as PortRegistry.Embedded opens it (a fresh copy would also do).
        AssembledEntries embedded = SourceLoader.Embedded;
        Assert.NotNull(embedded.Embedded);
        return embedded.Embedded;
    }

    private static List<PortEntry> ParseEmbeddedText()
    {
        var assembler = new EntryAssembler();
        assembler.AddEmbedded(EmbeddedData.Open());
        return assembler.Build().Entries;
    }

    private static List<PortEntry> ParseFile(string path)
    {
        var assembler = new EntryAssembler();
        assembler.AddUtf8(File.ReadAllBytes(path), PortSourceKind.File, path);
        return assembler.Build().Entries;
    }

    private static List<PortEntry> ParseText(string text)
    {
        var assembler = new EntryAssembler();
        assembler.AddText(text, PortSourceKind.Text, "text");
        return assembler.Build().Entries;
    }
}
