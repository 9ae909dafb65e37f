using Ports.Reading;

namespace Ports.Tests.Reading;

/// <summary>One test per rule of docs/services-format.md (the glibc line grammar), through the public parser.</summary>
public sealed class ServicesReaderTests
{
    private static PortEntry Single(string text)
    {
        PortRegistry registry = PortRegistry.Parse(text);
        Assert.Empty(registry.Diagnostics);
        return Assert.Single(registry.Entries);
    }

    private static ServicesDiagnostic Rejected(string text)
    {
        PortRegistry registry = PortRegistry.Parse(text);
        Assert.Empty(registry.Entries);
        return Assert.Single(registry.Diagnostics);
    }

    // Rule 1: lines, whitespace, blank and comment lines, a last line without a line feed.
    [Theory]
    [InlineData("   http 80/tcp\n")]
    [InlineData("\t\v\f\rhttp 80/tcp\n")]
    [InlineData("http 80/tcp")]
    [InlineData("\n\n   \n# comment\n  # indented comment\nhttp 80/tcp\n\n")]
    public void Read_LeadingWhitespaceBlankAndCommentLines_AreSkipped(string text)
    {
        PortEntry entry = Single(text);
        Assert.Equal(("http", 80, "tcp"), (entry.Name, entry.Port, entry.Protocol));
    }

    [Fact]
    public void Read_EmptyText_HasNoEntriesAndNoDiagnostics()
    {
        PortRegistry registry = PortRegistry.Parse(string.Empty);
        Assert.Empty(registry.Entries);
        Assert.Empty(registry.Diagnostics);
        Assert.False(registry.TryGetByPort(80, null, out _));
        Assert.False(registry.TryGetByName("http", null, out _));
    }

    [Theory]
    [InlineData("a\t80/tcp\tx")]
    [InlineData("a\v80/tcp\vx")]
    [InlineData("a\f80/tcp\fx")]
    [InlineData("a \t\v\f 80/tcp \r x \r")]
    public void Read_AnyCWhitespaceSeparatesFields_FieldsSplit(string text)
    {
        PortEntry entry = Single(text);
        Assert.Equal("a", entry.Name);
        Assert.Equal(80, entry.Port);
        Assert.Equal("tcp", entry.Protocol);
        Assert.Equal(["x"], entry.Aliases);
    }

    // Rule 2: the first '#' ends the line, even inside a token.
    [Fact]
    public void Read_HashInsideName_RejectsLineAsMissingPort()
        => Assert.Equal(ServicesLineError.MissingPort, Rejected("foo#bar 81/tcp\n").Error);

    [Fact]
    public void Read_HashGluedToProtocol_ProtocolEndsAtHash()
    {
        PortEntry entry = Single("foo2 82/tcp#c\n");
        Assert.Equal("tcp", entry.Protocol);
        Assert.Equal("c", entry.Description);
    }

    [Fact]
    public void Read_HashInsideAlias_LaterAliasesDropped()
        => Assert.Equal(["al"], Single("foo3 83/tcp al#ias more\n").Aliases);

    [Fact]
    public void Read_TrailingComment_BecomesTrimmedDescription()
        => Assert.Equal("World Wide Web HTTP", Single("http 80/tcp www # World Wide Web HTTP \r\n").Description);

    [Fact]
    public void Read_EmptyComment_DescriptionIsNull()
        => Assert.Null(Single("auth 113/tcp ident # \n").Description);

    // Rule 3: NUL ends the line.
    [Fact]
    public void Read_NulInsideLine_EndsTheLine()
        => Assert.Equal(["al1"], Single("nul 202/tcp al1\0hidden al2\n").Aliases);

    [Fact]
    public void Read_NulBeforeComment_CommentIgnored()
        => Assert.Null(Single("nul 202/tcp al1\0 # not a comment\n").Description);

    [Fact]
    public void Read_NulInsideLine_NextLineStillRead()
    {
        PortRegistry registry = PortRegistry.Parse("a 1/tcp\0junk\nb 2/tcp\n");
        Assert.Equal(["a", "b"], registry.Entries.Select(e => e.Name));
    }

