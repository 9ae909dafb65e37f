using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Ports.Assembling;
using Ports.Indexes;
using Ports.Sources;

namespace Ports.Tests.Indexes;

/// <summary>
/// The embedded data's prebuilt index (<c>Data/iana.index</c>) against the text it is built from: the same bytes when
/// rebuilt, the same entries in the same order, the same answers for every port and every name, and a clear refusal
/// of an index that is corrupt or belongs to other text.
/// </summary>
public sealed class EmbeddedIndexTests
{
    private static readonly Lazy<byte[]> s_text = new(() => ReadResource(EmbeddedData.ResourceName));
    private static readonly Lazy<byte[]> s_index = new(() => ReadResource(EmbeddedData.IndexResourceName));

    [Fact]
    public void Write_EmbeddedText_IsTheEmbeddedIndexByteForByte()
    {
        byte[] rebuilt = EmbeddedIndexWriter.Write(s_text.Value);

        Assert.Equal(s_index.Value.Length, rebuilt.Length);
        Assert.True(rebuilt.AsSpan().SequenceEqual(s_index.Value), "The embedded iana.index is not what PortRegistry.DataGenerator builds from the embedded iana.services; run the generator.");
    }

    [Fact]
    public void Header_EmbeddedIndex_RecordsTheTextItWasBuiltFrom()
    {
        ReadOnlySpan<byte> index = s_index.Value;

        Assert.Equal(EmbeddedIndexLayout.Magic, Field(index, EmbeddedIndexLayout.MagicField));
        Assert.Equal(EmbeddedIndexLayout.FormatVersion, Field(index, EmbeddedIndexLayout.VersionField));
        Assert.Equal((uint)index.Length, Field(index, EmbeddedIndexLayout.TotalLengthField));
        Assert.Equal((uint)s_text.Value.Length, Field(index, EmbeddedIndexLayout.SourceLengthField));
        Assert.Equal(EmbeddedIndexLayout.Hash(s_text.Value), Field(index, EmbeddedIndexLayout.SourceHashField));
    }

    [Fact]
    public void Entry_EveryEntry_EqualsTheParsedTextInOrder()
    {
        List<PortEntry> parsed = ParseText();
        EmbeddedIndex index = OpenCopy();

        Assert.Equal(parsed.Count, index.Count);
        for (int i = 0; i < parsed.Count; i++)
        {
            PortEntry expected = parsed[i];
            PortEntry actual = index.Entry(i);
            Assert.Equal(expected, actual);
            Assert.Equal(expected.Description, actual.Description);
            Assert.Equal(expected.Aliases, actual.Aliases);
            Assert.Equal(PortSourceKind.Embedded, actual.Source);
        }
    }

    [Fact]
    public void ByPort_EveryPort_SameCandidatesAsIndexingTheParsedText()
    {
        var parsed = new RegistryData(ParseText(), []);
        EmbeddedIndex index = OpenCopy();

        for (int port = -1; port <= 65536; port++)
        {
            PortEntry[] expected = parsed.ByPort(port).ToArray();
            PortEntry[] actual = index.ByPort(port).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"port {port}: expected [{string.Join(", ", (object[])expected)}], got [{string.Join(", ", (object[])actual)}]");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ByPortAndByName_IndexAtAnUnalignedAddress_SameAnswersAsTheParsedText(int offset)
    {
        // A native executable packs resources without aligning them: the index must read the same at any address.
        if (RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.X86 or Architecture.Arm64))
        {
            Assert.Skip("Unaligned reads of the index are used only on x86, x64 and Arm64.");
        }

        List<PortEntry> entries = ParseText();
        var parsed = new RegistryData(entries, []);
        EmbeddedIndex index = EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(s_text.Value), s_index.Value, offset);

        for (int port = 0; port <= 65535; port++)
        {
            Assert.True(parsed.ByPort(port).SequenceEqual(index.ByPort(port)), $"port {port} at offset {offset}");
        }

        foreach (PortEntry entry in entries)
        {
            Assert.True(parsed.ByName(entry.Name).SequenceEqual(index.ByName(entry.Name)), $"name {entry.Name} at offset {offset}");
        }

