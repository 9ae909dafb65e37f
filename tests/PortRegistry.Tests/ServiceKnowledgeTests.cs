using System.Globalization;
using System.Resources;

namespace Ports.Tests;

/// <summary>The seed's knowledge: the twenty representative services in English and Japanese, TLS facts and counterparts.</summary>
public sealed class ServiceKnowledgeTests
{
    /// <summary>The study note's table (ports-note.ja.md): name, port, the curated English, the note's Japanese.</summary>
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

    /// <summary>Every plain/TLS pair: the plain service and its TLS counterpart.</summary>
    public static readonly TheoryData<string, string> Pairs = new()
    {
        { "http", "https" },
        { "smtp", "submissions" },
        { "ldap", "ldaps" },
        { "imap", "imaps" },
        { "pop3", "pop3s" },
        { "nntp", "nntps" },
        { "domain", "domain-s" },
        { "ftp-data", "ftps-data" },
        { "ftp", "ftps" },
        { "telnet", "telnets" },
        { "syslog", "syslog-tls" },
        { "snmp", "snmptls" },
        { "snmptrap", "snmptls-trap" },
        { "sip", "sips" },
        { "amqp", "amqps" },
        { "mqtt", "secure-mqtt" },
        { "msft-gc", "msft-gc-ssl" },
        { "wsman", "wsmans" },
        { "ircu", "ircs-u" },
    };

    [Fact]
    public void RepresentativeNames_AreTheStudyNotesTwentyInOrder()
        => Assert.Equal(Representative.Select(row => row.Data.Item1), ServiceKnowledge.RepresentativeNames);

    [Fact]
    public void Services_RepresentativeFirst_ThenTheRestByPort()
    {
        Assert.Equal(ServiceKnowledge.RepresentativeNames, ServiceKnowledge.Services.Take(20).Select(s => s.Name));
        int[] rest = [.. ServiceKnowledge.Services.Skip(20).Select(s => s.Port)];
        Assert.Equal(rest.Order(), rest);
        Assert.Equal(ServiceKnowledge.Services.Count, ServiceKnowledge.Services.Select(s => s.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Representative))]
    public void GetDescription_RepresentativeService_EnglishAndJapanese(string name, int port, string english, string japanese)
    {
        KnownService service = Service(name);

        Assert.Equal(port, service.Port);
        Assert.Equal(english, service.GetDescription(Culture("en")));
        Assert.Equal(english, service.GetDescription(CultureInfo.InvariantCulture));
        Assert.Equal(japanese, service.GetDescription(Culture("ja")));
        Assert.Equal(japanese, service.GetDescription(Culture("ja-JP")));
    }

    [Fact]
    public void GetDescription_OtherLanguage_FallsBackToEnglish()
        => Assert.Equal("Web traffic (HTTP)", Service("http").GetDescription(Culture("fr-FR")));

    [Fact]
    public void GetDescription_NoCulture_UsesCurrentUICulture()
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Culture("ja-JP");
            Assert.Equal("ウェブ通信", Service("http").GetDescription());
            CultureInfo.CurrentUICulture = Culture("en-US");
            Assert.Equal("Web traffic (HTTP)", Service("http").GetDescription());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void GetDescription_EveryService_HasEnglishAndJapanese()
    {
        CultureInfo ja = Culture("ja");
        CultureInfo en = Culture("en");
        foreach (KnownService service in ServiceKnowledge.Services)
        {
            string english = service.GetDescription(en);
            string japanese = service.GetDescription(ja);
            Assert.True(english.Length > 0 && english.All(char.IsAscii), $"{service.Name}: '{english}'");
            Assert.True(japanese.Any(c => c >= '\u3040'), $"{service.Name}: '{japanese}' has no Japanese");
        }
    }

    [Fact]
    public void Resources_HoldExactlyTheKnownServices()
    {
        var manager = new ResourceManager("Ports.Resources.ServiceDescriptions", typeof(ServiceKnowledge).Assembly);
        var names = ServiceKnowledge.Services.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        foreach (CultureInfo culture in new[] { CultureInfo.InvariantCulture, Culture("ja") })
        {
            ResourceSet set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
                ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
            var keys = set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(names, keys);
        }
    }

    [Fact]
    public void SatelliteAssembly_IsBuiltBesideTheLibrary()
    {
        string directory = Path.GetDirectoryName(typeof(ServiceKnowledge).Assembly.Location)!;

        Assert.True(File.Exists(Path.Combine(directory, "ja", "PortRegistry.resources.dll")));
    }

    [Theory]
    [InlineData("https", true)]
    [InlineData("submissions", true)]
    [InlineData("ldaps", true)]
    [InlineData("imaps", true)]
    [InlineData("pop3s", true)]
    [InlineData("domain-s", true)]
    [InlineData("ftps", true)]
    [InlineData("ftps-data", true)]
    [InlineData("telnets", true)]
    [InlineData("sips", true)]
    [InlineData("nntps", true)]
    [InlineData("http", false)]
    [InlineData("smtp", false)]
    [InlineData("ssh", false)]
    [InlineData("ftp", false)]
    [InlineData("telnet", false)]
    public void IsTls_KnownServices(string name, bool tls)
        => Assert.Equal(tls, Service(name).IsTls);

