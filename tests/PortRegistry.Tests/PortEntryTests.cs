namespace Ports.Tests;

public sealed class PortEntryTests
{
    [Fact]
    public void Equals_SameValuesDifferentAliasArrays_EqualWithSameHash()
    {
        var a = new PortEntry("http", 80, "tcp", ["www", "www-http"], "web");
        var b = new PortEntry("http", 80, "tcp", new List<string> { "www", "www-http" }, "web");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("HTTP", 80, "tcp", "www")]
    [InlineData("http", 81, "tcp", "www")]
    [InlineData("http", 80, "TCP", "www")]
    [InlineData("http", 80, "tcp", "WWW")]
    public void Equals_AnyFieldDiffers_NotEqual(string name, int port, string protocol, string alias)
    {
        var a = new PortEntry("http", 80, "tcp", ["www"]);
        var b = new PortEntry(name, port, protocol, [alias]);
        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void Equals_AliasOrderDiffers_NotEqual()
        => Assert.NotEqual(new PortEntry("a", 1, "tcp", ["x", "y"]), new PortEntry("a", 1, "tcp", ["y", "x"]));

    [Fact]
    public void Constructor_AliasesArray_CopiedSoCallerCannotMutate()
    {
        string[] aliases = ["www"];
        var entry = new PortEntry("http", 80, "tcp", aliases);
        aliases[0] = "changed";
        Assert.Equal(["www"], entry.Aliases);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)entry.Aliases)[0] = "x");
    }

    [Theory]
    [InlineData("", "tcp")]
    [InlineData("has space", "tcp")]
    [InlineData("hash#name", "tcp")]
    [InlineData("nul\0", "tcp")]
    [InlineData("ok", "t p")]
    [InlineData("ok", "tcp#")]
    public void Constructor_UnwritableNameOrProtocol_ThrowsArgumentException(string name, string protocol)
        => Assert.Throws<ArgumentException>(() => new PortEntry(name, 1, protocol));

    // Found by the round-trip property (ParserPropertyTests): "a 1/tcp # x\ny" read back as "a 1/tcp # x" and a line "y".
    [Theory]
    [InlineData("two\nlines")]
    [InlineData("cut\0short")]
    public void Constructor_DescriptionWithLineFeedOrNul_ThrowsArgumentException(string description)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new PortEntry("a", 1, "tcp", null, description));
        Assert.Equal("description", ex.ParamName);
    }

    [Fact]
    public void ToString_DescriptionWithCarriageReturnHashAndOddSpaces_ParsesBack()
    {
        var entry = new PortEntry("a", 1, "tcp", null, "#x\r y # z\v\u00a0");
        Assert.Equal(entry, Assert.Single(PortRegistry.Parse(entry.ToString()).Entries));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Constructor_PortOutOfRange_Throws(int port)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PortEntry("a", port, "tcp"));

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new PortEntry(null!, 1, "tcp"));
        Assert.Throws<ArgumentNullException>(() => new PortEntry("a", 1, null!));
        Assert.Throws<ArgumentNullException>(() => new PortEntry("a", 1, "tcp", [null!]));
    }

    [Theory]
    [InlineData(0, PortClass.WellKnown)]
    [InlineData(1023, PortClass.WellKnown)]
    [InlineData(1024, PortClass.Registered)]
    [InlineData(49151, PortClass.Registered)]
    [InlineData(49152, PortClass.Dynamic)]
    [InlineData(65535, PortClass.Dynamic)]
    public void Class_RangeBoundaries_FollowTheSeedTable(int port, PortClass expected)
        => Assert.Equal(expected, new PortEntry("a", port, "tcp").Class);

    [Fact]
    public void ToString_EntryWithAliasesAndDescription_IsAServicesLineThatParsesBack()
    {
        var entry = new PortEntry("kerberos", 88, "tcp", ["kerberos5", "krb5"], "Kerberos v5");
        Assert.Equal("kerberos 88/tcp kerberos5 krb5 # Kerberos v5", entry.ToString());
        Assert.Equal(entry, Assert.Single(PortRegistry.Parse(entry.ToString()).Entries));
    }

    [Fact]
    public void HasName_NameOrAlias_True()
    {
        var entry = new PortEntry("http", 80, "tcp", ["www"]);
        Assert.True(entry.HasName("http"));
        Assert.True(entry.HasName("www"));
        Assert.False(entry.HasName("WWW"));
    }
}
