using Ports.Cli.Output;

namespace Ports.Tests.Cli.Output;

/// <summary>Text from services files and process names made safe for a terminal.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("https", "https")]
    [InlineData("SSL/TLSによるHTTP接続", "SSL/TLSによるHTTP接続")]
    [InlineData("title \u001b]0;pwned\u0007", @"title \x1b]0;pwned\x07")]
    [InlineData("tab\there\r\n", @"tab\x09here\x0d\x0a")]
    [InlineData("del\u007f", @"del\x7f")]
    [InlineData("csi\u009b31m", @"csi\u009b31m")]
    [InlineData("abc\u202Edef", @"abc\u202edef")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("😀 emoji", "😀 emoji")]
    public void Escape_Text_Expected(string text, string expected)
        => Assert.Equal(expected, TerminalText.Escape(text));

    [Fact]
    public void Escape_EscapedByte_ShowsTheByte()
        => Assert.Equal(@"caf\xe9", TerminalText.Escape("caf\uDCE9"));

    [Fact]
    public void Escape_InvalidByteFromFile_ShowsTheByte()
    {
        var registry = PortRegistry.Parse([.. "caf"u8, 0xE9, 0xFF, .. " 4000/tcp\n"u8]);

        Assert.Equal(@"caf\xe9\xff", TerminalText.Escape(registry.Entries[0].Name));
    }

    [Fact]
    public void Escape_LoneHighSurrogate_NoLoneSurrogateLeft()
    {
        string escaped = TerminalText.Escape("a\uD800b");

        Assert.DoesNotContain(escaped, char.IsSurrogate);
        Assert.StartsWith("a", escaped, StringComparison.Ordinal);
        Assert.EndsWith("b", escaped, StringComparison.Ordinal);
    }
}
