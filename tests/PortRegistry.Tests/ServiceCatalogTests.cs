using System.Globalization;
using Ports.Tests.Infrastructure;

namespace Ports.Tests;

/// <summary>
/// The catalogue of services people run: the twenty representative services in English and Japanese, today's servers by
/// their usual names, TLS both ways, counterparts, documentation links, and what it leaves to the registry.
/// </summary>
public sealed class ServiceCatalogTests
{
    /// <summary>The study note's table (ports-note.ja.md): name, port, the English summary, the note's Japanese.</summary>
    public static readonly TheoryData<string, int, string, string> Representative = new()
    {
        { "ftp-data", 20, "FTP data transfer", "FTPのデータ転送用" },
        { "ftp", 21, "FTP control (login and commands)", "FTP制御用(ログイン・コマンド)" },
        { "ssh", 22, "Secure remote login (SSH)", "セキュアリモートログイン" },
        { "telnet", 23, "Remote login, unencrypted (Telnet)", "リモートログイン(非暗号)" },
        { "smtp", 25, "Sending email (SMTP)", "電子メール送信用" },
        { "domain", 53, "Name resolution (DNS)", "名前解決" },
        { "http", 80, "Web traffic (HTTP)", "ウェブ通信" },
        { "pop3", 110, "Receiving email, the older way (POP3)", "電子メール(受信・旧方式)" },
        { "ntp", 123, "Time synchronization (NTP)", "時刻同期" },
        { "netbios-ssn", 139, "Microsoft networking (NetBIOS session service)", "Microsoftネットワーク" },
        { "imap", 143, "Email access (IMAP2/IMAP4)", "電子メール(IMAP2/IMAP4)" },
        { "snmp", 161, "Network monitoring (SNMP)", "ネットワーク監視" },
        { "snmptrap", 162, "Network monitoring alerts (SNMP traps)", "ネットワーク監視(警告通知等)" },
        { "ldap", 389, "Directory service (LDAP)", "ディレクトリサービス" },
        { "https", 443, "HTTP over SSL/TLS (HTTPS)", "SSL/TLSによるHTTP接続" },
        { "submissions", 465, "SMTP over SSL/TLS (SMTPS)", "SSL/TLSによるSMTP接続" },
        { "syslog", 514, "Logging service (syslog)", "ロギングサービス" },
        { "ldaps", 636, "Directory service over SSL/TLS (LDAPS)", "SSL/TLSによるディレクトリサービス" },
        { "imaps", 993, "IMAP over SSL/TLS (IMAPS)", "SSL/TLSによるIMAP接続" },
        { "pop3s", 995, "POP3 over SSL/TLS (POP3S)", "SSL/TLSによるPOP3接続" },
    };

    /// <summary>Issue 9's list of services people run today: port, protocol, the usual name.</summary>
    public static readonly TheoryData<int, string, string> Today = new()
    {
        { 5432, "tcp", "postgresql" }, { 3306, "tcp", "mysql" }, { 1433, "tcp", "mssql" }, { 1521, "tcp", "oracle" },
        { 27017, "tcp", "mongodb" }, { 6379, "tcp", "redis" }, { 11211, "tcp", "memcached" }, { 9042, "tcp", "cassandra" },
        { 26257, "tcp", "cockroachdb" }, { 9200, "tcp", "elasticsearch" }, { 9092, "tcp", "kafka" }, { 5672, "tcp", "amqp" },
        { 15672, "tcp", "rabbitmq-management" }, { 4222, "tcp", "nats" }, { 1883, "tcp", "mqtt" }, { 8883, "tcp", "mqtts" },
        { 2181, "tcp", "zookeeper" }, { 6443, "tcp", "kubernetes-api" }, { 10250, "tcp", "kubelet" }, { 2379, "tcp", "etcd" },
        { 2375, "tcp", "docker" }, { 2376, "tcp", "docker-tls" }, { 8500, "tcp", "consul" }, { 8200, "tcp", "vault" },
        { 9090, "tcp", "prometheus" }, { 4317, "tcp", "otlp-grpc" }, { 4318, "tcp", "otlp-http" }, { 9411, "tcp", "zipkin" },
        { 5601, "tcp", "kibana" }, { 5044, "tcp", "beats" }, { 3389, "tcp", "rdp" }, { 5900, "tcp", "vnc" },
        { 5985, "tcp", "winrm" }, { 5986, "tcp", "winrm-https" }, { 445, "tcp", "smb" }, { 8080, "tcp", "http-alt" },
        { 8443, "tcp", "https-alt" }, { 2049, "tcp", "nfs" }, { 2049, "udp", "nfs" }, { 1900, "udp", "ssdp" },
    };

