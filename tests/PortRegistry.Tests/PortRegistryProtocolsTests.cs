using System.Net;
using System.Net.Sockets;
using Ports.Tests.Infrastructure;

namespace Ports.Tests;

/// <summary>Protocols given as <see cref="ProtocolType"/> and in any letter case.</summary>
public sealed class PortRegistryProtocolsTests
{
    // IANA's entries for these ports (sctp and dccp as the embedded data has them), plus a protocol in capitals that
    // glibc keeps verbatim and a later lower-case line for the same port.
    private const string Services = """
        ssh             22/tcp
        ssh             22/udp
        upper           80/TCP
        http            80/tcp          www
        diameter        3868/tcp
        diameter        3868/sctp
        avt-profile-1   5004/udp
        avt-profile-1   5004/dccp
        """;

    private static readonly PortRegistry s_registry = PortRegistry.Parse(Services);

    [Theory]
    [InlineData(22, ProtocolType.Tcp, "ssh", "tcp")]
    [InlineData(22, ProtocolType.Udp, "ssh", "udp")]
    [InlineData(3868, (ProtocolType)132, "diameter", "sctp")]
    [InlineData(5004, (ProtocolType)33, "avt-profile-1", "dccp")]
    public void TryGetByPort_ProtocolType_FindsTheEntryOfTheProtocolsName(int port, ProtocolType protocol, string name, string protocolName)
    {
        Assert.True(s_registry.TryGetByPort(port, protocol, out PortEntry? entry));
        Assert.Equal((name, port, protocolName), (entry.Name, entry.Port, entry.Protocol));
        Assert.True(s_registry.TryGetByPort(port, protocolName, out PortEntry? viaString));
        Assert.Same(viaString, entry);
    }

    [Fact]
    public void TryGetByPort_ProtocolTypeTcpOnCapitalizedLine_FindsOnlyTheLowerCaseEntryAsGlibc()
    {
        Assert.True(s_registry.TryGetByPort(80, ProtocolType.Tcp, out PortEntry? entry));
        Assert.Equal("http", entry.Name);
    }

    [Theory]
    [InlineData(23, ProtocolType.Tcp)]
    [InlineData(3868, ProtocolType.Udp)]
    [InlineData(5004, ProtocolType.Tcp)]
    [InlineData(-1, ProtocolType.Tcp)]
    [InlineData(70000, ProtocolType.Udp)]
    public void TryGetByPort_ProtocolTypeWithoutEntry_NotFound(int port, ProtocolType protocol)
    {
        Assert.False(s_registry.TryGetByPort(port, protocol, out PortEntry? entry));
        Assert.Null(entry);
    }