        Assert.Equal(entries, index.All());
    }

    [Fact]
    public void ByName_EveryNameAndAlias_SameCandidatesAsIndexingTheParsedText()
    {
        List<PortEntry> entries = ParseText();
        var parsed = new RegistryData(entries, []);
        EmbeddedIndex index = OpenCopy();
        IEnumerable<string> names = entries.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal);

        int checkedNames = 0;
        foreach (string name in names.Concat(["", "HTTP", "http ", "no-such-service", "ht", "https2"]))
        {
            PortEntry[] expected = parsed.ByName(name).ToArray();
            PortEntry[] actual = index.ByName(name).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"name '{name}': expected [{string.Join(", ", (object[])expected)}], got [{string.Join(", ", (object[])actual)}]");
            checkedNames++;
        }

        Assert.True(checkedNames > 5000, $"only {checkedNames} names checked");
    }

    [Fact]
    public void Lookups_AskedTwice_ReturnTheSameInstancesAsEnumeration()
    {
        EmbeddedIndex index = OpenCopy();

        PortEntry byPort = index.ByPort(443)[0];
        PortEntry byName = index.ByName("https")[0];
        PortEntry[] all = index.All();

        Assert.Same(byPort, byName);
        Assert.Same(byPort, index.ByPort(443)[0]);
        Assert.Same(byPort, all.First(e => e.Port == 443));
        Assert.Same(all, index.All());
        Assert.Same(all[0].Name, index.Entry(0).Name);
        Assert.Equal("https", byPort.Name);
    }

    [Fact]
    public void Entry_MadeFromTheIndex_DoesNotDecodeItsDescriptionToCompare()
    {
        EmbeddedIndex index = OpenCopy();
        PortEntry fromIndex = index.ByPort(443)[0];
        PortEntry parsed = ParseText().First(e => e.Port == 443);

        bool equal = fromIndex.Equals(parsed);

        Assert.True(equal);
        Assert.False(fromIndex.IsDescriptionDecoded);
        Assert.False(parsed.IsDescriptionDecoded);
    }

    [Theory]
    [InlineData(EmbeddedIndexLayout.MagicField, "magic number")]
    [InlineData(EmbeddedIndexLayout.VersionField, "format version")]
    [InlineData(EmbeddedIndexLayout.TotalLengthField, "bytes long")]
    [InlineData(EmbeddedIndexLayout.SourceLengthField, "built from services text")]
    [InlineData(EmbeddedIndexLayout.EntryCountField, "bytes long")]
    [InlineData(EmbeddedIndexLayout.NameSlotCountField, "bytes long")]
    public void FromBytes_CorruptHeaderField_ThrowsInvalidOperationNamingTheReason(int field, string reason)
    {
        byte[] corrupt = [.. s_index.Value];
        BinaryPrimitives.WriteUInt32LittleEndian(corrupt.AsSpan(field * sizeof(uint)), Field(corrupt, field) + 1);

        var ex = Assert.Throws<InvalidOperationException>(() => EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(s_text.Value), corrupt));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains("iana.index", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_Truncated_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(s_text.Value), s_index.Value.AsSpan(0, 40)));
        Assert.Throws<InvalidOperationException>(() => EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(s_text.Value), s_index.Value.AsSpan(0, s_index.Value.Length - 4)));
    }

    [Fact]
    public void FromBytes_IndexOfOtherText_ThrowsInvalidOperation()
    {
        byte[] other = [.. s_text.Value, .. "extra 1/tcp\n"u8];

        var ex = Assert.Throws<InvalidOperationException>(() => EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(other), s_index.Value));

        Assert.Contains("built from services text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_CorruptStringReference_ThrowsInvalidOperationNotAWrongAnswer()
    {
        byte[] corrupt = [.. s_index.Value];
        int firstEntry = EmbeddedIndexLayout.HeaderFields * sizeof(uint);
        BinaryPrimitives.WriteUInt32LittleEndian(corrupt.AsSpan(firstEntry), uint.MaxValue - 1);
        EmbeddedIndex index = EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(s_text.Value), corrupt);

        Assert.Throws<InvalidOperationException>(() => index.Entry(0));
        Assert.Throws<InvalidOperationException>(() => index.Entry(index.Count));
    }

    [Fact]
    public void Write_TextWithSkippedLines_ThrowsInvalidOperation()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => EmbeddedIndexWriter.Write("# iana-updated: 2026-01-01\nhttp 80/tcp\nbroken line\n"u8));

        Assert.Contains("skips", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SmallText_ReadBackWithTheSameAnswers()
    {
        byte[] text = "# iana-updated: 2026-01-01\nhttp 80/tcp www # Web\nhttp 80/udp www # Web\nhttps 443/tcp\nwww 8080/sctp\nq 85/\n"u8.ToArray();
        EmbeddedIndex index = EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(text), EmbeddedIndexWriter.Write(text));

        Assert.Equal(5, index.Count);
        Assert.Equal(["http/tcp", "http/udp", "www/sctp"], index.ByName("www").ToArray().Select(e => $"{e.Name}/{e.Protocol}"));
        Assert.Equal("Web", index.ByPort(80)[1].Description);
        Assert.Null(index.ByPort(443)[0].Description);
        Assert.Equal(string.Empty, index.ByName("q")[0].Protocol);
        Assert.True(index.ByPort(81).IsEmpty);
    }

    private static uint Field(ReadOnlySpan<byte> index, int field) => BinaryPrimitives.ReadUInt32LittleEndian(index[(field * sizeof(uint))..]);

    private static EmbeddedIndex OpenCopy() => EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(s_text.Value), s_index.Value);

    private static List<PortEntry> ParseText()
    {
        var assembler = new EntryAssembler();
        assembler.AddEmbedded(EmbeddedData.FromBytes(s_text.Value));
        AssembledEntries assembled = assembler.Build();
        Assert.Empty(assembled.Diagnostics);
        return assembled.Entries;
    }

    private static byte[] ReadResource(string name)
    {
        using Stream stream = typeof(PortRegistry).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
