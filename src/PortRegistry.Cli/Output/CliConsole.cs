using System.Buffers;

namespace Ports.Cli.Output;

/// <summary>
/// Where a command writes: standard output as bytes (text is UTF-8, and characters that stand for bytes that were not
/// valid UTF-8 in a services file are written back as those bytes), and standard error as text.
/// </summary>
/// <param name="output">Standard output.</param>
/// <param name="error">Standard error.</param>
internal sealed class CliConsole(Stream output, TextWriter error)
{
    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Writes bytes to standard output.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>Writes text to standard output as UTF-8, losslessly.</summary>
    /// <param name="text">The text.</param>
    public void Write(string text)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length + 16);
        ServicesText.GetBytes(text, buffer);
        Write(buffer.WrittenSpan);
    }

    /// <summary>Writes an error line, <c>portreg: message</c>, to standard error.</summary>
    /// <param name="message">The message.</param>
    public void WriteError(string message) => Error.WriteLine($"portreg: {message}");
}
