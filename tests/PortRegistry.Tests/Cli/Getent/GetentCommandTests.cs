using System.Buffers;
using System.Text;
using Ports.Cli.Getent;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Getent;

/// <summary>
/// <c>portreg getent</c> run as a process against glibc's <c>getent services</c> (through <c>../shared/tools/glibc-getent</c>):
/// standard output byte for byte and the exit status, on every corpus file and on a file made to be awkward.
/// </summary>
public sealed class GetentCommandTests
{
    /// <summary>Keys per corpus file: a sample of every kind of key, since each run of glibc rescans the file per key.</summary>
    private const int SampleSize = 400;

    /// <summary>A file nobody has seen, made of the awkward cases of docs/services-format.md, with bytes that are not UTF-8.</summary>
    private static readonly byte[] s_unseen = [.. Encoding.UTF8.GetBytes(
        "# awkward\n" +
        "  lead 1000/tcp l1 l2\n" +
        "hex\t0x57/tcp\nOCT 0130/udp\nbad 080/tcp\nplus +89/tcp\ntrunc 70000/tcp\nhuge 4294967297/tcp\n" +
        "foo#bar 81/tcp\nfoo2 82/tcp#c\nfoo3 83/tcp al#ias more\nz 84\nq 85/\nslash 93//tcp\nsp 95 /tcp\n" +
        "vt\v96/tcp\vv1\fv2\r\n" +
        "nul 202/tcp al1\0hidden al2\n" +
        "a-name-longer-than-twenty-one-bytes 203/tcp\n" +
        "café 204/tcp カフェ\n" +
        "UPPER 205/TCP\nmulti 206/tcp/udp\nempty-alias 207/ tcp\n" +
        "dup 208/tcp dup dup\ndup 208/tcp other\n" +
        "123 209/tcp 456\n"),
        .. "raw"u8, 0xFF, 0xFE, .. " 210/tcp al"u8, 0xE9, (byte)'\n', .. "last 211/udp"u8];

    [Theory]
    [MemberData(nameof(ServicesCorpus.SharedFileNames), MemberType = typeof(ServicesCorpus))]
    public void Getent_CorpusFileEnumeration_SameBytesAndStatusAsGlibc(string fileName)
        => AssertSameAsGlibc(ServicesCorpus.RequireShared(fileName), []);

    [Theory]
    [MemberData(nameof(ServicesCorpus.SharedFileNames), MemberType = typeof(ServicesCorpus))]
    public void Getent_CorpusFileKeys_SameBytesAndStatusAsGlibc(string fileName)
    {
        string file = ServicesCorpus.RequireShared(fileName);
        GlibcOracle.Require();
        AssertSameAsGlibc(file, Sample(ServicesCorpus.KeysFor(PortRegistry.FromFile(file))));
    }

    [Fact]
    public void Getent_UnseenFile_SameBytesAndStatusAsGlibc()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("unseen.services", s_unseen);
        GlibcOracle.Require();

        AssertSameAsGlibc(file, []);
        AssertSameAsGlibc(file, ServicesCorpus.KeysFor(PortRegistry.FromFile(file)));
    }

    [Fact]
    public void Getent_UnseenFile_WritesTheFilesBytes()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("unseen.services", s_unseen);
        var expected = new ArrayBufferWriter<byte>();
        GetentPrinter.Run(PortRegistry.FromFile(file), [], expected);

        PortregResult result = PortregTool.Run("--file", file, "getent");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected.WrittenSpan.ToArray(), result.Output);
        byte[] raw = [.. "raw"u8, 0xFF, 0xFE, .. "                 210/tcp al"u8, 0xE9, (byte)'\n'];
        Assert.True(result.Output.AsSpan().IndexOf(raw) >= 0, result.ToString());
        Assert.Contains("café                 204/tcp カフェ\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Getent_SomeKeysMissing_PrintsFoundInKeyOrderExit2()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("x.services", "http 80/tcp www\nssh 22/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "getent", "ssh", "nosuch", "80/tcp", "80/udp");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("ssh                   22/tcp\nhttp                  80/tcp www\n", result.Text);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Getent_KeysAfterDoubleDash_MayStartWithDashOrAt()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("x.services", "-x 4000/tcp\n@y 4001/tcp\n--file 4002/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "getent", "--", "-x", "@y", "--file");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("-x                    4000/tcp\n@y                    4001/tcp\n--file                4002/tcp\n", result.Text);
    }

    private static void AssertSameAsGlibc(string file, List<string> keys)
    {
        (byte[] glibc, int glibcStatus) = GlibcOracle.Run(file, keys);

        PortregResult ours = PortregTool.Run(["--file", file, "getent", "--", .. keys]);

        Assert.True(glibcStatus == ours.ExitCode, $"{Path.GetFileName(file)}: glibc exit {glibcStatus}, portreg {ours}");
        if (!glibc.AsSpan().SequenceEqual(ours.Output))
        {
            int at = glibc.AsSpan().CommonPrefixLength(ours.Output);
            Assert.Fail($"{Path.GetFileName(file)} ({keys.Count} keys): output differs at byte {at}: glibc '{Around(glibc, at)}', portreg '{Around(ours.Output, at)}'");
        }
    }

    /// <summary>Every n-th key so that at most <see cref="SampleSize"/> remain, and always the keys that must miss (the last nine).</summary>
    private static List<string> Sample(List<string> keys)
    {
        int step = Math.Max(1, keys.Count / SampleSize);
        return [.. keys.Where((_, i) => i % step == 0 || i >= keys.Count - 9)];
    }

    private static string Around(byte[] bytes, int at)
        => Encoding.UTF8.GetString(bytes.AsSpan(Math.Max(0, at - 20), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 20)));
}
