using Ports.Sources;

namespace Ports.Tests.Sources;

/// <summary>The embedded data's descriptions, read lazily from the resource, and the indexes over many names.</summary>
public sealed class EmbeddedDataTests
{
    [Fact]
    public void Description_LazilyReadFromResource_EqualsEagerParseOfSameText()
    {
        // The same resource parsed as plain text keeps every description as a string from the start.
        using Stream stream = typeof(PortRegistry).Assembly.GetManifestResourceStream(EmbeddedData.ResourceName)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        PortRegistry eager = PortRegistry.Parse(bytes);
        PortRegistry lazy = PortRegistry.Embedded;

        Assert.Equal(eager.Entries.Count, lazy.Entries.Count);
        for (int i = 0; i < eager.Entries.Count; i++)
        {
            Assert.Equal(eager.Entries[i].Description, lazy.Entries[i].Description);
            Assert.Equal(eager.Entries[i], lazy.Entries[i]);
        }
    }

    [Fact]
    public void Equals_EmbeddedEntries_DoesNotDecodeDescriptions()
    {
        // Entries of their own (the registries share theirs, whose descriptions other tests read), from two openings of the data.
        List<PortEntry> first = AssembleEmbedded();
        List<PortEntry> second = AssembleEmbedded();
        PortEntry tcp = first.First(e => e.Port == 443 && e.Protocol == "tcp");
        PortEntry udp = first.First(e => e.Port == 443 && e.Protocol == "udp");
        PortEntry otherTcp = second.First(e => e.Port == 443 && e.Protocol == "tcp");
        PortRegistry eager = PortRegistry.Parse("https 443/tcp # http protocol over TLS/SSL\nhttps 443/udp # something else\n");
        Assert.False(tcp.IsDescriptionDecoded);

        bool equalToEager = tcp.Equals(eager.Entries[0]);
        bool equalToOtherOpening = tcp.Equals(otherTcp);
        bool equalToSelf = tcp.Equals(first.First(e => e.Port == 443 && e.Protocol == "tcp"));
        bool differentDescription = udp.Equals(eager.Entries[1]);

        Assert.False(tcp.IsDescriptionDecoded);
        Assert.False(udp.IsDescriptionDecoded);
        Assert.False(otherTcp.IsDescriptionDecoded);
        Assert.True(equalToEager);
        Assert.True(equalToOtherOpening);
        Assert.True(equalToSelf);
        Assert.False(differentDescription);
        Assert.Equal(tcp.GetHashCode(), eager.Entries[0].GetHashCode());
        Assert.Equal(eager.Entries[0].Description, tcp.Description);
        Assert.True(tcp.IsDescriptionDecoded);
    }

    [Fact]
    public void Description_NonAsciiLineAfterManyLines_DecodedExactly()
    {
        Assert.True(PortRegistry.Embedded.TryGetByPort(4413, "tcp", out PortEntry? entry));
        Assert.Equal("FORTÉ Vision Monitoring platform", entry.Description);
    }

    [Fact]
    public void Lookups_ManyNamesAndPorts_EveryOneFound()
    {
        // Enough distinct names and ports to grow the hash tables several times, with tcp and udp on each.
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            text.Append("svc").Append(i).Append(' ').Append(i * 13 % 65536).Append("/tcp alias").Append(i).Append('\n');
            text.Append("svc").Append(i).Append(' ').Append(i * 13 % 65536).Append("/udp\n");
        }

        PortRegistry registry = PortRegistry.Parse(text.ToString());
        for (int i = 0; i < 5000; i++)
        {
            Assert.True(registry.TryGetByName($"alias{i}", "tcp", out PortEntry? byAlias));
            Assert.Equal($"svc{i}", byAlias.Name);
            Assert.Equal(2, registry.GetFirstPerProtocol($"svc{i}").Length);
            Assert.True(registry.TryGetByPort(i * 13 % 65536, "udp", out PortEntry? byPort));
            Assert.Equal($"svc{i}", byPort.Name);
            Assert.True(registry.TryGetByNameIgnoreCase($"SVC{i}", "udp", out _));
        }

        Assert.False(registry.TryGetByName("svc5000", null, out _));
        Assert.False(registry.TryGetByPort(-1, null, out _));
        Assert.False(registry.TryGetByPort(65536, null, out _));
    }

    private static List<PortEntry> AssembleEmbedded()
    {
        var assembler = new Ports.Assembling.EntryAssembler();
        assembler.AddEmbedded(EmbeddedData.Open());
        return assembler.Build().Entries;
    }
}
