using Ports.Tests.Infrastructure;

namespace Ports.Tests;

/// <summary>Lookups (rules 9-12 of docs/services-format.md), sources, Default and Embedded.</summary>
public sealed class PortRegistryTests
{
    private const string Netbase = """
        ftp		21/tcp
        fsp		21/udp		fspd
        http		80/tcp		www		# WorldWideWeb HTTP
        kerberos	88/tcp		kerberos5 krb5 kerberos-sec	# Kerberos v5
        kerberos	88/udp		kerberos5 krb5 kerberos-sec	# Kerberos v5
        acr-nema	104/tcp		dicom		# Digital Imag. & Comm. 300
        loglogin	749/tcp				# Kerberos `kadmin' (v5)
        kerberos4	750/udp		kerberos-iv kdc	# Kerberos (server)
        kerberos4	750/tcp		kerberos-iv kdc
        dicom		11112/tcp
        compressnet	2/tcp
        compressnet	3/tcp
        CAIlic		216/tcp
        upper		80/TCP
        empty		84
        """;

    private static readonly PortRegistry s_netbase = PortRegistry.Parse(Netbase);

    [Theory]
    [InlineData("http", "tcp", 80)]
    [InlineData("www", "tcp", 80)]
    [InlineData("www", null, 80)]
    [InlineData("krb5", "udp", 88)]
    [InlineData("kdc", null, 750)]
    [InlineData("CAIlic", "tcp", 216)]
    public void TryGetByName_NameOrAlias_FindsEntry(string name, string? protocol, int port)
    {
        Assert.True(s_netbase.TryGetByName(name, protocol, out PortEntry? entry));
        Assert.Equal(port, entry.Port);
        Assert.True(s_netbase.TryGetByName(name.AsSpan(), protocol, out PortEntry? viaSpan));
        Assert.Same(entry, viaSpan);
    }

    [Theory]
    [InlineData("HTTP", "tcp")]
    [InlineData("cailic", "tcp")]
    [InlineData("http", "TCP")]
    [InlineData("http", "udp")]
    [InlineData("http", "")]
    [InlineData("nosuch", null)]
    [InlineData("", null)]
    public void TryGetByName_CaseOrProtocolDiffers_NotFound(string name, string? protocol)
        => Assert.False(s_netbase.TryGetByName(name, protocol, out _));

    [Fact]
    public void TryGetByName_AliasOnEarlierLine_WinsOverLaterPrimaryName()
    {
        Assert.True(s_netbase.TryGetByName("dicom", "tcp", out PortEntry? entry));
        Assert.Equal(("acr-nema", 104), (entry.Name, entry.Port));
    }

    [Fact]
    public void TryGetByName_DuplicateName_FirstLineWins()
    {
        Assert.True(s_netbase.TryGetByName("compressnet", "tcp", out PortEntry? entry));
        Assert.Equal(2, entry.Port);
    }

    [Fact]
    public void TryGetByName_EmptyProtocolEntry_FoundWithEmptyOrNullProtocol()
    {
        Assert.True(s_netbase.TryGetByName("empty", string.Empty, out PortEntry? entry));
        Assert.Equal(84, entry.Port);
        Assert.True(s_netbase.TryGetByName("empty", null, out _));
        Assert.False(s_netbase.TryGetByName("empty", "tcp", out _));
    }

    [Fact]
    public void TryGetByName_UppercaseProtocolEntry_FoundOnlyWithExactProtocol()
    {
        Assert.True(s_netbase.TryGetByName("upper", "TCP", out _));
        Assert.False(s_netbase.TryGetByName("upper", "tcp", out _));
    }

    [Theory]
    [InlineData(21, "tcp", "ftp")]
    [InlineData(21, "udp", "fsp")]
    [InlineData(21, null, "ftp")]
    [InlineData(750, null, "kerberos4")]
    [InlineData(80, "tcp", "http")]
    [InlineData(80, "TCP", "upper")]
    [InlineData(84, "", "empty")]
    public void TryGetByPort_PortAndProtocol_FirstLineWins(int port, string? protocol, string name)
    {
        Assert.True(s_netbase.TryGetByPort(port, protocol, out PortEntry? entry));
        Assert.Equal(name, entry.Name);
    }

    [Fact]
    public void TryGetByPort_NullProtocol_ReturnsFirstLineOfAnyProtocol()
    {
        Assert.True(s_netbase.TryGetByPort(750, null, out PortEntry? entry));
        Assert.Equal("udp", entry.Protocol);
    }

