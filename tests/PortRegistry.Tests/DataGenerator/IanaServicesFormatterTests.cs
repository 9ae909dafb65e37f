using System.Text;
using Ports.DataGenerator;

namespace Ports.Tests.DataGenerator;

/// <summary>The exact services(5) text the generator writes.</summary>
public sealed class IanaServicesFormatterTests
{
    private static readonly DateOnly Updated = new(2026, 8, 17);

    private static GeneratedEntry Entry(string name, int port, string protocol, string[]? aliases = null, string description = "") =>
        new(name, port, protocol, aliases ?? [], description);

    [Fact]
    public void FormatEntry_NameOnly_IsNameTabPortSlashProtocol()
    {
        Assert.Equal("echo\t7/tcp", IanaServicesFormatter.FormatEntry(Entry("echo", 7, "tcp")));
    }

    [Fact]
    public void FormatEntry_AliasesAndDescription_SpaceSeparatedThenComment()
    {
        GeneratedEntry entry = Entry("http", 80, "tcp", ["www", "www-http"], "World Wide Web HTTP");

        Assert.Equal("http\t80/tcp www www-http # World Wide Web HTTP", IanaServicesFormatter.FormatEntry(entry));
    }

    [Fact]
    public void FormatEntry_DescriptionWithoutAliases_CommentAfterPort()
    {
        Assert.Equal("x11\t6063/udp # X Window System", IanaServicesFormatter.FormatEntry(Entry("x11", 6063, "udp", description: "X Window System")));
    }

    [Theory]
    [InlineData("has space", "tcp")]
    [InlineData("c#", "tcp")]
    [InlineData("", "tcp")]
    [InlineData("ok", "ddp")]
    [InlineData("ok", "TCP")]
    public void FormatEntry_NameOrProtocolAServicesFileCannotHold_Throws(string name, string protocol)
    {
        Assert.Throws<ArgumentException>(() => IanaServicesFormatter.FormatEntry(Entry(name, 1, protocol)));
    }

    [Fact]
    public void FormatEntry_AliasWithSpace_Throws()
    {
        Assert.Throws<ArgumentException>(() => IanaServicesFormatter.FormatEntry(Entry("ok", 1, "tcp", ["bad alias"])));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void FormatEntry_PortOutOfRange_Throws(int port)
    {
        Assert.Throws<ArgumentException>(() => IanaServicesFormatter.FormatEntry(Entry("ok", port, "tcp")));
    }

    [Fact]
    public void FormatEntry_DescriptionWithLineBreak_Throws()
    {
        Assert.Throws<ArgumentException>(() => IanaServicesFormatter.FormatEntry(Entry("ok", 1, "tcp", description: "a\nb")));
    }

    [Fact]
    public void Format_FirstLine_IsTheDataVersionContract()
    {
        string text = IanaServicesFormatter.Format(Updated, [Entry("echo", 7, "tcp")]);

        Assert.StartsWith("# iana-updated: 2026-08-17\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_HeaderThenEntries_LfEndedCommentsAndOneLinePerEntry()
    {
        string text = IanaServicesFormatter.Format(Updated, [Entry("echo", 7, "tcp"), Entry("echo", 7, "udp", description: "Echo")]);

        string[] lines = text.Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        Assert.DoesNotContain('\r', text);
        string[] header = lines[..^3];
        Assert.All(header, line => Assert.StartsWith("#", line, StringComparison.Ordinal));
        Assert.Contains(header, line => line.Contains("PortRegistry.DataGenerator", StringComparison.Ordinal));
        Assert.Contains(header, line => line.Contains("docs/updating-data.md", StringComparison.Ordinal));
        Assert.Equal(["echo\t7/tcp", "echo\t7/udp # Echo"], lines[^3..^1]);
    }

    [Fact]
    public void Encode_NonAscii_Utf8WithoutByteOrderMark()
    {
        const string text = "# iana-updated: 2026-08-17\nx\t1/tcp # FORTÉ\n";

        byte[] bytes = IanaServicesFormatter.Encode(text);

        Assert.Equal((byte)'#', bytes[0]);
        Assert.Equal(text.Length + 1, bytes.Length);
        Assert.Equal(text, Encoding.UTF8.GetString(bytes));
    }
}
