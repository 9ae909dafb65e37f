using System.Buffers;
using Ports.Reading;

namespace Ports;

/// <summary>
/// Converts between the bytes of a services file and the strings of <see cref="PortEntry"/> without losing bytes.
/// A services file is UTF-8 by convention, but glibc accepts any bytes; PortRegistry decodes each byte that is not
/// part of valid UTF-8 to the character U+DC80 + (byte - 0x80), as Python's <c>surrogateescape</c> does, so that
/// <see cref="GetBytes(ReadOnlySpan{char})"/> gives back exactly the bytes the file held. Use these methods when you
/// write names as glibc writes them (a <c>getent services</c> of your own) or look up a name given as raw bytes.
/// </summary>
public static class ServicesText
{
    /// <summary>Decodes bytes as PortRegistry decodes services files: valid UTF-8 as usual, every other byte as U+DC80 + (byte - 0x80).</summary>
    /// <param name="utf8">The bytes, valid UTF-8 or not.</param>
    /// <returns>The text, which <see cref="GetBytes(ReadOnlySpan{char})"/> turns back into the same bytes.</returns>
    public static string GetString(ReadOnlySpan<byte> utf8) => LosslessUtf8.GetString(utf8);

    /// <summary>Returns the bytes a name, protocol or comment of a services file was made of: UTF-8, with U+DC80 to U+DCFF written back as the bytes they stand for.</summary>
    /// <param name="text">Text from a <see cref="PortEntry"/> (or any text).</param>
    /// <returns>The bytes. A lone surrogate outside U+DC80 to U+DCFF, which no file decodes to, is written as U+FFFD.</returns>
    public static byte[] GetBytes(ReadOnlySpan<char> text) => LosslessUtf8.GetBytes(text);

    /// <summary>Writes the bytes a text was made of to <paramref name="output"/>, as <see cref="GetBytes(ReadOnlySpan{char})"/> returns them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static void GetBytes(ReadOnlySpan<char> text, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        LosslessUtf8.Encode(text, output);
    }

    /// <summary>Counts the bytes <see cref="GetBytes(ReadOnlySpan{char})"/> returns, for example to pad a name to a width in bytes as glibc's <c>printf</c> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of bytes.</returns>
    public static int GetByteCount(ReadOnlySpan<char> text) => LosslessUtf8.ByteCount(text);
}
