using System.Net;

namespace Ports.Tests;

/// <summary>The set of listening end points against a plain list, with as many listeners as a busy server has.</summary>
public sealed class ListeningEndPointsTests
{
    [Fact]
    public void Contains_ThousandsOfListeners_AgreesWithTheList()
    {
        // 3,000 listeners on 1,000 ports: specific IPv4 and IPv6 addresses, and wildcards on every tenth port.
        var endPoints = new List<IPEndPoint>();
        for (int i = 0; i < 1000; i++)
        {
            int port = 20000 + (i * 7);
            endPoints.Add(new IPEndPoint(new IPAddress([10, 0, (byte)(i >> 8), (byte)i]), port));
            endPoints.Add(new IPEndPoint(IPAddress.Parse($"2001:db8::{i:x}"), port));
            endPoints.Add(i % 10 == 0 ? new IPEndPoint(IPAddress.IPv6Any, port) : new IPEndPoint(IPAddress.Loopback, port));
        }

        var listeners = new ListeningEndPoints(endPoints.Concat(endPoints.Take(50)));

        Assert.Equal(3000, listeners.Count);
        for (int i = 0; i < 1000; i++)
        {
            int port = 20000 + (i * 7);
            bool wildcard = i % 10 == 0;
            Assert.True(listeners.Contains(new IPEndPoint(new IPAddress([10, 0, (byte)(i >> 8), (byte)i]), port)));
            Assert.True(listeners.Contains(new IPEndPoint(IPAddress.Parse($"::ffff:10.0.{i >> 8}.{i & 0xFF}"), port)));
            Assert.True(listeners.Contains(new IPEndPoint(IPAddress.Parse($"2001:db8::{i:x}"), port)));
            Assert.Equal(wildcard, listeners.Contains(new IPEndPoint(IPAddress.Parse("192.0.2.1"), port)));
            Assert.Equal(wildcard, listeners.Contains(new IPEndPoint(IPAddress.Parse("2001:db8:1::1"), port)));
            Assert.True(listeners.Contains(new IPEndPoint(IPAddress.Loopback, port)));
            Assert.Equal(wildcard, listeners.Contains(new IPEndPoint(IPAddress.IPv6Loopback, port)));
            Assert.False(listeners.Contains(new IPEndPoint(new IPAddress([10, 0, (byte)(i >> 8), (byte)i]), port + 1)));
        }
    }

    [Fact]
    public void Contains_NoListeners_False()
    {
        var listeners = new ListeningEndPoints([]);

        Assert.Equal(0, listeners.Count);
        Assert.False(listeners.Contains(new IPEndPoint(IPAddress.Any, 0)));
        Assert.False(listeners.Contains(new IPEndPoint(IPAddress.IPv6Any, 443)));
    }
}
