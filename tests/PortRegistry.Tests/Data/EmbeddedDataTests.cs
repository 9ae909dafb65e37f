using System.Globalization;
using System.Text;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Data;

/// <summary>The IANA data embedded in the assembly (src/PortRegistry/Data/iana.services).</summary>
public sealed class EmbeddedDataTests
{
    private static PortRegistry Embedded => PortRegistry.Embedded;

    [Fact]
    public void Embedded_Loaded_HasAtLeastElevenThousandEntriesAndNoSkippedLines()
    {
        Assert.True(Embedded.Entries.Count >= 11_000, $"only {Embedded.Entries.Count} entries");
        Assert.Empty(Embedded.Diagnostics);
        PortSourceStatus source = Assert.Single(Embedded.Sources);
        Assert.Equal((PortSourceKind.Embedded, "embedded", true, Embedded.Entries.Count), (source.Kind, source.Location, source.IsLoaded, source.EntryCount));
        Assert.All(Embedded.Entries, e => Assert.Equal(PortSourceKind.Embedded, e.Source));
    }

    [Fact]
    public void DataVersion_Embedded_IsTheIanaUpdatedDate()
        => Assert.Equal("2026-08-17", Embedded.DataVersion);

    [Fact]
    public void TryGetByPort_Http_HasIanaAliasesAndDescription()
    {
        Assert.True(Embedded.TryGetByPort(80, "tcp", out PortEntry? http));
        Assert.Equal("http", http.Name);
        Assert.Equal(["www", "www-http"], http.Aliases);
        Assert.Equal("World Wide Web HTTP", http.Description);
        Assert.True(Embedded.TryGetByName("www-http", "tcp", out PortEntry? byAlias));
        Assert.Same(http, byAlias);
    }

    [Fact]
    public void TryGetByPort_X11Range_ExpandedToOneEntryPerPort()
    {
        for (int port = 6000; port <= 6063; port++)
        {
            Assert.True(Embedded.TryGetByPort(port, "tcp", out PortEntry? entry), $"{port}/tcp");
            Assert.Equal("x11", entry.Name);
        }

        Assert.True(Embedded.TryGetByName("x11", "tcp", out PortEntry? first));
        Assert.Equal(6000, first.Port);
    }

    [Theory]
    [InlineData("sctp")]
    [InlineData("dccp")]
    [InlineData("tcp")]
    [InlineData("udp")]
    public void Entries_EachIanaProtocol_Present(string protocol)
        => Assert.Contains(Embedded.Entries, e => e.Protocol == protocol);

    [Fact]
    public void Entries_Protocols_OnlyTheFourIanaProtocols()
        => Assert.All(Embedded.Entries, e => Assert.Contains(e.Protocol, new[] { "tcp", "udp", "sctp", "dccp" }));

    [Theory]
    [InlineData(22, "tcp", "ssh")]
    [InlineData(443, "tcp", "https")]
    [InlineData(993, "tcp", "imaps")]
    [InlineData(53, "udp", "domain")]
    [InlineData(123, "udp", "ntp")]
    public void TryGetByPort_SeedServices_HaveTheirIanaNames(int port, string protocol, string name)
    {
        Assert.True(Embedded.TryGetByPort(port, protocol, out PortEntry? entry));
        Assert.Equal(name, entry.Name);
    }

    [Fact]
    public void Embedded_Summary_MatchesSnapshot()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"version: {Embedded.DataVersion}\n");
        text.Append(CultureInfo.InvariantCulture, $"entries: {Embedded.Entries.Count}\n");
        foreach (IGrouping<string, PortEntry> group in Embedded.Entries.GroupBy(e => e.Protocol).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"protocol {group.Key}: {group.Count()}\n");
        }

        foreach (IGrouping<PortClass, PortEntry> group in Embedded.Entries.GroupBy(e => e.Class).OrderBy(g => g.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"class {group.Key}: {group.Count()}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"with aliases: {Embedded.Entries.Count(e => e.Aliases.Count > 0)}\n");
        text.Append(CultureInfo.InvariantCulture, $"with description: {Embedded.Entries.Count(e => e.Description is not null)}\n");
        text.Append("seed services:\n");
        foreach (int port in new[] { 20, 21, 22, 23, 25, 53, 80, 110, 123, 139, 143, 161, 162, 389, 443, 465, 514, 636, 993, 995 })
        {
            foreach (PortEntry entry in Embedded.GetFirstPerProtocol(port))
            {
                text.Append(entry).Append('\n');
            }
        }

        text.Append("curated names:\n");
        foreach (PortEntry entry in Embedded.GetFirstPerProtocol(2049))
        {
            text.Append(entry).Append('\n');
        }

        Snapshot.Verify(text.ToString());
    }

    [Theory]
    [InlineData("tcp")]
    [InlineData("udp")]
    public void TryGetByPort_Nfs2049_IsNfsWithIanaFirstNameAsAlias(string protocol)
    {
        Assert.True(Embedded.TryGetByPort(2049, protocol, out PortEntry? entry));
        Assert.Equal("nfs", entry.Name);
        Assert.Equal(["shilp"], entry.Aliases);
        Assert.True(Embedded.TryGetByName("shilp", protocol, out PortEntry? byOldName));
        Assert.Same(entry, byOldName);
    }
}
