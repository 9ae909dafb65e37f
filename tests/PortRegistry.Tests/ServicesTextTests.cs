using System.Buffers;

namespace Ports.Tests;

/// <summary>The bytes of services files and the strings of entries, converted without losing a byte.</summary>
public sealed class ServicesTextTests
{
    private static readonly byte[] s_bytes = [.. "caf"u8, 0xE9, (byte)' ', .. "カフェ"u8, 0xFF];

    [Fact]
    public void GetString_InvalidBytes_EscapedAsTheRegistryDecodesThem()
    {
        string text = ServicesText.GetString(s_bytes);

        Assert.Equal("caf\uDCE9 カフェ\uDCFF", text);
        Assert.Equal(PortRegistry.Parse([.. s_bytes[..4], .. " 1/tcp\n"u8]).Entries[0].Name, text[..4]);
    }

    [Fact]
    public void GetBytes_RoundTrip_TheSameBytes()
    {
        string text = ServicesText.GetString(s_bytes);
        var writer = new ArrayBufferWriter<byte>();

        ServicesText.GetBytes(text, writer);

        Assert.Equal(s_bytes, ServicesText.GetBytes(text));
        Assert.Equal(s_bytes, writer.WrittenSpan.ToArray());
        Assert.Equal(s_bytes.Length, ServicesText.GetByteCount(text));
    }

    [Fact]
    public void GetBytes_LoneSurrogateOutsideTheByteRange_ReplacementCharacter()
        => Assert.Equal("a\uFFFDb"u8.ToArray(), ServicesText.GetBytes("a\uD800b"));

    [Fact]
    public void GetBytes_NullWriter_Throws()
        => Assert.Throws<ArgumentNullException>(() => ServicesText.GetBytes("x", null!));
}
