using System.Buffers;
using System.Text;
using Ports.Cli.Getent;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Reliability;

/// <summary>
/// Differences from glibc that the differential tests on generated files found, one named test each, with glibc's
/// output written out so that they run without the oracle too (where the oracle runs, it is checked against it).
/// </summary>
/// <remarks>
/// All five are one behaviour of glibc's <c>__nss_readline</c>, which strips leading whitespace with
/// <c>memmove(buf, p, strlen(p))</c> and so leaves the old terminating NUL behind: a line that starts with k whitespace
/// bytes and has no line feed before its end (the last line of a file without a final newline, or a line with a NUL in
/// it) is read as its text followed by its own last k bytes. <c>Reading/GlibcReadline.cs</c> reproduces it.
/// </remarks>
public sealed class GlibcRegressionTests
{
    [Fact]
    public void Parse_IndentedLastLineWithoutNewline_RepeatsItsLastBytesAsGlibc()
        => AssertAsGlibc("  ab 1/tcp", "ab                    1/tcpcp\n");

    [Fact]
    public void Parse_IndentedLineWithNul_RepeatsTheBytesBeforeTheNulAsGlibc()
        => AssertAsGlibc(
            "first 7/udp\n  a 1/tcp x\0hidden al2\nlast 9/tcp\n",
            "first                 7/udp\na                     1/tcp x x\nlast                  9/tcp\n");

    [Fact]
    public void Parse_IndentedLastLineWithNonAsciiEnd_RepeatsBytesNotCharacters()
        => AssertAsGlibc(" ab 1/tcp x\u00c3\u00a9", "ab                    1/tcp x\u00c3\u00a9\u00a9\n");

    [Fact]
    public void Parse_DeeplyIndentedShortLastLine_RepeatedWhitespaceRejectsThePort()
        => AssertAsGlibc("\t\t\t\t\t\tz 5", string.Empty);

    [Fact]
    public void Parse_IndentedLastLineEndingInAlias_GainsADuplicateAlias()
        => AssertAsGlibc("   w 2/udp al", "w                     2/udp al al\n");

    /// <summary>Checks a file against glibc's <c>getent services</c> output, both given as one byte per character (U+0000 to U+00FF).</summary>
    private static void AssertAsGlibc(string input, string glibcOutput)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(input);
        byte[] expected = Encoding.Latin1.GetBytes(glibcOutput);
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", bytes);
        if (GlibcOracle.IsAvailable)
        {
            Assert.Equal(GlibcDifferential.Show(expected), GlibcDifferential.Show(GlibcOracle.Run(path, []).Output));
        }

        var ours = new ArrayBufferWriter<byte>();
        GetentPrinter.Run(PortRegistry.FromFile(path), [], ours);
        Assert.Equal(GlibcDifferential.Show(expected), GlibcDifferential.Show(ours.WrittenSpan));

        Assert.Equal(PortRegistry.FromFile(path).Entries, PortRegistry.Parse(bytes.AsSpan()).Entries);
    }
}
