using Ports.DataGenerator;

namespace Ports.Tests.DataGenerator;

/// <summary>The name-mapping rule of docs/updating-data.md.</summary>
public sealed class ServiceNameMapperTests
{
    [Theory]
    [InlineData("http")]
    [InlineData("CAIlic")]
    [InlineData("sql*net")]
    [InlineData("EtherNet/IP-1")]
    [InlineData("whois++")]
    [InlineData("z39.50")]
    [InlineData("LiebDevMgmt_A")]
    public void Map_NameAServicesFileCanHold_ReturnsItUnchanged(string name)
    {
        Assert.False(ServiceNameMapper.NeedsMapping(name));
        Assert.Same(name, ServiceNameMapper.Map(name));
    }

    [Theory]
    [InlineData("foo bar", "foo-bar")]
    [InlineData("foo \t\n\v\f\r bar", "foo-bar")]
    [InlineData("a b  c", "a-b-c")]
    [InlineData("foo\u00A0bar", "foo-bar")]
    [InlineData("My Service", "My-Service")]
    public void Map_Whitespace_EachRunBecomesOneHyphen(string name, string expected)
    {
        Assert.True(ServiceNameMapper.NeedsMapping(name));
        Assert.Equal(expected, ServiceNameMapper.Map(name));
    }

    [Theory]
    [InlineData("c#", "c-")]
    [InlineData("a##b", "a--b")]
    [InlineData("#x", "-x")]
    [InlineData("a\0b", "a-b")]
    [InlineData("a #b", "a--b")]
    public void Map_HashOrNul_EachBecomesHyphen(string name, string expected)
    {
        Assert.True(ServiceNameMapper.NeedsMapping(name));
        Assert.Equal(expected, ServiceNameMapper.Map(name));
    }

    [Theory]
    [InlineData(" ", "-")]
    [InlineData("#", "-")]
    [InlineData(" lead", "-lead")]
    public void Map_NameOfOnlyUnholdableCharacters_IsNeverEmpty(string name, string expected)
    {
        Assert.Equal(expected, ServiceNameMapper.Map(name));
    }

    [Fact]
    public void Map_EmptyName_Throws()
    {
        Assert.Throws<ArgumentException>(() => ServiceNameMapper.Map(string.Empty));
    }
}