    /// <summary>Every plain/TLS pair: the plain service and its TLS counterpart.</summary>
    public static readonly TheoryData<string, string> Pairs = new()
    {
        { "http", "https" }, { "smtp", "submissions" }, { "ldap", "ldaps" }, { "imap", "imaps" }, { "pop3", "pop3s" },
        { "nntp", "nntps" }, { "domain", "domain-s" }, { "ftp-data", "ftps-data" }, { "ftp", "ftps" }, { "telnet", "telnets" },
        { "syslog", "syslog-tls" }, { "snmp", "snmptls" }, { "snmptrap", "snmptls-trap" }, { "sip", "sips" }, { "amqp", "amqps" },
        { "mqtt", "mqtts" }, { "msft-gc", "msft-gc-ssl" }, { "winrm", "winrm-https" }, { "irc", "ircs" }, { "docker", "docker-tls" },
    };

    [Fact]
    public void RepresentativeNames_AreTheStudyNotesTwentyInOrder()
        => Assert.Equal(Representative.Select(row => row.Data.Item1), ServiceCatalog.RepresentativeNames);

    [Fact]
    public void Services_AtLeastEightyRepresentativeFirstThenByPort()
    {
        Assert.True(ServiceCatalog.Services.Count >= 80, $"{ServiceCatalog.Services.Count} services");
        Assert.Equal(ServiceCatalog.RepresentativeNames, ServiceCatalog.Services.Take(20).Select(s => s.Name));
        int[] rest = [.. ServiceCatalog.Services.Skip(20).Select(s => s.Port)];
        Assert.Equal(rest.Order(), rest);
        Assert.Equal(ServiceCatalog.Services.Count, ServiceCatalog.Services.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void Services_Each_HasProtocolsSummariesAndAnHttpsDocumentationLink()
        => Assert.All(ServiceCatalog.Services, s =>
        {
            Assert.Matches("^[a-z0-9][a-z0-9-]*$", s.Name);
            Assert.NotEmpty(s.Protocols);
            Assert.All(s.Protocols, p => Assert.Contains(p, new[] { "tcp", "udp", "sctp" }));
            Assert.False(string.IsNullOrWhiteSpace(s.GetSummary(Culture("en"))), s.Name);
            Assert.False(string.IsNullOrWhiteSpace(s.GetSummary(Culture("ja"))), s.Name);
            Assert.Equal("https", s.Documentation.Scheme);
        });

    [Fact]
    public void Services_NoPortWithoutADominantService()
        => Assert.All(new[] { 3000, 5000, 8000, 8888, 9000 }, port => Assert.DoesNotContain(ServiceCatalog.Services, s => s.Port == port));

    [Theory]
    [MemberData(nameof(Representative))]
    public void GetSummary_RepresentativeService_EnglishAndJapanese(string name, int port, string english, string japanese)
    {
        CatalogService service = Service(name);

        Assert.Equal(port, service.Port);
        Assert.Equal(english, service.GetSummary(Culture("en")));
        Assert.Equal(english, service.GetSummary(CultureInfo.InvariantCulture));
        Assert.Equal(japanese, service.GetSummary(Culture("ja")));
        Assert.Equal(japanese, service.GetSummary(Culture("ja-JP")));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("jv")]
    [InlineData("en-GB")]
    public void GetSummary_OtherLanguage_English(string culture)
        => Assert.Equal("Web traffic (HTTP)", Service("http").GetSummary(Culture(culture)));

    [Fact]
    public void GetSummary_NoCulture_UsesCurrentUICulture()
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Culture("ja-JP");
            Assert.Equal("ウェブ通信", Service("http").GetSummary());
            CultureInfo.CurrentUICulture = Culture("en-US");
            Assert.Equal("Web traffic (HTTP)", Service("http").GetSummary());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Assembly_HoldsNoResourceButTheEmbeddedData()
        => Assert.Equal(["Ports.Data.iana.index", "Ports.Data.iana.services"], typeof(ServiceCatalog).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Today))]
    public void Label_ServicesPeopleRunToday_LabelledByTheirUsualNames(int port, string protocol, string name)
    {
        ConnectionLabel label = PortRegistry.Embedded.Label(52344, port, protocol, EphemeralPortRange.Iana);

        Assert.Equal((ConnectionDirection.Outbound, name), (label.Direction, label.ServiceName));
        Assert.True(ServiceCatalog.TryFind(port, protocol, out CatalogService? service));
        Assert.Same(service, label.CatalogService);
    }

    [Theory]
    [InlineData(1883)]
    [InlineData(2375)]
    [InlineData(5985)]
    [InlineData(80)]
    [InlineData(22)]
    [InlineData(25)]
    [InlineData(143)]
    [InlineData(5432)]
    public void IsTls_PlainProtocols_NotTls(int port)
    {
        Assert.False(ServiceCatalog.IsTls(port, "tcp"));
        Assert.False(PortRegistry.Embedded.Label(52344, port, "tcp", EphemeralPortRange.Iana).IsTls);
    }

