using System.Buffers;
using System.Text.Unicode;

namespace Ports.Reading;

/// <summary>
/// Decodes UTF-8 without losing bytes: each byte that is not part of a valid UTF-8 sequence becomes the lone low
/// surrogate U+DC80 + (byte - 0x80) (U+DC80 to U+DCFF), as Python's <c>surrogateescape</c> does (PEP 383), and
/// <see cref="GetBytes"/> turns those characters back into the original bytes. Valid files decode exactly as
/// <see cref="System.Text.Encoding.UTF8"/> decodes them.
/// </summary>
internal static class LosslessUtf8
{
    private const char EscapeBase = '\uDC00';

    /// <summary>Returns the most characters <paramref name="byteCount"/> bytes can decode to.</summary>
    /// <param name="byteCount">The number of bytes.</param>
    /// <returns>The size of a buffer large enough for <see cref="Decode"/>.</returns>
    public static int MaxCharCount(int byteCount) => byteCount;

    /// <summary>Decodes <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">UTF-8 bytes, possibly invalid.</param>
    /// <param name="destination">A buffer of at least <see cref="MaxCharCount"/> characters.</param>
    /// <returns>The number of characters written.</returns>
    public static int Decode(ReadOnlySpan<byte> source, Span<char> destination)
    {
        int written = 0;
        while (true)
        {
            OperationStatus status = Utf8.ToUtf16(source, destination[written..], out int read, out int chars, replaceInvalidSequences: false);
            written += chars;
            source = source[read..];
            if (status == OperationStatus.Done)
            {
                return written;
            }

            // InvalidData (or a sequence cut off at the end): escape one byte and go on after it.
            destination[written++] = (char)(EscapeBase + source[0]);
            source = source[1..];
        }
    }

    /// <summary>Decodes bytes into a new string.</summary>
    /// <param name="source">UTF-8 bytes, possibly invalid.</param>
    /// <returns>The decoded text.</returns>
    public static string GetString(ReadOnlySpan<byte> source)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, MaxCharCount(source.Length)));
        try
        {
            int length = Decode(source, buffer);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Encodes text to UTF-8, turning U+DC80 to U+DCFF back into the bytes they stand for.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] GetBytes(ReadOnlySpan<char> text)
    {
        var output = new ArrayBufferWriter<byte>(text.Length + 16);
        Encode(text, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Encodes text to UTF-8 into a writer, turning U+DC80 to U+DCFF back into the bytes they stand for.</summary>
    /// <param name="text">The text.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Encode(ReadOnlySpan<char> text, IBufferWriter<byte> output)
    {
        while (!text.IsEmpty)
        {
            Span<byte> span = output.GetSpan(Math.Max(16, text.Length * 3));
            OperationStatus status = Utf8.FromUtf16(text, span, out int read, out int written, replaceInvalidSequences: false);
            output.Advance(written);
            text = text[read..];
            if (status == OperationStatus.InvalidData)
            {
                char c = text[0];
                Span<byte> one = output.GetSpan(3);
                if (c >= '\uDC80' && c <= '\uDCFF')
                {
                    one[0] = (byte)(c - EscapeBase);
                    output.Advance(1);
                }
                else
                {
                    // Any other lone surrogate has no byte form: write U+FFFD as Encoding.UTF8 does.
                    one[0] = 0xEF;
                    one[1] = 0xBF;
                    one[2] = 0xBD;
                    output.Advance(3);
                }

                text = text[1..];
            }
        }
    }

    /// <summary>Counts the bytes <see cref="Encode"/> writes for <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of bytes.</returns>
    public static int ByteCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                count++;
            }
            else if (c < 0x800)
            {
                count += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                count += 4;
                i++;
            }
            else if (c >= '\uDC80' && c <= '\uDCFF')
            {
                count++;
            }
            else
            {
                count += 3;
            }
        }

        return count;
    }
}
