using System.Diagnostics;

namespace Ports.Tests.Infrastructure;

/// <summary>
/// Runs <c>../shared/tools/glibc-getent FILE [KEY...]</c>: what glibc's <c>getent services</c> prints when FILE is
/// <c>/etc/services</c>. It needs the shared folder, Linux, root and mount namespaces; where any is missing, tests skip.
/// </summary>
internal static class GlibcOracle
{
    /// <summary>Keys per call, well below the kernel's argument limits.</summary>
    public const int BatchSize = 2000;

    private static readonly Lazy<string?> s_unavailableReason = new(Probe);

    /// <summary>Gets a value indicating whether the oracle can run here (see <see cref="Require"/> for why not).</summary>
    public static bool IsAvailable => s_unavailableReason.Value is null;

    /// <summary>Gets the tool's path, or skips the test with the reason it cannot run here.</summary>
    /// <returns>The path of glibc-getent.</returns>
    public static string Require()
    {
        if (s_unavailableReason.Value is { } reason)
        {
            Assert.Skip($"glibc oracle unavailable: {reason}");
        }

        return ToolPath!;
    }

    private static string? ToolPath => TestPaths.SharedRoot is { } root ? Path.Combine(root, "tools", "glibc-getent") : null;

    /// <summary>Runs the oracle.</summary>
    /// <param name="file">The services file.</param>
    /// <param name="keys">The keys; none lists every entry. Characters U+DC80 to U+DCFF stand for the raw bytes 0x80 to 0xFF, as in the registry.</param>
    /// <returns>The bytes printed on standard output and the exit status.</returns>
    public static (byte[] Output, int ExitCode) Run(string file, IReadOnlyList<string> keys)
    {
        string tool = Require();

        // "--" stops getent reading a key such as "-x" as an option.
        using var start = new RawArgumentProcess(tool, keys.Count == 0 ? [file] : [file, "--", .. keys]);
        using var process = Process.Start(start.StartInfo) ?? throw new InvalidOperationException("glibc-getent did not start.");
        using var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        copy.GetAwaiter().GetResult();
        if (process.ExitCode is not (0 or 2))
        {
            throw new InvalidOperationException($"glibc-getent exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
        }

        return (output.ToArray(), process.ExitCode);
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        if (ToolPath is not { } tool || !File.Exists(tool))
        {
            return "../shared/tools/glibc-getent is not beside this repository";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "not running as root (it bind-mounts over /etc/services in a private mount namespace)";
        }

        string file = Path.Combine(Path.GetTempPath(), $"portregistry-probe-{Environment.ProcessId}.services");
        try
        {
            File.WriteAllText(file, "probe 4242/tcp\n");
            var start = new ProcessStartInfo(tool, [file, "probe"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && stdout.StartsWith("probe", StringComparison.Ordinal)
                ? null
                : $"probe run failed (exit {process.ExitCode}): {stderr.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return ex.Message;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