    [Theory]
    [InlineData(ProtocolType.Unspecified)]
    [InlineData(ProtocolType.Icmp)]
    [InlineData(ProtocolType.IcmpV6)]
    [InlineData(ProtocolType.IPv6)]
    [InlineData(ProtocolType.Raw)]
    [InlineData(ProtocolType.Unknown)]
    [InlineData((ProtocolType)134)]
    public void TryGetByPort_ProtocolTypeWithoutPorts_ThrowsNamingProtocol(ProtocolType protocol)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => s_registry.TryGetByPort(22, protocol, out _));
        Assert.Equal("protocol", ex.ParamName);
        Assert.Equal(protocol, ex.ActualValue);
    }

    [Theory]
    [InlineData("ssh", ProtocolType.Udp, 22, "udp")]
    [InlineData("www", ProtocolType.Tcp, 80, "tcp")]
    [InlineData("diameter", (ProtocolType)132, 3868, "sctp")]
    [InlineData("avt-profile-1", (ProtocolType)33, 5004, "dccp")]
    public void TryGetByName_ProtocolType_FindsTheEntryOfTheProtocolsName(string name, ProtocolType protocol, int port, string protocolName)
    {
        Assert.True(s_registry.TryGetByName(name, protocol, out PortEntry? entry));
        Assert.Equal((port, protocolName), (entry.Port, entry.Protocol));
    }

    [Theory]
    [InlineData("SSH", ProtocolType.Tcp)]
    [InlineData("diameter", ProtocolType.Udp)]
    public void TryGetByName_ProtocolTypeCaseOrProtocolDiffers_NotFound(string name, ProtocolType protocol)
        => Assert.False(s_registry.TryGetByName(name, protocol, out _));

    [Fact]
    public void TryGetByName_ProtocolTypeWithoutPorts_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => s_registry.TryGetByName("ssh", ProtocolType.Icmp, out _));

    [Theory]
    [InlineData(80, "TCP", "upper")]
    [InlineData(80, "tcp", "upper")]
    [InlineData(80, "Tcp", "upper")]
    [InlineData(3868, "SCTP", "diameter")]
    [InlineData(22, null, "ssh")]
    public void TryGetByPortIgnoreCase_ProtocolInAnyCase_FirstEntryInSourceOrder(int port, string? protocol, string name)
    {
        Assert.True(s_registry.TryGetByPortIgnoreCase(port, protocol, out PortEntry? entry));
        Assert.Equal((name, port), (entry.Name, entry.Port));
    }

    [Theory]
    [InlineData(22, "sctp")]
    [InlineData(22, "tcp ")]
    [InlineData(22, "")]
    [InlineData(-1, "tcp")]
    [InlineData(65536, null)]
    public void TryGetByPortIgnoreCase_NoSuchPortOrProtocol_NotFound(int port, string? protocol)
        => Assert.False(s_registry.TryGetByPortIgnoreCase(port, protocol, out _));

    [Fact]
    public void TryGetByPortIgnoreCase_NonAsciiCaseDiffers_NotFound()
    {
        PortRegistry registry = PortRegistry.Parse("x 1/ſctp\n"); // U+017F LATIN SMALL LETTER LONG S folds to S outside ASCII
        Assert.False(registry.TryGetByPortIgnoreCase(1, "SCTP", out _));
        Assert.True(registry.TryGetByPortIgnoreCase(1, "ſCTP", out _));
    }

    [Theory]
    [InlineData("WWW", "TCP", "http")]
    [InlineData("Diameter", "SCTP", "diameter")]
    [InlineData("upper", "tcp", "upper")]
    public void TryGetByNameIgnoreCase_ProtocolInAnyCase_Found(string name, string protocol, string expected)
    {
        Assert.True(s_registry.TryGetByNameIgnoreCase(name, protocol, out PortEntry? entry));
        Assert.Equal(expected, entry.Name);
    }

    [Fact]
    public void Label_ProtocolTypeEndPoints_SameLabelAsTheProtocolsName()
    {
        var local = new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344);
        var remote = new IPEndPoint(IPAddress.Parse("10.0.0.9"), 22);
        ConnectionLabel typed = s_registry.Label(local, remote, ProtocolType.Udp);
        ConnectionLabel named = s_registry.Label(local, remote, "udp");
        Assert.Equal("udp", typed.Protocol);
        Assert.Equal(named.ToString(), typed.ToString());
        Assert.Same(named.RegistryEntry, typed.RegistryEntry);
        Assert.Equal(("ssh", "udp", ConnectionDirection.Outbound), (typed.RegistryEntry?.Name, typed.RegistryEntry?.Protocol, typed.Direction));
    }

    [Fact]
    public void Label_ProtocolTypePorts_SameLabelAsTheProtocolsName()
    {
        ConnectionLabel typed = s_registry.Label(3868, 50000, (ProtocolType)132);
        ConnectionLabel named = s_registry.Label(3868, 50000, "sctp");
        Assert.Equal(("sctp", ConnectionDirection.Inbound), (typed.Protocol, typed.Direction));
        Assert.Equal(named.ToString(), typed.ToString());
        Assert.Same(named.RegistryEntry, typed.RegistryEntry);
    }

    [Fact]
    public void Label_ProtocolTypeWithoutPorts_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => s_registry.Label(22, null, ProtocolType.Icmp));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_registry.Label(new IPEndPoint(IPAddress.Loopback, 22), null, ProtocolType.Raw));
    }

    [Fact]
    public void Lookups_ProtocolTypeAndIgnoreCase_AllocateNothing()
    {
        long[] allocated =
        [
            Measure(() => s_registry.TryGetByPort(22, ProtocolType.Tcp, out _)),
            Measure(() => s_registry.TryGetByPort(3868, (ProtocolType)132, out _)),
            Measure(() => s_registry.TryGetByName("avt-profile-1", (ProtocolType)33, out _)),
            Measure(() => s_registry.TryGetByPortIgnoreCase(80, "TCP", out _)),
            Measure(() => s_registry.TryGetByNameIgnoreCase("WWW", "TCP", out _)),
        ];
        Assert.Equal([0, 0, 0, 0, 0], allocated);
    }

    [Fact]
    public void Label_ProtocolType_AllocatesNoMoreThanTheStringForm()
    {
        var local = new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344);
        var remote = new IPEndPoint(IPAddress.Parse("10.0.0.9"), 22);
        long typed = MeasureLabel(() => s_registry.Label(local, remote, ProtocolType.Tcp));
        long named = MeasureLabel(() => s_registry.Label(local, remote, "tcp"));
        long typedPorts = MeasureLabel(() => s_registry.Label(22, 52344, ProtocolType.Udp));
        long namedPorts = MeasureLabel(() => s_registry.Label(22, 52344, "udp"));
        Assert.True(named > 0, "a label is an object: measuring must see it");
        Assert.Equal((named, namedPorts), (typed, typedPorts));
    }

    private static long MeasureLabel(Func<ConnectionLabel> label) => Allocations.Of(label, out _);

    private static long Measure(Func<bool> lookup)
    {
        long allocated = Allocations.Of(lookup, out bool found);
        Assert.True(found);
        return allocated;
    }
}
