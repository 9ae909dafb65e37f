using Ports.Cli.Lookup;

namespace Ports.Tests.Cli.Lookup;

/// <summary>The entries a <c>lookup</c> key names.</summary>
public sealed class LookupResolverTests
{
    private static readonly PortRegistry s_registry = PortRegistry.Parse("""
        http    80/tcp  www
        http    80/udp  www
        http    80/sctp
        https   443/tcp
        Mixed   5000/tcp
        fsp     21/udp  fspd
        ftp     21/tcp
        """);

    [Theory]
    [InlineData("80", "http/tcp http/udp http/sctp")]
    [InlineData("80/udp", "http/udp")]
    [InlineData("080", "http/tcp http/udp http/sctp")]
    [InlineData("80/dccp", "")]
    [InlineData("http", "http/tcp http/udp http/sctp")]
    [InlineData("www", "http/tcp http/udp")]
    [InlineData("www/udp", "http/udp")]
    [InlineData("HTTPS", "https/tcp")]
    [InlineData("HTTPS/tcp", "https/tcp")]
    [InlineData("WWW", "http/tcp http/udp")]
    [InlineData("mixed", "Mixed/tcp")]
    [InlineData("21", "fsp/udp ftp/tcp")]
    [InlineData("nosuch", "")]
    [InlineData("", "")]
    [InlineData("65536", "")]
    public void Resolve_KeyForms(string key, string expected)
        => Assert.Equal(expected, string.Join(' ', LookupResolver.Resolve(s_registry, key).Select(e => $"{e.Name}/{e.Protocol}")));
}
