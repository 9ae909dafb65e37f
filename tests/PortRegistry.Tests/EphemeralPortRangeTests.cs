using Ports.Tests.Infrastructure;

namespace Ports.Tests;

/// <summary>The ephemeral port range: IANA's, this machine's, and Linux's procfs format.</summary>
public sealed class EphemeralPortRangeTests
{
    [Fact]
    public void Iana_Is49152To65535()
    {
        Assert.Equal((49152, 65535), (EphemeralPortRange.Iana.First, EphemeralPortRange.Iana.Last));
        Assert.Equal("49152-65535", EphemeralPortRange.Iana.ToString());
    }

    [Theory]
    [InlineData(32767, false)]
    [InlineData(32768, true)]
    [InlineData(45000, true)]
    [InlineData(60999, true)]
    [InlineData(61000, false)]
    public void Contains_BoundsIncluded(int port, bool expected)
        => Assert.Equal(expected, new EphemeralPortRange(32768, 60999).Contains(port));

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(65536, 65536)]
    [InlineData(10, 9)]
    [InlineData(0, 65536)]
    public void Constructor_InvalidRange_Throws(int first, int last)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new EphemeralPortRange(first, last));

    [Fact]
    public void Equality_ComparesBounds()
    {
        Assert.Equal(new EphemeralPortRange(49152, 65535), EphemeralPortRange.Iana);
        Assert.NotEqual(new EphemeralPortRange(32768, 60999), EphemeralPortRange.Iana);
    }

    [Theory]
    [InlineData("32768\t60999\n", 32768, 60999)]
    [InlineData("1024 65535", 1024, 65535)]
    [InlineData("  5000  \t 5000 \n", 5000, 5000)]
    public void TryParseLinux_TwoNumbers_ReadsRange(string text, int first, int last)
    {
        Assert.True(EphemeralPortRange.TryParseLinux(text, out EphemeralPortRange range));
        Assert.Equal((first, last), (range.First, range.Last));
    }

    [Theory]
    [InlineData("")]
    [InlineData("32768")]
    [InlineData("abc def")]
    [InlineData("60999 32768")]
    [InlineData("1024 70000")]
    [InlineData("1 2 3")]
    [InlineData("-1 5")]
    public void TryParseLinux_Malformed_Fails(string text)
        => Assert.False(EphemeralPortRange.TryParseLinux(text, out _));

    [Fact]
    public void LoadCurrent_LinuxFile_ReadsIt()
    {
        RequireLinux();
        using var temp = new TempDirectory();
        string file = temp.WriteFile("ip_local_port_range", "20000\t30000\n");

        Assert.Equal(new EphemeralPortRange(20000, 30000), EphemeralPortRange.LoadCurrent(file));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage\n")]
    [InlineData("")]
    public void LoadCurrent_MissingOrMalformedFile_FallsBackToIana(string? content)
    {
        using var temp = new TempDirectory();
        string file = content is null ? Path.Combine(temp.Path, "missing") : temp.WriteFile("range", content);

        Assert.Equal(EphemeralPortRange.Iana, EphemeralPortRange.LoadCurrent(file));
    }

    [Fact]
    public void LoadCurrent_Directory_FallsBackToIana()
    {
        using var temp = new TempDirectory();

        Assert.Equal(EphemeralPortRange.Iana, EphemeralPortRange.LoadCurrent(temp.Path));
    }

    [Fact]
    public void Current_OnLinux_IsTheKernelsRange()
    {
        RequireLinux();
        if (!EphemeralPortRange.TryParseLinux(File.ReadAllText(EphemeralPortRange.LinuxRangeFile), out EphemeralPortRange kernel))
        {
            Assert.Skip("This kernel's ip_local_port_range cannot be read.");
        }

        Assert.Equal(kernel, EphemeralPortRange.Current);
    }

    [Fact]
    public void Current_ElsewhereThanLinux_IsIana()
    {
        if (OperatingSystem.IsLinux())
        {
            Assert.Skip("Linux has a range of its own.");
        }

        Assert.Equal(EphemeralPortRange.Iana, EphemeralPortRange.Current);
    }

    private static void RequireLinux()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(EphemeralPortRange.LinuxRangeFile))
        {
            Assert.Skip("Needs Linux's /proc/sys/net/ipv4/ip_local_port_range.");
        }
    }
}
