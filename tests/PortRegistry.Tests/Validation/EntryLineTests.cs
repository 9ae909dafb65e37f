using Ports.Validation;

namespace Ports.Tests.Validation;

public sealed class EntryLineTests
{
    [Fact]
    public void TryRead_ServicesLine_ReadsAnEntryOfTheApplication()
    {
        Assert.True(EntryLine.TryRead("billing-api\t8081/tcp billing   # Billing service", out PortEntry? entry, out string? error));

        Assert.Null(error);
        Assert.Equal(new PortEntry("billing-api", 8081, "tcp", ["billing"], "Billing service"), entry);
        Assert.Equal(PortSourceKind.Custom, entry.Source);
    }

    [Theory]
    [InlineData("api 0x1F90/tcp", 8080)]
    [InlineData("api 017620/tcp", 8080)]
    [InlineData("api +8080/tcp", 8080)]
    [InlineData("api -0/tcp", 0)]
    [InlineData("api 65535/udp", 65535)]
    public void TryRead_PortAsGlibcReadsIt_ReadsThePort(string line, int port)
    {
        Assert.True(EntryLine.TryRead(line, out PortEntry? entry, out _));
        Assert.Equal(port, entry.Port);
    }

    [Theory]
    [InlineData("broken 70000/tcp", 70000)]
    [InlineData("broken 65536/tcp", 65536)]
    [InlineData("broken 0x10000/tcp", 65536)]
    [InlineData("broken 0200000/tcp", 65536)]
    [InlineData("broken 4294967295/tcp", 4294967295)]
    public void TryRead_PortAbove65535_FailsNamingTheValue(string line, long value)
    {
        Assert.False(EntryLine.TryRead(line, out PortEntry? entry, out string? error));

        Assert.Null(entry);
        Assert.Equal($"the port {value} is outside 0 to 65535", error);
    }

    [Theory]
    [InlineData("foo", "a services file would skip this line (MissingPort)")]
    [InlineData("foo tcp/80", "a services file would skip this line (InvalidPort)")]
    [InlineData("foo 4294967296/tcp", "a services file would skip this line (PortOverflow)")]
    [InlineData("foo 80 /tcp", "a services file would skip this line (UnexpectedCharacterAfterPort)")]
    [InlineData("", "the line is empty")]
    [InlineData("   ", "the line is empty")]
    [InlineData(null, "the line is empty")]
    [InlineData("# billing-api 8081/tcp", "the line holds no entry (only a comment?)")]
    [InlineData("a 1/tcp\nb 2/tcp", "the line holds more than one entry")]
    public void TryRead_NotOneEntry_FailsSayingWhy(string? line, string expected)
    {
        Assert.False(EntryLine.TryRead(line, out _, out string? error));
        Assert.Equal(expected, error);
    }
}