    [Theory]
    [InlineData(8883)]
    [InlineData(2376)]
    [InlineData(5986)]
    [InlineData(8443)]
    [InlineData(636)]
    [InlineData(993)]
    [InlineData(853)]
    public void IsTls_TlsProtocols_Tls(int port)
    {
        Assert.True(ServiceCatalog.IsTls(port, "tcp"));
        ConnectionLabel label = PortRegistry.Embedded.Label(52344, port, "tcp", EphemeralPortRange.Iana);
        Assert.True(label.IsTls);
        Assert.Contains(", TLS", label.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6619, "tcp")] // odette-ftps: TLS by the registry's name alone, not in the catalogue
    [InlineData(3269, "udp")] // msft-gc-ssl on udp: the catalogue has tcp only, the registry says SSL
    [InlineData(5684, "udp")] // coaps: "DTLS-secured CoAP"
    public void IsTls_RegistryEntriesOutsideTheCatalogue_FromTheirNameOrDescription(int port, string protocol)
    {
        Assert.False(ServiceCatalog.TryFind(port, protocol, out _));
        Assert.True(ServiceCatalog.IsTls(port, protocol));
        Assert.True(PortRegistry.Embedded.Label(52344, port, protocol, EphemeralPortRange.Iana).IsTls);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Counterpart_PlainAndTls_PointAtEachOther(string plain, string tls)
    {
        CatalogService plainService = Service(plain);
        CatalogService tlsService = Service(tls);

        Assert.Same(tlsService, plainService.Counterpart);
        Assert.Same(plainService, tlsService.Counterpart);
        Assert.False(plainService.IsTls);
        Assert.True(tlsService.IsTls);
    }

    [Fact]
    public void Counterpart_EveryService_IsInAListedPairOrHasNone()
    {
        var paired = new HashSet<string>(Pairs.SelectMany(row => new[] { row.Data.Item1, row.Data.Item2 }));
        Assert.All(ServiceCatalog.Services, s => Assert.Equal(paired.Contains(s.Name), s.Counterpart is not null));
    }

    [Fact]
    public void ToString_TlsServiceWithCounterpart_OneLine()
    {
        Assert.Equal("https 443/tcp,udp,sctp TLS (plain: http 80)", Service("https").ToString());
        Assert.Equal("kafka 9092/tcp", Service("kafka").ToString());
    }

    [Fact]
    public void TryFind_PortAndProtocol_OnlyWhereTheServiceRuns()
    {
        Assert.True(ServiceCatalog.TryFind(21, "tcp", out CatalogService? ftp));
        Assert.Equal("ftp", ftp.Name);
        Assert.False(ServiceCatalog.TryFind(21, "udp", out _));  // netbase: fsp 21/udp
        Assert.False(ServiceCatalog.TryFind(514, "tcp", out _)); // netbase: shell 514/tcp
        Assert.True(ServiceCatalog.TryFind(514, "udp", out _));
        Assert.False(ServiceCatalog.TryFind(9092, "TCP", out _)); // protocols compare exactly, as lookups do
        Assert.False(ServiceCatalog.TryFind(-1, "tcp", out _));
        Assert.False(ServiceCatalog.TryFind("XmlIpcRegSvc", out _));
        Assert.True(Service("kafka").RunsOn(9092, "tcp"));
        Assert.False(Service("kafka").RunsOn(9092, "udp"));
    }

    [Fact]
    public void Catalogue_LeavesLookupsToTheRegistry()
    {
        Assert.True(PortRegistry.Embedded.TryGetByPort(9092, "tcp", out PortEntry? entry));
        Assert.Equal("XmlIpcRegSvc", entry.Name);
        Assert.False(PortRegistry.Embedded.TryGetByName("kafka", "tcp", out _));
    }

    [Fact]
    public void Merged_DebianNetbase_FindsSsdpAnd8443()
    {
        string file = Path.Combine(TestPaths.RequireSharedServicesData(), "debian-netbase-6.6.services");
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = file, Source = PortDataSource.Merged });

        Assert.True(registry.TryGetByPort(1900, "udp", out PortEntry? ssdp));
        Assert.Equal("ssdp", ssdp.Name);
        Assert.True(registry.TryGetByPort(8443, "tcp", out PortEntry? alt));
        Assert.Equal("pcsync-https", alt.Name);
        ConnectionLabel label = registry.Label(52344, 8443, "tcp", EphemeralPortRange.Iana);
        Assert.Equal(("https-alt", "pcsync-https", true), (label.ServiceName, label.RegistryName, label.IsTls));
        Assert.Equal("nfs", registry.Label(52344, 2049, "udp", EphemeralPortRange.Iana).RegistryEntry?.Name);
    }

    [Fact]
    public void Docs_ListEveryServiceWithItsDocumentation()
    {
        string docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "labels.md"));

        Assert.All(ServiceCatalog.Services, s =>
        {
            Assert.Contains($"| `{s.Name}` | {s.Port}/{string.Join(",", s.Protocols)} |", docs, StringComparison.Ordinal);
            Assert.Contains($"({s.Documentation.OriginalString})", docs, StringComparison.Ordinal);
        });
    }

    private static CatalogService Service(string name)
        => ServiceCatalog.TryFind(name, out CatalogService? service) ? service : throw new InvalidOperationException(name);

    private static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name);
}
