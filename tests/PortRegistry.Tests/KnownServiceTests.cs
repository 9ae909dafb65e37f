namespace Ports.Tests;

/// <summary>One known service: names, protocols, matching and its one-line text.</summary>
public sealed class KnownServiceTests
{
    private static KnownService Service(string name) => ServiceKnowledge.Services.Single(s => s.Name == name);

    [Fact]
    public void Names_NameFirstThenOtherNames()
    {
        KnownService submissions = Service("submissions");

        Assert.Equal(["submissions", "smtps", "ssmtp"], submissions.Names);
        Assert.Equal(["tcp"], submissions.Protocols);
        Assert.Equal(465, submissions.Port);
        Assert.Equal(PortClass.WellKnown, submissions.Class);
    }

    [Fact]
    public void Class_FollowsThePort()
    {
        Assert.Equal(PortClass.Registered, Service("sips").Class);
        Assert.Equal(PortClass.Registered, Service("snmptls").Class);
    }

    [Theory]
    [InlineData("https 443/tcp", true)]
    [InlineData("https 443/udp", true)]
    [InlineData("https 443/sctp", true)]
    [InlineData("https 443/dccp", false)]
    [InlineData("https 444/tcp", false)]
    [InlineData("web 443/tcp https", true)]
    [InlineData("web 443/tcp", false)]
    public void Matches_PortProtocolAndAName(string line, bool expected)
        => Assert.Equal(expected, Service("https").Matches(PortRegistry.Parse(line).Entries[0]));

    [Fact]
    public void Matches_Null_Throws()
        => Assert.Throws<ArgumentNullException>("entry", () => Service("https").Matches(null!));

    [Theory]
    [InlineData("https", "https 443/tcp,udp,sctp TLS (plain: http 80)")]
    [InlineData("http", "http 80/tcp,udp,sctp (TLS: https 443)")]
    [InlineData("ssh", "ssh 22/tcp,udp,sctp")]
    [InlineData("syslog", "syslog 514/udp (TLS: syslog-tls 6514)")]
    public void ToString_OneLine(string name, string expected)
        => Assert.Equal(expected, Service(name).ToString());
}
