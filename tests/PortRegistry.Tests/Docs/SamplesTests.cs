using System.Net;
using System.Reflection;
using Ports.Samples;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Docs;

/// <summary>Runs the docs' samples (tests/PortRegistry.Samples) and checks that they print what the docs say.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class SamplesTests
{
    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    private static string ExpectedDefault(int port, string protocol, Func<PortEntry, string> format)
        => PortRegistry.Default.TryGetByPort(port, protocol, out PortEntry? entry) ? format(entry) : string.Empty;

    [Fact]
    public void GettingStarted_Program_PrintsSshHttpsAndTheRegistry()
    {
        MethodInfo main = typeof(LookupSamples).Assembly.EntryPoint!;

        string output = ConsoleCapture.Run(() => main.Invoke(null, [Array.Empty<string>()]));

        string expected = ExpectedDefault(22, "tcp", e => $"22/tcp is {e.Name}\n")
            + (PortRegistry.Default.TryGetByName("https", "tcp", out PortEntry? https) ? $"https is port {https.Port}\n" : string.Empty)
            + PortRegistry.Default + "\n";
        Assert.Equal(expected, output);
        Assert.StartsWith("22/tcp is ssh\nhttps is port 443\nPortRegistry with ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_ByPort_PrintsHttpsAndDomain()
        => Assert.Equal(
            Lines("https", "http protocol over TLS/SSL", "domain 53/tcp # Domain Name Server", "False"),
            ConsoleCapture.Run(LookupSamples.ByPort));

    [Fact]
    public void Lookups_ByName_FindsHttpByAliasButNotByCase()
        => Assert.Equal(Lines("http", "80", "www, www-http", "False"), ConsoleCapture.Run(LookupSamples.ByName));

    [Fact]
    public void Lookups_ProtocolMatters_DiffersBetweenTcpAndUdp()
        => Assert.Equal(Lines("exec / comsat"), ConsoleCapture.Run(LookupSamples.ProtocolMatters));

    [Fact]
    public void Lookups_Span_FindsImaps()
        => Assert.Equal(Lines("993"), ConsoleCapture.Run(LookupSamples.Span));

    [Fact]
    public void Lookups_IgnoreCase_FindsHttps()
        => Assert.Equal(Lines("https"), ConsoleCapture.Run(LookupSamples.IgnoreCase));

    [Fact]
    public void Lookups_ProtocolType_FindsSctpAndIgnoresCaseOnRequest()
        => Assert.Equal(Lines("ssh/tcp", "diameter/sctp", "False", "True"), ConsoleCapture.Run(LookupSamples.ProtocolTypes));

    [Fact]
    public void Lookups_AllProtocols_ListsHttpsPerProtocol()
        => Assert.Equal(Lines("https 443/tcp", "https 443/udp", "https 443/sctp"), ConsoleCapture.Run(LookupSamples.AllProtocols));

    [Fact]
    public void Lookups_Entry_PrintsEveryMember()
        => Assert.Equal(
            Lines("http", "tcp", "WellKnown", "Embedded", "True", "http 80/tcp www www-http # World Wide Web HTTP"),
            ConsoleCapture.Run(LookupSamples.Entry));

    [Fact]
    public void Lookups_Classes_PrintsTheThreeRanges()
        => Assert.Equal(Lines("WellKnown", "Registered", "Dynamic"), ConsoleCapture.Run(LookupSamples.Classes));

    [Fact]
    public void Lookups_Enumerate_CountsSctpEntries()
    {
        int sctp = PortRegistry.Embedded.Entries.Count(e => e.Protocol == "sctp");
        Assert.InRange(sctp, 1, PortRegistry.Embedded.Entries.Count - 1);
        Assert.Equal(Lines($"{sctp} of {PortRegistry.Embedded.Entries.Count} entries are SCTP"), ConsoleCapture.Run(LookupSamples.Enumerate));
    }

    [Fact]
    public void DependencyInjection_Default_DescribesSsh()
        => Assert.Equal(ExpectedDefault(22, "tcp", e => $"22/tcp ({e.Name})\n"), ConsoleCapture.Run(DependencyInjectionSamples.Default));

    [Fact]
    public void DependencyInjection_Options_FindsTheAppsEntriesByPortAndAlias()
        => Assert.Equal(Lines("billing-api", "9464"), ConsoleCapture.Run(DependencyInjectionSamples.Options));

    [Fact]
    public void Readme_DependencyInjection_BothCallsShapeTheOneRegistry()
        => Assert.Equal(Lines("billing-api", "Embedded"), ConsoleCapture.Run(ReadmeSamples.DependencyInjection));

    [Fact]
    public void DependencyInjection_Configuration_BindsTheAppsettingsSection()
    {
        // The samples' appsettings.json is the one docs/dependency-injection.md shows.
        string contentRoot = Path.Combine(TestPaths.RepoRoot, "tests", "PortRegistry.Samples");

        string output = ConsoleCapture.Run(() => DependencyInjectionSamples.Configuration(["--contentRoot", contentRoot]));

        Assert.Contains("billing-api 8081/tcp billing\n8081\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyInjection_Configuration_DocShowsTheSamplesAppsettings()
    {
        string json = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "PortRegistry.Samples", "appsettings.json")).Trim();
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "dependency-injection.md"));

        Assert.Contains("```json\n" + json + "\n```", doc.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyInjection_Composition_HasBothCallsEntriesInOrder()
        => Assert.Equal(Lines("billing-api 8081/tcp, metrics 9464/tcp", "Custom, Embedded"), ConsoleCapture.Run(DependencyInjectionSamples.Composition));

    [Fact]
    public void DependencyInjection_ValidateOnStart_PrintsTheMessageNamingTheEntry()
        => Assert.Contains(
            "PortRegistry Entries[0] 'broken 70000/tcp' is not valid: the port 70000 is outside 0 to 65535.\n",
            ConsoleCapture.Run(DependencyInjectionSamples.ValidateOnStart),
            StringComparison.Ordinal);

    [Fact]
    public void DependencyInjection_Logging_WarnsNamingThePathAndFallsBack()
    {
        string output = ConsoleCapture.Run(DependencyInjectionSamples.Logging);

        Assert.Contains("Embedded\n", output, StringComparison.Ordinal);
        Assert.Contains("Ports.PortRegistry[1]", output, StringComparison.Ordinal);
        Assert.Contains("The services file /srv/missing could not be read", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyInjection_TestDouble_ResolvesTheTestsRegistry()
        => Assert.Equal(Lines("2"), ConsoleCapture.Run(DependencyInjectionSamples.TestDouble));

    [Fact]
    public void DependencyInjection_ResolveAtStartup_PrintsTheDefaultRegistry()
        => Assert.Equal(Lines(PortRegistry.Default.ToString()), ConsoleCapture.Run(DependencyInjectionSamples.ResolveAtStartup));

    [Fact]
    public void DependencyInjection_WithoutContainer_HasCustomAndEmbeddedSources()
        => Assert.Equal(Lines("2"), ConsoleCapture.Run(DependencyInjectionSamples.WithoutContainer));

    [Fact]
    public void DataSources_Why_PrintsEachSourceOfDefault()
        => Assert.Equal(string.Concat(PortRegistry.Default.Sources.Select(s => s + "\n")), ConsoleCapture.Run(DataSourceSamples.Why));

    [Fact]
    public void DataSources_Fallback_SaysWhyAndUsesTheEmbeddedData()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-services");
        Assert.False(File.Exists(missing));

        string output = ConsoleCapture.Run(DataSourceSamples.Fallback);

        Assert.Equal(Lines($"{missing} was not read: Cannot read the services file '{missing}': it does not exist", "Embedded", PortRegistry.Embedded.DataVersion!), output);
    }

    [Fact]
    public void DataSources_Merged_TakesWhatTheFileLacksFromTheEmbeddedData()
        => Assert.Equal(Lines("web (File), imaps (Embedded)"), ConsoleCapture.Run(DataSourceSamples.Merged));

    [Fact]
    public void DataSources_FromFile_CountsEntriesAndSkippedLines()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "web 80/tcp\nbroken\n");

        Assert.Equal(Lines("1 entries, 1 lines skipped"), ConsoleCapture.Run(() => DataSourceSamples.SystemOnly(path)));
    }

    [Fact]
    public void DataSources_FromFile_MissingFile_PrintsTheMessage()
    {
        using var dir = new TempDirectory();
        string missing = Path.Combine(dir.Path, "nothing");

        Assert.Equal(Lines($"Cannot read the services file '{missing}': it does not exist"), ConsoleCapture.Run(() => DataSourceSamples.SystemOnly(missing)));
    }

    [Fact]
    public void DataSources_FromFile_Directory_PrintsTheIOExceptionMessage()
    {
        using var dir = new TempDirectory();

        Assert.Equal(Lines($"Cannot read the services file '{dir.Path}': it is a directory, not a regular file"), ConsoleCapture.Run(() => DataSourceSamples.SystemOnly(dir.Path)));
    }

    [Fact]
    public void DataSources_CustomEntries_WinOverTheEmbeddedData()
        => Assert.Equal(Lines("https-internal", "Custom"), ConsoleCapture.Run(DataSourceSamples.CustomEntries));

    [Fact]
    public void DataSources_Parse_ReadsEntriesAndComments()
        => Assert.Equal(Lines("2", "Billing service"), ConsoleCapture.Run(DataSourceSamples.Parse));

    [Fact]
    public void DataSources_MaxFileSize_IsSet()
        => Assert.Equal(Lines("1048576"), ConsoleCapture.Run(DataSourceSamples.MaxFileSize));

    [Fact]
    public void ServicesFormat_Rules_PrintEntriesAndSkippedLines()
        => Assert.Equal(
            Lines(
                "hex 80/tcp",
                "oct 25/tcp",
                "wrap 1/udp",
                "twice 93/tcp",
                "upper 85/TCP",
                "bare 84/",
                "line 7: UnexpectedCharacterAfterPort",
                "line 8: PortOverflow",
                "line 9: UnexpectedCharacterAfterPort"),
            ConsoleCapture.Run(ServicesFormatSamples.Rules));

    [Fact]
    public void ServicesFormat_FirstWins_ForPortsAndAliases()
        => Assert.Equal(Lines("first first third", "3"), ConsoleCapture.Run(ServicesFormatSamples.Lookups));

    [Fact]
    public void ServicesFormat_InvalidUtf8_RoundTripsToTheFilesBytes()
        => Assert.Equal(Lines("True", "636166E9"), ConsoleCapture.Run(ServicesFormatSamples.InvalidUtf8));

    [Fact]
    public void Labels_Connection_PrintsOutboundHttps()
        => Assert.Equal(Lines("10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)"), ConsoleCapture.Run(LabelSamples.Connection));

    [Fact]
    public void Labels_OtherMachine_UsesTheGivenEphemeralRange()
    {
        // 40000 is ephemeral in Linux's range (32768-60999) only, 62000 in IANA's (49152-65535) only.
        var flow = new Flow(new IPEndPoint(IPAddress.Parse("10.0.0.5"), 40000), new IPEndPoint(IPAddress.Parse("10.0.0.9"), 62000));

        ConnectionLabel label = LabelSamples.OtherMachine(PortRegistry.Embedded, flow);

        Assert.Equal(ConnectionDirection.Outbound, label.Direction);
        Assert.Equal(62000, label.ServicePort);
        Assert.Equal(ConnectionDirection.Inbound, PortRegistry.Embedded.Label(flow.Source, flow.Destination, "tcp", EphemeralPortRange.Iana).Direction);
    }

    [Fact]
    public void Labels_Catalogue_PrintsImapsInEnglishAndJapanese()
    {
        ConnectionLabel https = PortRegistry.Embedded.Label(52344, 443, "tcp", EphemeralPortRange.Iana);
        string? text = null;

        string output = ConsoleCapture.Run(() => text = LabelSamples.Catalogue(https));

        Assert.Equal(Lines("imaps 993/tcp TLS (plain: imap 143)", "True", "SSL/TLSによるIMAP接続", "https://www.rfc-editor.org/rfc/rfc8314"), output);
        Assert.Equal("HTTP over SSL/TLS (HTTPS)", text);
    }

    [Fact]
    public void Labels_Kafka_NamesTheCatalogueServiceAndKeepsTheRegistryName()
    {
        ConnectionLabel? label = null;

        string output = ConsoleCapture.Run(() => label = LabelSamples.Kafka());

        Assert.Equal(Lines("10.0.0.5:52344 -> 10.0.0.9:9092 kafka (outbound, registry: XmlIpcRegSvc)"), output);
        Assert.Equal(("kafka", "XmlIpcRegSvc", "XmlIpcRegSvc"), (label!.ServiceName, label.RegistryName, label.RegistryEntry?.Name));
    }

    [Fact]
    public void Labels_Accepted_IsInboundWhateverThePorts()
    {
        // A development server on an ephemeral-range port, its client on another: the ports alone cannot tell.
        ConnectionLabel label = LabelSamples.Accepted(
            PortRegistry.Embedded, new IPEndPoint(IPAddress.Loopback, 45000), new IPEndPoint(IPAddress.Loopback, 45001));

        Assert.Equal((ConnectionDirection.Inbound, 45000), (label.Direction, label.ServicePort));
    }

    [Fact]
    public void Labels_ThisMachine_ALoopbackConnectionIsInboundOnOneSideAndOutboundOnTheOther()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = new System.Net.Sockets.TcpClient();
        client.Connect((IPEndPoint)listener.LocalEndpoint);
        using System.Net.Sockets.TcpClient accepted = listener.AcceptTcpClient();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        IReadOnlyList<ConnectionLabel> labels = LabelSamples.ThisMachine(PortRegistry.Embedded);

        ConnectionLabel serverSide = Assert.Single(labels, l => l.LocalPort == port && l.RemotePort == ((IPEndPoint)client.Client.LocalEndPoint!).Port);
        ConnectionLabel clientSide = Assert.Single(labels, l => l.RemotePort == port && l.LocalPort == ((IPEndPoint)client.Client.LocalEndPoint!).Port);
        Assert.Equal((ConnectionDirection.Inbound, port), (serverSide.Direction, serverSide.ServicePort));
        Assert.Equal((ConnectionDirection.Outbound, port), (clientSide.Direction, clientSide.ServicePort));
    }
}