    // Rule 4: the name is any run of non-whitespace; a line with only a name is rejected.
    [Theory]
    [InlineData("a/b 80/tcp", "a/b")]
    [InlineData("café 80/tcp", "café")]
    [InlineData("123 80/tcp", "123")]
    [InlineData("sql*net 66/tcp", "sql*net")]
    [InlineData("x\u00a0y 80/tcp", "x\u00a0y")]
    public void Read_NameWithAnyNonSpaceCharacters_KeptVerbatim(string text, string name)
        => Assert.Equal(name, Single(text).Name);

    [Theory]
    [InlineData("lonely\n")]
    [InlineData("lonely   \n")]
    [InlineData("lonely # 80/tcp\n")]
    public void Read_NameOnly_RejectedAsMissingPort(string text)
        => Assert.Equal(ServicesLineError.MissingPort, Rejected(text).Error);

    [Fact]
    public void Read_NonBreakingSpaceAfterPort_IsNotWhitespace()
        => Assert.Equal(ServicesLineError.UnexpectedCharacterAfterPort, Rejected("b5 1\u00a0/tcp").Error);

    // Rule 5: strtoul base 0, 16-bit truncation, Debian's rejection above 4294967295.
    [Theory]
    [InlineData("0x57", 87)]
    [InlineData("0X50", 80)]
    [InlineData("0130", 88)]
    [InlineData("010", 8)]
    [InlineData("+89", 89)]
    [InlineData("-0", 0)]
    [InlineData("00", 0)]
    [InlineData("0", 0)]
    [InlineData("0xffff", 65535)]
    [InlineData("0xFFFFFFFF", 65535)]
    [InlineData("99999", 34463)]
    [InlineData("65536", 0)]
    [InlineData("70000", 4464)]
    [InlineData("4294967295", 65535)]
    [InlineData("0777777", 65535)]
    [InlineData("-18446744073709551615", 1)]
    public void Read_PortInStrtoulForms_ParsedAndTruncated(string port, int expected)
        => Assert.Equal(expected, Single($"svc {port}/tcp\n").Port);

    [Theory]
    [InlineData("080", ServicesLineError.UnexpectedCharacterAfterPort)]
    [InlineData("0x", ServicesLineError.UnexpectedCharacterAfterPort)]
    [InlineData("0xg", ServicesLineError.UnexpectedCharacterAfterPort)]
    [InlineData("+", ServicesLineError.InvalidPort)]
    [InlineData("-", ServicesLineError.InvalidPort)]
    [InlineData("tcp", ServicesLineError.InvalidPort)]
    [InlineData("/tcp", ServicesLineError.InvalidPort)]
    [InlineData("4294967296", ServicesLineError.PortOverflow)]
    [InlineData("-1", ServicesLineError.PortOverflow)]
    [InlineData("-65535", ServicesLineError.PortOverflow)]
    [InlineData("4294967297", ServicesLineError.PortOverflow)]
    [InlineData("-0x1", ServicesLineError.PortOverflow)]
    [InlineData("0x100000000", ServicesLineError.PortOverflow)]
    [InlineData("18446744073709551616", ServicesLineError.PortOverflow)]
    [InlineData("99999999999999999999999", ServicesLineError.PortOverflow)]
    public void Read_InvalidPort_LineRejectedWithReason(string port, ServicesLineError error)
        => Assert.Equal(error, Rejected($"svc {port}/tcp\n").Error);

    // Rule 6: after the number, one or more '/' or the end of the line.
    [Fact]
    public void Read_DoubleSlash_ProtocolAfterSlashes()
        => Assert.Equal("tcp", Single("d 93//tcp\n").Protocol);

