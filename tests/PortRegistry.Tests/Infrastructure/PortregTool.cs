using System.Diagnostics;

namespace Ports.Tests.Infrastructure;

/// <summary>
/// Runs the <c>portreg</c> tool as a separate process, as a user would: <c>dotnet portreg.dll ...</c>, from the copy the
/// test build puts beside the test assembly (the test project references the tool, so it is built once per test run).
/// </summary>
internal static class PortregTool
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets the path of the tool's assembly.</summary>
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "portreg.dll");

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>What it printed and its exit status.</returns>
    public static PortregResult Run(params string[] args) => Run(args, environment: null);

    /// <summary>Runs the tool with extra environment variables.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="environment">Variables to set (a <see langword="null"/> value removes one), or <see langword="null"/>.</param>
    /// <returns>What it printed and its exit status.</returns>
    public static PortregResult Run(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment)
    {
        using var launch = new RawArgumentProcess(DotnetHost, [AssemblyPath, .. args]);
        ProcessStartInfo start = launch.StartInfo;

        // Descriptions follow the UI culture: make it English unless a test says otherwise.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
        foreach ((string name, string? value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("portreg did not start.");
        using var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"portreg {string.Join(' ', args)} did not finish within {s_timeout}.");
        }

        copy.GetAwaiter().GetResult();

        return new PortregResult(output.ToArray(), error.GetAwaiter().GetResult(), process.ExitCode);
    }

    /// <summary>Gets the <c>dotnet</c> host: the one running the tests' build (<c>DOTNET_HOST_PATH</c>), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
