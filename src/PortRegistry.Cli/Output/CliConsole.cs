using System.Buffers;

namespace Ports.Cli.Output;

/// <summary>
/// Where a command writes: standard output and standard error as bytes. Text is written as UTF-8, and characters that
/// stand for bytes that were not valid UTF-8 in a services file are written back as those bytes. Writing bytes to the
/// streams spares the tool the set-up of .NET's console text writers (encodings, terminal settings) at every start.
/// </summary>
/// <param name="output">Standard output.</param>
/// <param name="error">Standard error.</param>
internal sealed class CliConsole(Stream output, Stream error)
{
    /// <summary>Writes bytes to standard output.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Write(ReadOnlySpan<byte> bytes) => Write(output, bytes);

    /// <summary>Writes text to standard output as UTF-8, losslessly.</summary>
    /// <param name="text">The text.</param>
    public void Write(string text) => Write(output, text);

    /// <summary>Writes an error line, <c>portreg: message</c>, to standard error.</summary>
    /// <param name="message">The message.</param>
    public void WriteError(string message) => Write(error, $"portreg: {message}\n");

    /// <summary>Writes text (such as a usage) to standard error as it is.</summary>
    /// <param name="text">The text.</param>
    public void WriteErrorText(string text) => Write(error, text);

    private static void Write(Stream stream, string text)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length + 16);
        ServicesText.GetBytes(text, buffer);
        Write(stream, buffer.WrittenSpan);
    }

    private static void Write(Stream stream, ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        stream.Flush();
    }
}
