using Ports.DataGenerator;

namespace Ports.Tests.DataGenerator;

/// <summary>Parsing a record's number: a single port or a range.</summary>
public sealed class IanaPortRangeTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("80", 80)]
    [InlineData(" 443\n", 443)]
    [InlineData("65535", 65535)]
    [InlineData("0080", 80)]
    public void TryParse_SinglePort_IsRangeOfOne(string text, int port)
    {
        Assert.True(IanaPortRange.TryParse(text, out IanaPortRange range));
        Assert.Equal(new IanaPortRange(port, port), range);
        Assert.Equal(1, range.Count);
        Assert.False(range.IsRange);
    }

    [Theory]
    [InlineData("6000-6063", 6000, 6063, 64)]
    [InlineData("6665-6669", 6665, 6669, 5)]
    [InlineData("225 - 241", 225, 241, 17)]
    [InlineData("0-65535", 0, 65535, 65536)]
    [InlineData("7-7", 7, 7, 1)]
    public void TryParse_Range_GivesBoundsAndCount(string text, int first, int last, int count)
    {
        Assert.True(IanaPortRange.TryParse(text, out IanaPortRange range));
        Assert.Equal(first, range.First);
        Assert.Equal(last, range.Last);
        Assert.Equal(count, range.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("http")]
    [InlineData("-1")]
    [InlineData("+80")]
    [InlineData("0x10")]
    [InlineData("65536")]
    [InlineData("99999999999")]
    [InlineData("6063-6000")]
    [InlineData("1-")]
    [InlineData("-5")]
    [InlineData("1-2-3")]
    [InlineData("\u0668\u0660")]
    public void TryParse_NotAPortOrRange_ReturnsFalse(string? text)
    {
        Assert.False(IanaPortRange.TryParse(text, out _));
    }

    [Theory]
    [InlineData("80", "80")]
    [InlineData(" 6000 - 6063 ", "6000-6063")]
    public void ToString_WritesIanaForm(string text, string expected)
    {
        Assert.True(IanaPortRange.TryParse(text, out IanaPortRange range));
        Assert.Equal(expected, range.ToString());
    }
}