    [Theory]
    [InlineData(443, "tcp", true)]
    [InlineData(465, "tcp", true)]
    [InlineData(636, "tcp", true)]
    [InlineData(993, "tcp", true)]
    [InlineData(995, "tcp", true)]
    [InlineData(853, "tcp", true)]
    [InlineData(853, "udp", true)]
    [InlineData(990, "tcp", true)]
    [InlineData(992, "tcp", true)]
    [InlineData(5061, "tcp", true)]
    [InlineData(443, "udp", true)]
    [InlineData(80, "tcp", false)]
    [InlineData(25, "tcp", false)]
    [InlineData(22, "tcp", false)]
    [InlineData(465, "udp", false)]
    [InlineData(8443, "tcp", false)]
    public void IsTls_EmbeddedEntries(int port, string protocol, bool tls)
    {
        Assert.True(PortRegistry.Embedded.TryGetByPort(port, protocol, out PortEntry? entry));
        Assert.Equal(tls, ServiceKnowledge.IsTls(entry));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Counterpart_PlainAndTls_PointAtEachOther(string plain, string tls)
    {
        KnownService a = Service(plain);
        KnownService b = Service(tls);

        Assert.False(a.IsTls);
        Assert.True(b.IsTls);
        Assert.Same(b, a.Counterpart);
        Assert.Same(a, b.Counterpart);
    }

    [Fact]
    public void Counterpart_EveryService_IsInAPairOrHasNone()
    {
        var paired = Pairs.SelectMany(row => new[] { row.Data.Item1, row.Data.Item2 }).ToHashSet();
        foreach (KnownService service in ServiceKnowledge.Services)
        {
            Assert.Equal(paired.Contains(service.Name), service.Counterpart is not null);
        }

        Assert.All(ServiceKnowledge.Services.Where(s => s.IsTls), s => Assert.NotNull(s.Counterpart));
        Assert.Equal(["ssh", "ntp", "netbios-ssn"], ServiceKnowledge.Services.Where(s => s.Counterpart is null).Select(s => s.Name));
    }

    [Fact]
    public void Services_MatchTheEmbeddedIanaEntries()
    {
        // Every name and protocol in the table is IANA's (or the seed note's); each IANA entry on those ports is found.
        int matched = 0;
        foreach (KnownService service in ServiceKnowledge.Services)
        {
            foreach (string protocol in service.Protocols)
            {
                if (PortRegistry.Embedded.TryGetByPort(service.Port, protocol, out PortEntry? entry))
                {
                    Assert.True(ServiceKnowledge.TryFind(entry, out KnownService? found), $"{entry} is not known as {service.Name}");
                    Assert.Same(service, found);
                    matched++;
                }
                else
                {
                    // Only the seed note adds protocols IANA lacks: imaps on udp.
                    Assert.Equal(("imaps", "udp"), (service.Name, protocol));
                }
            }
        }

        Assert.True(matched > 80, $"only {matched} entries matched");
    }

    [Theory]
    [InlineData("shell 514/tcp cmd syslog", null)]
    [InlineData("syslog 514/udp", "syslog")]
    [InlineData("fsp 21/udp fspd", null)]
    [InlineData("ftp 21/udp fsp fspd", "ftp")]
    [InlineData("urd 465/tcp", null)]
    [InlineData("urd 465/tcp submissions", "submissions")]
    [InlineData("submissions 465/tcp ssmtp smtps urd", "submissions")]
    [InlineData("smtps 465/tcp", "submissions")]
    [InlineData("igmpv3lite 465/udp smtps ssmtp", null)]
    [InlineData("www 80/tcp http", "http")]
    [InlineData("snmp-trap 162/udp snmptrap", "snmptrap")]
    [InlineData("snmpdtls 10161/udp", "snmptls")]
    [InlineData("https 8443/tcp", null)]
    [InlineData("https 443/TCP", null)]
    [InlineData("imap2 143/udp imap", null)]
    public void TryFind_EntryMustBeTheServiceByPortProtocolAndName(string line, string? expected)
    {
        PortEntry entry = Assert.Single(PortRegistry.Parse(line).Entries);

        Assert.Equal(expected is not null, ServiceKnowledge.TryFind(entry, out KnownService? service));
        Assert.Equal(expected, service?.Name);
    }

    [Fact]
    public void Describe_KnownService_CuratedInTheLanguage()
    {
        PortEntry entry = PortRegistry.Parse("https 443/tcp # http protocol over TLS/SSL").Entries[0];

        Assert.Equal("SSL/TLSによるHTTP接続", ServiceKnowledge.Describe(entry, Culture("ja")));
        Assert.Equal("HTTP over SSL/TLS (HTTPS)", ServiceKnowledge.Describe(entry, Culture("en")));
    }

    [Fact]
    public void Describe_UnknownService_IsTheEntrysOwnDescription()
    {
        PortEntry withComment = PortRegistry.Parse("billing 8081/tcp # Billing API").Entries[0];
        PortEntry without = PortRegistry.Parse("billing 8081/tcp").Entries[0];

        Assert.Equal("Billing API", ServiceKnowledge.Describe(withComment, Culture("ja")));
        Assert.Null(ServiceKnowledge.Describe(without));
    }

    [Fact]
    public void PublicMembers_NullEntry_Throw()
    {
        Assert.Throws<ArgumentNullException>("entry", () => ServiceKnowledge.TryFind(null!, out _));
        Assert.Throws<ArgumentNullException>("entry", () => ServiceKnowledge.IsTls(null!));
        Assert.Throws<ArgumentNullException>("entry", () => ServiceKnowledge.Describe(null!));
    }

    private static KnownService Service(string name) => ServiceKnowledge.Services.Single(s => s.Name == name);

    /// <summary>A culture by name; skips the test where .NET runs without ICU (globalization-invariant mode) and so has no cultures.</summary>
    private static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException ex)
        {
            Assert.Skip($"No culture '{name}' here (globalization-invariant mode?): {ex.Message}");
            throw;
        }
    }
}