    [Theory]
    [InlineData("x 94x/tcp\n")]
    [InlineData("x 95 /tcp\n")]
    [InlineData("x11 6000-6063/tcp\n")]
    [InlineData("x 98\r\n")]
    [InlineData("x 98 \n")]
    [InlineData("x 83 tcp\n")]
    public void Read_JunkAfterPort_Rejected(string text)
        => Assert.Equal(ServicesLineError.UnexpectedCharacterAfterPort, Rejected(text).Error);

    [Theory]
    [InlineData("z 84\n", 84)]
    [InlineData("q 85/\n", 85)]
    [InlineData("q 85//\n", 85)]
    [InlineData("z 86#comment\n", 86)]
    public void Read_NoProtocol_AcceptedWithEmptyProtocol(string text, int port)
    {
        PortEntry entry = Single(text);
        Assert.Equal(port, entry.Port);
        Assert.Equal(string.Empty, entry.Protocol);
        Assert.Empty(entry.Aliases);
    }

    // Rule 7: the protocol is verbatim.
    [Theory]
    [InlineData("u 85/TCP", "TCP")]
    [InlineData("s 111/tcp/udp", "tcp/udp")]
    [InlineData("manet 269/ucp", "ucp")]
    [InlineData("natd 8668/divert", "divert")]
    [InlineData("b6 2/tcp\u00a0x", "tcp\u00a0x")]
    public void Read_Protocol_KeptVerbatim(string text, string protocol)
        => Assert.Equal(protocol, Single(text).Protocol);

    [Fact]
    public void Read_SpaceAfterSlash_EmptyProtocolAndAlias()
    {
        PortEntry entry = Single("sp 83/ tcp\n");
        Assert.Equal(string.Empty, entry.Protocol);
        Assert.Equal(["tcp"], entry.Aliases);
    }

    // Rule 8: aliases.
    [Fact]
    public void Read_DuplicateNumericAndSelfAliases_AllKeptInOrder()
        => Assert.Equal(["x", "x", "123", "dup"], Single("dup 1/tcp x x 123 dup\n").Aliases);

    [Fact]
    public void Read_TenThousandAliases_AllKept()
    {
        string aliases = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}"));
        PortEntry entry = Single($"many 1/tcp {aliases}\n");
        Assert.Equal(10_000, entry.Aliases.Count);
        Assert.Equal("a9999", entry.Aliases[^1]);
    }

    [Fact]
    public void Read_CrLfFile_ParsesLikeLf()
    {
        PortRegistry registry = PortRegistry.Parse("echo 7/tcp\r\necho 7/udp\r\nhttps 443/tcp MCom\r\n");
        Assert.Equal(3, registry.Entries.Count);
        Assert.Equal(["MCom"], registry.Entries[2].Aliases);
        Assert.Equal("udp", registry.Entries[1].Protocol);
    }

    [Fact]
    public void Read_RejectedLines_DiagnosticsCarryLineNumbersAndText()
    {
        PortRegistry registry = PortRegistry.Parse("# header\nok 1/tcp\nbad\nworse 6000-6063/tcp\nok2 2/udp\n");
        Assert.Equal(2, registry.Entries.Count);
        Assert.Collection(
            registry.Diagnostics,
            d => Assert.Equal(("text", 3, ServicesLineError.MissingPort, "bad"), (d.Source, d.LineNumber, d.Error, d.Line)),
            d => Assert.Equal(("text", 4, ServicesLineError.UnexpectedCharacterAfterPort, "worse 6000-6063/tcp"), (d.Source, d.LineNumber, d.Error, d.Line)));
    }

    [Fact]
    public void Read_MacOsNamelessLine_SkippedAsInvalidPort()
    {
        // "                 24/udp     # any private mail system": the name is "24/udp", then no port.
        PortRegistry registry = PortRegistry.Parse("                 24/udp     # any private mail system\n");
        Assert.Empty(registry.Entries);
        Assert.Equal(ServicesLineError.MissingPort, Assert.Single(registry.Diagnostics).Error);
    }

    [Fact]
    public void TryParse_CommentOnlyLine_ReturnsFalse()
        => Assert.False(ServicesReader.TryParse("   # nothing here", 1, out _));
}