    [Theory]
    [InlineData(80, "udp")]
    [InlineData(1, null)]
    [InlineData(-1, null)]
    [InlineData(65536, "tcp")]
    [InlineData(int.MaxValue, null)]
    public void TryGetByPort_NoEntryOrOutOfRange_ReturnsFalse(int port, string? protocol)
        => Assert.False(s_netbase.TryGetByPort(port, protocol, out _));

    [Fact]
    public void GetFirstPerProtocol_PortWithTcpAndUdp_FirstOfEachProtocolInSourceOrder()
    {
        Assert.Equal([("kerberos4", "udp"), ("kerberos4", "tcp")], s_netbase.GetFirstPerProtocol(750).ToArray().Select(e => (e.Name, e.Protocol)));
        Assert.True(s_netbase.GetFirstPerProtocol(9).IsEmpty);
    }

    [Fact]
    public void GetFirstPerProtocol_NameOnSeveralProtocols_FirstOfEachProtocol()
        => Assert.Equal([88, 88], s_netbase.GetFirstPerProtocol("kerberos").ToArray().Select(e => e.Port));

    [Theory]
    [InlineData("HTTP", "tcp", "http")]
    [InlineData("Www", null, "http")]
    [InlineData("cailic", "tcp", "CAIlic")]
    public void TryGetByNameIgnoreCase_AsciiCaseDiffers_Found(string name, string? protocol, string expected)
    {
        Assert.True(s_netbase.TryGetByNameIgnoreCase(name, protocol, out PortEntry? entry));
        Assert.Equal(expected, entry.Name);
    }

    [Fact]
    public void TryGetByNameIgnoreCase_NonAsciiCaseDiffers_NotFound()
    {
        PortRegistry registry = PortRegistry.Parse("café 1/tcp\n");
        Assert.True(registry.TryGetByNameIgnoreCase("CAFé", "tcp", out _));
        Assert.False(registry.TryGetByNameIgnoreCase("CAFÉ", "tcp", out _));
    }

    [Fact]
    public void Entries_DuplicatesAndOrder_KeptAsInSource()
    {
        PortRegistry registry = PortRegistry.Parse("mailq 174/tcp\nmailq 174/tcp\na 2/udp\n");
        Assert.Equal(["mailq", "mailq", "a"], registry.Entries.Select(e => e.Name));
        Assert.Equal(registry.Entries[0], registry.Entries[1]);
    }

    [Fact]
    public void Parse_ProtocolStrings_SharedAcrossEntries()
    {
        PortRegistry registry = PortRegistry.Parse("a 1/tcp\nb 2/tcp\na 1/udp\n");
        Assert.Same(registry.Entries[0].Protocol, registry.Entries[1].Protocol);
        Assert.Same(registry.Entries[0].Name, registry.Entries[2].Name);
    }

    [Fact]
    public void Parse_NullString_Throws()
        => Assert.Throws<ArgumentNullException>(() => PortRegistry.Parse((string)null!));

    [Fact]
    public void Parse_Utf8BytesWithInvalidSequences_KeepsBytesAsEscapes()
    {
        byte[] bytes = [.. "caf"u8, 0xE9, .. " 1/tcp\n"u8];
        PortRegistry registry = PortRegistry.Parse(bytes.AsSpan());
        Assert.Equal("caf\uDCE9", Assert.Single(registry.Entries).Name);
    }

