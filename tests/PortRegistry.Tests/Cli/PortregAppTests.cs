using System.Reflection;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli;

/// <summary>The tool as a process: usage errors, exit statuses, global options, and never a stack trace.</summary>
public sealed class PortregAppTests
{
    [Fact]
    public void Run_NoArguments_UsageOnStderrExit1()
    {
        PortregResult result = PortregTool.Run();

        AssertUsageError(result, "Required command was not provided.");
        Assert.Contains("Commands:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_OneErrorThenUsageExit1()
    {
        PortregResult result = PortregTool.Run("frob");

        AssertUsageError(result, "portreg: Unrecognized command or argument 'frob'.\n\n");
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith("portreg: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lookup", "--bogus", "80")]
    [InlineData("getent", "-x")]
    [InlineData("connections", "--bogus")]
    [InlineData("connections", "-x")]
    [InlineData("--bogus", "getent")]
    public void Run_UnknownOption_UsageOnStderrExit1(params string[] args)
    {
        PortregResult result = PortregTool.Run(args);

        AssertUsageError(result, "Unrecognized");
    }

    [Fact]
    public void Run_UnknownOptionOfASubcommand_ShowsThatCommandsUsage()
    {
        PortregResult result = PortregTool.Run("lookup", "--bogus", "80");

        Assert.Contains("portreg lookup <KEY>...", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LookupWithoutKey_UsageExit1()
        => AssertUsageError(PortregTool.Run("lookup"), "Required argument missing");

    [Fact]
    public void Run_UnsupportedLanguage_UsageExit1()
        => AssertUsageError(PortregTool.Run("--lang", "fr", "lookup", "80"), "'fr'");

    [Fact]
    public void Run_MissingFile_NamesThePathExit1()
    {
        using var temp = new TempDirectory();
        string missing = Path.Combine(temp.Path, "no-such.services");

        PortregResult result = PortregTool.Run("--file", missing, "getent", "80");

        AssertError(result, $"portreg: cannot read the services file '{missing}': it does not exist\n");
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Run_FileIsADirectory_NamesThePathExit1()
    {
        using var temp = new TempDirectory();

        AssertError(PortregTool.Run("lookup", "80", "--file", temp.Path), $"'{temp.Path}'");
    }

    [Fact]
    public void Run_UnreadableFile_NamesThePathExit1()
    {
        if (OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess)
        {
            Assert.Skip("root (and Windows) can read a file whatever its mode.");
        }

        using var temp = new TempDirectory();
        string file = temp.WriteFile("secret.services", "http 80/tcp\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.None);
        }

        AssertError(PortregTool.Run("--file", file, "getent"), $"'{file}'");
    }

    [Fact]
    public void Run_FileAndEmbedded_UsageExit1()
        => AssertUsageError(PortregTool.Run("--embedded", "--file", "x", "getent", "80"), "--file and --embedded cannot be used together");

    [Fact]
    public void Run_Help_UsageOnStdoutExit0()
    {
        PortregResult result = PortregTool.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Text, StringComparison.Ordinal);
        Assert.Contains("  portreg [--file PATH | --embedded] [--lang ja|en] lookup KEY... [--json]\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("  portreg [--file PATH | --embedded] getent [KEY...]\n", result.Text, StringComparison.Ordinal);
        Assert.Contains(" connections [-l] [-t] [-u] [--port N] [--service NAME] [--state STATE] [--json]\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<KEY>", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Run_Version_PrintsVersionExit0()
    {
        PortregResult result = PortregTool.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.", result.Text, StringComparison.Ordinal);
        string? informational = typeof(Ports.Cli.PortregApp).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        Assert.Equal($"{informational}\n", result.Text);
    }

    [Fact]
    public void Run_GlobalOptionsBeforeOrAfterTheCommand_SameResult()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("x.services", "alpha 4000/tcp a1\nbeta 4001/udp\n");

        PortregResult before = PortregTool.Run("--file", file, "getent", "4000", "beta");
        PortregResult after = PortregTool.Run("getent", "4000", "beta", "--file", file);
        PortregResult between = PortregTool.Run("getent", "--file", file, "4000", "beta");

        Assert.Equal("alpha                 4000/tcp a1\nbeta                  4001/udp\n", before.Text);
        Assert.Equal(0, before.ExitCode);
        Assert.Equal(before.Output, after.Output);
        Assert.Equal(before.Output, between.Output);
    }

    [Fact]
    public void Run_HelpAtEveryLevel_Snapshot()
    {
        string[][] lines = [["--help"], ["lookup", "--help"], ["getent", "-h"], ["connections", "-?"], ["--lang", "ja", "connections", "--bogus", "--help"]];

        Snapshot.Verify(string.Concat(lines.Select(args =>
        {
            PortregResult result = PortregTool.Run(args);
            return $"$ portreg {string.Join(' ', args)}\n{result.Text}--- stderr\n{result.Error}--- exit {result.ExitCode}\n\n";
        })));
    }

    [Theory]
    [InlineData("portreg: --port needs a port number from 0 to 65535, not '70000'.\n", "connections", "--port", "70000")]
    [InlineData("portreg: Option '--port' expects a single argument but 2 were provided.\n", "connections", "--port", "1", "--port", "2")]
    [InlineData("portreg: Required argument missing for option: '--service'.\n", "connections", "--json", "--service")]
    public void Run_UsageErrorOfACommand_MessageOnceThenThatCommandsUsage(string message, params string[] args)
    {
        PortregResult result = PortregTool.Run(args);

        AssertUsageError(result, message);
        Assert.StartsWith(message + "\nDescription:\n  Label this machine's", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith("portreg: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_VersionWithOtherArguments_UsageExit1()
        => AssertUsageError(PortregTool.Run("--version", "lookup", "80"), "--version option cannot be combined with other arguments.");

    private static void AssertUsageError(PortregResult result, string message)
    {
        AssertError(result, message);
        Assert.Contains("Usage:", result.Error, StringComparison.Ordinal);
    }

    private static void AssertError(PortregResult result, string message)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Empty(result.Output);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.StartsWith("portreg: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }
}
