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

    [Fact]
    public void Getent_EscapeAndBellInNameAndComment_WrittenAsGlibcWritesThem()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("evil.services", "evil\u001b]0;pwned\u0007 1/tcp x\u001b[2J # title \u001b]0;x\u0007\n");

        PortregResult result = PortregTool.Run("--file", file, "getent");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("evil\u001b]0;pwned\u0007        1/tcp x\u001b[2J\n", result.Text);
        if (GlibcOracle.IsAvailable)
        {
            AssertSameAsGlibc(file, []);
            AssertSameAsGlibc(file, ["1", "evil\u001b]0;pwned\u0007/tcp"]);
        }
    }

    [Fact]
    public void Getent_WithoutFile_TheSystemFileAloneAsGlibcReadsIt()
    {
        if (!File.Exists(PortRegistry.SystemServicesPath))
        {
            Assert.Skip($"This machine has no {PortRegistry.SystemServicesPath}.");
        }

        string[] keys = ["443/tcp", "http", "22", "no-such-service-here", "65000/tcp"];

        PortregResult system = PortregTool.Run(["getent", "--", .. keys]);
        PortregResult file = PortregTool.Run(["--file", PortRegistry.SystemServicesPath, "getent", "--", .. keys]);
        PortregResult all = PortregTool.Run("getent");

        Assert.Equal(file.Output, system.Output);
        Assert.Equal(file.ExitCode, system.ExitCode);
        Assert.Equal(PortregTool.Run("--file", PortRegistry.SystemServicesPath, "getent").Output, all.Output);
        if (GlibcOracle.IsAvailable)
        {
            (byte[] glibc, int status) = GlibcOracle.Run(PortRegistry.SystemServicesPath, keys);
            Assert.Equal(glibc, system.Output);
            Assert.Equal(status, system.ExitCode);
        }
    }

    [Fact]
    public void Getent_NoSystemFile_NothingAndExit2ForAKeyAsGlibc()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess || !File.Exists("/usr/bin/unshare"))
        {
            Assert.Skip("Hiding /etc/services needs Linux, root and unshare(1).");
        }

        // In a mount namespace of its own, an empty /etc: no services file, for glibc's getent and for portreg alike.
        (string glibc, int glibcStatus) = WithoutEtc("getent", "services", "80", "ssh");
        (string ours, int ourStatus) = WithoutEtc("portreg", "getent", "80", "ssh");
        (string ourList, int ourListStatus) = WithoutEtc("portreg", "getent");

        Assert.Equal(2, glibcStatus);
        Assert.Equal(string.Empty, glibc);
        Assert.Equal((glibc, glibcStatus), (ours, ourStatus));
        Assert.Equal((string.Empty, 0), (ourList, ourListStatus));
    }

    /// <summary>Runs getent or portreg with a private, empty /etc (a tmpfs mounted over it in a new mount namespace).</summary>
    private static (string Output, int ExitCode) WithoutEtc(string program, params string[] args)
    {
        string[] command = program == "portreg"
            ? [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet", PortregTool.AssemblyPath, .. args]
            : [program, .. args];
        var start = new System.Diagnostics.ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in (string[])["-m", "sh", "-c", "mount -t tmpfs none /etc && exec \"$@\"", "sh", .. command])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C.UTF-8";
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("unshare did not start.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 2, $"{program} exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
        return (output, process.ExitCode);
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