    [Fact]
    public void FromFile_ValidFile_ReadsEntriesAndRecordsSource()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "ssh 22/tcp\nssh 22/udp\n");
        PortRegistry registry = PortRegistry.FromFile(path);
        Assert.Equal(2, registry.Entries.Count);
        Assert.All(registry.Entries, e => Assert.Equal(PortSourceKind.File, e.Source));
        PortSourceStatus source = Assert.Single(registry.Sources);
        Assert.Equal((PortSourceKind.File, path, true, 2), (source.Kind, source.Location, source.IsLoaded, source.EntryCount));
        Assert.Null(registry.DataVersion);
    }

    [Fact]
    public void FromFile_MissingFile_ThrowsFileNotFoundNamingPath()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "absent");
        FileNotFoundException ex = Assert.Throws<FileNotFoundException>(() => PortRegistry.FromFile(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_Directory_ThrowsIOExceptionNamingPath()
    {
        using var dir = new TempDirectory();
        IOException ex = Assert.Throws<IOException>(() => PortRegistry.FromFile(dir.Path));
        Assert.Contains(dir.Path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("directory", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void FromFile_NullOrEmptyPath_ThrowsArgumentException(string? path)
        => Assert.ThrowsAny<ArgumentException>(() => PortRegistry.FromFile(path!));

    [Fact]
    public void FromFile_InvalidUtf8_DoesNotThrowAndRoundTripsBytes()
    {
        using var dir = new TempDirectory();
        byte[] bytes = [(byte)'n', 0xFF, 0xC3, .. " 7/tcp # Soll"u8, 0xE9, (byte)'\n'];
        string path = dir.WriteFile("services", bytes);
        PortEntry entry = Assert.Single(PortRegistry.FromFile(path).Entries);
        Assert.Equal("n\uDCFF\uDCC3", entry.Name);
        Assert.Equal("Soll\uDCE9", entry.Description);
        Assert.Equal([(byte)'n', 0xFF, 0xC3], Ports.Reading.LosslessUtf8.GetBytes(entry.Name));
    }

    [Fact]
    public void Create_SystemWithFallbackAndMissingFile_FallsBackToEmbeddedAndSaysWhy()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "services");
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemWithEmbeddedFallback });
        Assert.Equal(PortRegistry.Embedded.Entries.Count, registry.Entries.Count);
        Assert.Equal(PortRegistry.Embedded.DataVersion, registry.DataVersion);
        Assert.Collection(
            registry.Sources,
            s =>
            {
                Assert.Equal((PortSourceKind.File, path, false), (s.Kind, s.Location, s.IsLoaded));
                Assert.Contains(path, s.Error, StringComparison.Ordinal);
            },
            s => Assert.Equal((PortSourceKind.Embedded, true), (s.Kind, s.IsLoaded)));
    }

    [Fact]
    public void Create_SystemWithFallbackAndReadableFile_UsesOnlyTheFile()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "mine 7/tcp\n");
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemWithEmbeddedFallback });
        Assert.Equal("mine", Assert.Single(registry.Entries).Name);
        Assert.False(registry.TryGetByPort(443, "tcp", out _));
    }

    [Fact]
    public void Create_SystemOnlyAndMissingFile_Throws()
    {
        using var dir = new TempDirectory();
        var options = new PortRegistryOptions { FilePath = Path.Combine(dir.Path, "none"), Source = PortDataSource.SystemOnly };
        Assert.Throws<FileNotFoundException>(() => PortRegistry.Create(options));
    }

    [Fact]
    public void Create_Merged_FileFirstThenEmbeddedFillsGaps()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "web 80/tcp\n");
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.Merged });
        Assert.True(registry.TryGetByPort(80, "tcp", out PortEntry? web));
        Assert.Equal(("web", PortSourceKind.File), (web.Name, web.Source));
        Assert.True(registry.TryGetByPort(443, "tcp", out PortEntry? https));
        Assert.Equal(("https", PortSourceKind.Embedded), (https.Name, https.Source));
        Assert.Equal(PortRegistry.Embedded.DataVersion, registry.DataVersion);
        Assert.Equal([PortSourceKind.File, PortSourceKind.Embedded], registry.Sources.Select(s => s.Kind));
    }

    [Fact]
    public void Create_DefaultOptions_FileFirstThenEmbedded()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "web 80/tcp\n");
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = path });
        Assert.Equal(PortDataSource.Merged, new PortRegistryOptions().Source);
        Assert.Equal([PortSourceKind.File, PortSourceKind.Embedded], registry.Sources.Select(s => s.Kind));
        Assert.Equal(1 + PortRegistry.Embedded.Entries.Count, registry.Entries.Count);
        Assert.Equal("web", registry.Entries[0].Name);
    }

    [Fact]
    public void Create_MergedAndMissingFile_EmbeddedDataAloneAndSaysWhy()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "none");
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.Merged });
        Assert.Equal(PortRegistry.Embedded.Entries, registry.Entries);
        Assert.Equal(PortRegistry.Embedded.DataVersion, registry.DataVersion);
        Assert.Collection(
            registry.Sources,
            s => Assert.Equal((PortSourceKind.File, path, false), (s.Kind, s.Location, s.IsLoaded)),
            s => Assert.Equal((PortSourceKind.Embedded, true, PortRegistry.Embedded.Entries.Count), (s.Kind, s.IsLoaded, s.EntryCount)));
    }

    [Fact]
    public void Create_EmbeddedOnlyWithCustomEntries_CustomThenEmbedded()
    {
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { Source = PortDataSource.EmbeddedOnly }.AddEntry("mine", 443, "tcp"));
        Assert.True(registry.TryGetByPort(443, "tcp", out PortEntry? mine));
        Assert.Equal("mine", mine.Name);
        Assert.True(registry.TryGetByName("https", "tcp", out _));
        Assert.Equal([PortSourceKind.Custom, PortSourceKind.Embedded], registry.Sources.Select(s => s.Kind));
    }

    [Fact]
    public void Create_CustomEntries_WinOverFileAndEmbedded()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "web 80/tcp\nbilling 8081/tcp\n");
        var options = new PortRegistryOptions { FilePath = path, Source = PortDataSource.Merged }
            .AddEntry("billing-api", 8081, "tcp", "billing")
            .AddEntry("my-http", 80, "tcp");
        PortRegistry registry = PortRegistry.Create(options);
        Assert.True(registry.TryGetByPort(8081, "tcp", out PortEntry? billing));
        Assert.Equal(("billing-api", PortSourceKind.Custom), (billing.Name, billing.Source));
        Assert.True(registry.TryGetByName("billing", "tcp", out PortEntry? byAlias));
        Assert.Same(billing, byAlias);
        Assert.True(registry.TryGetByPort(80, "tcp", out PortEntry? http));
        Assert.Equal("my-http", http.Name);
        Assert.Equal([PortSourceKind.Custom, PortSourceKind.File, PortSourceKind.Embedded], registry.Sources.Select(s => s.Kind));
    }

    [Fact]
    public void Create_EmbeddedOnly_ReturnsEmbedded()
        => Assert.Same(PortRegistry.Embedded, PortRegistry.Create(new PortRegistryOptions { Source = PortDataSource.EmbeddedOnly }));

    [Fact]
    public void Create_FileLargerThanLimit_RefusedWithClearMessage()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", new string('#', 5000));
        var options = new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemOnly, MaxFileSize = 4096 };
        IOException ex = Assert.Throws<IOException>(() => PortRegistry.Create(options));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("4096", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullOptions_Throws()
        => Assert.Throws<ArgumentNullException>(() => PortRegistry.Create(null!));

    [Fact]
    public void Default_OnAnyMachine_LoadsOnceAndNeverThrows()
    {
        PortRegistry first = PortRegistry.Default;
        Assert.Same(first, PortRegistry.Default);
        Assert.NotEmpty(first.Entries);
        Assert.NotEmpty(first.Sources);
        bool systemLoaded = first.Sources[0] is { Kind: PortSourceKind.File, IsLoaded: true };
        Assert.Equal(File.Exists(PortRegistry.SystemServicesPath), systemLoaded);
    }

    [Fact]
    public void Default_OnAnyMachine_SystemFileThenEmbeddedData()
    {
        PortRegistry registry = PortRegistry.Default;
        Assert.Equal([PortSourceKind.File, PortSourceKind.Embedded], registry.Sources.Select(s => s.Kind));
        Assert.Equal(PortRegistry.Embedded.DataVersion, registry.DataVersion);
        Assert.Equal(registry.Sources.Sum(s => s.EntryCount), registry.Entries.Count);

        // Whatever the system file holds, the embedded data fills its gaps: 1900/udp is ssdp in the IANA registry.
        Assert.True(registry.TryGetByPort(1900, "udp", out PortEntry? ssdp));
        if (!File.Exists(PortRegistry.SystemServicesPath) || !PortRegistry.FromFile(PortRegistry.SystemServicesPath).TryGetByPort(1900, "udp", out _))
        {
            Assert.Equal(("ssdp", PortSourceKind.Embedded), (ssdp.Name, ssdp.Source));
        }
    }

    [Fact]
    public void Default_SystemFileEntries_ComeFirstExactlyAsFromFile()
    {
        if (!File.Exists(PortRegistry.SystemServicesPath))
        {
            Assert.Skip($"This machine has no {PortRegistry.SystemServicesPath}.");
        }

        PortRegistry glibcView = PortRegistry.FromFile(PortRegistry.SystemServicesPath);
        Assert.Equal(glibcView.Entries, PortRegistry.Default.Entries.Take(glibcView.Entries.Count));
        Assert.All(PortRegistry.Default.Entries.Take(glibcView.Entries.Count), e => Assert.Equal(PortSourceKind.File, e.Source));
    }

    [Fact]
    public void ToString_Registry_NamesEntryCountAndSources()
        => Assert.Equal("PortRegistry with 2 entries from text (2 entries)", PortRegistry.Parse("a 1/tcp\nb 2/tcp\n").ToString());

    [Fact]
    public void ToString_OneCustomEntryAndEmbeddedData_ReadsAsASentence()
        => Assert.Equal(
            $"PortRegistry with {PortRegistry.Embedded.Entries.Count + 1} entries from application entries (1 entry), embedded IANA data ({PortRegistry.Embedded.Entries.Count} entries)",
            PortRegistry.Create(new PortRegistryOptions { Source = PortDataSource.EmbeddedOnly }.AddEntry("billing-api", 8081, "tcp")).ToString());
}
