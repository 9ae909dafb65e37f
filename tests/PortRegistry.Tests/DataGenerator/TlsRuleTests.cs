using System.Globalization;
using System.Text;
using Ports.DataGenerator;
using Ports.Labels;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.DataGenerator;

/// <summary>The rule that finds TLS entries by name or description, and the table and docs list it produces.</summary>
public sealed class TlsRuleTests
{
    [Theory]
    [InlineData("docker-s", "Docker REST API (ssl)", true)]
    [InlineData("imaps", null, true)]
    [InlineData("corba-iiop-ssl", "CORBA IIOP SSL", true)]
    [InlineData("ipfixs", "ipfix protocol over DTLS", true)]
    [InlineData("pcsync-https", "PCsync HTTPS", true)]
    [InlineData("docker", "Docker REST API (plain text)", false)]
    [InlineData("mqtt", "Message Queuing Telemetry Transport Protocol", false)]
    [InlineData("sslx", "Keys", false)] // a word must be TLS, DTLS or SSL, not contain it
    [InlineData("s", null, false)]
    public void Says_NameOrDescription(string name, string? description, bool tls)
    {
        string[] registered = ["docker", "imap", "ipfix", "pcsync-http", "mqtt"];

        Assert.Equal(tls, TlsRule.Says(name, [], description, registered.Contains, out _));
    }

    [Fact]
    public void Says_AliasVariant_Counts()
        => Assert.True(TlsRule.Says("urd", ["submissions"], "URL Rendezvous Directory for SSM", n => n == "submission", out string reason)
            && reason.Contains("submissions", StringComparison.Ordinal));

    [Fact]
    public void RegistryTls_Table_IsTheRuleAppliedToTheEmbeddedData()
    {
        IReadOnlyList<(string Name, int Port, string Protocol, string Reason)> derived = Derive();
        int[] expected = [.. derived.Select(d => PortFacts.Key(d.Port, d.Protocol)).Distinct().Order()];

        int[] actual = [.. RegistryTls.Keys.ToArray().Order()];

        Assert.True(expected.SequenceEqual(actual), "RegistryTls.Keys differs from the rule; the table should read:\n" + Table(derived));
    }

    [Fact]
    public void RegistryTls_Docs_ListEveryEntry()
    {
        string docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "labels.md"));

        Assert.All(Derive(), d => Assert.Contains($"`{d.Name}` {d.Port}/{d.Protocol}", docs, StringComparison.Ordinal));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{Derive().Count} entries"), docs, StringComparison.Ordinal);
        Assert.All(TlsRule.Excluded.Keys, name => Assert.Contains($"`{name}`", docs, StringComparison.Ordinal));
    }

    private static IReadOnlyList<(string Name, int Port, string Protocol, string Reason)> Derive()
        => TlsRule.Apply([.. PortRegistry.Embedded.Entries.Select(e => (e.Name, e.Aliases, e.Port, e.Protocol, e.Description))]);

    private static string Table(IReadOnlyList<(string Name, int Port, string Protocol, string Reason)> derived)
    {
        var text = new StringBuilder();
        foreach ((string name, int port, string protocol, _) in derived)
        {
            text.Append(CultureInfo.InvariantCulture, $"        {PortFacts.Key(port, protocol)}, // {name} {port}/{protocol}\n");
        }

        return text.ToString();
    }
}
