using System.Text;
using Ports.Reading;

namespace Ports.Tests.Reading;

public sealed class LosslessUtf8Tests
{
    public static TheoryData<byte[]> Samples => new()
    {
        Encoding.UTF8.GetBytes("plain ascii"),
        Encoding.UTF8.GetBytes("café Göttingen √± 日本語 😀"),
        new byte[] { 0x53, 0x6F, 0x6C, 0x6C, 0xE9 },
        new byte[] { 0xFF, 0xFE, 0x80, 0xC0, 0xAF },
        new byte[] { 0xE2, 0x82 },
        new byte[] { 0xED, 0xB2, 0x80, 0x41 },
        new byte[] { 0xF0, 0x9F, 0x98 },
        new byte[] { 0x00, 0x0A, 0x0D },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void GetBytes_AfterGetString_ReturnsTheOriginalBytes(byte[] bytes)
    {
        string text = LosslessUtf8.GetString(bytes);
        Assert.Equal(bytes, LosslessUtf8.GetBytes(text));
        Assert.Equal(bytes.Length, LosslessUtf8.ByteCount(text));
    }

    [Fact]
    public void GetString_ValidUtf8_SameAsEncodingUtf8()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("Accuracer Database System √± Server ö É");
        Assert.Equal(Encoding.UTF8.GetString(bytes), LosslessUtf8.GetString(bytes));
    }

    [Fact]
    public void GetString_Latin1Byte_BecomesLowSurrogateEscape()
        => Assert.Equal("\uDCD6man", LosslessUtf8.GetString([0xD6, (byte)'m', (byte)'a', (byte)'n']));

    [Fact]
    public void GetBytes_LoneHighSurrogate_WritesReplacementCharacter()
        => Assert.Equal([0xEF, 0xBF, 0xBD], LosslessUtf8.GetBytes("\uD800"));
}
