using System.Diagnostics;
using System.Globalization;
using System.Reflection.PortableExecutable;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Text;
using Ports.Benchmarks.Baselines;

namespace Ports.Benchmarks.FirstUse;

/// <summary>
/// Measures what a program pays the first time it uses the library, in fresh processes: BenchmarkDotNet cannot (it runs
/// warm, and <see cref="PortRegistry.Default"/> loads once per process). <c>--first-use N</c> runs N rounds; each round
/// starts one fresh process of this program per scenario, interleaved, so that a change in the machine's load falls on
/// every scenario alike. Each child does one scenario as the first thing it does and prints the process CPU time it
/// took (all threads: JIT, tiering, GC), the wall time and the number of methods the JIT compiled. The parent prints
/// the medians and the ratios to the floor: a fresh process that only reads the same file's bytes.
/// </summary>
/// <remarks>
/// Only the library's public API is used, so the same probe measures any version of the library.
/// </remarks>
internal static class FirstUseProbe
{
    /// <summary>The option that runs the parent: N rounds of fresh processes and a summary.</summary>
    public const string ParentOption = "--first-use";

    /// <summary>The option that runs one scenario and prints one line.</summary>
    public const string ChildOption = "--first-use-child";

    private static readonly string[] s_scenarios = ["floor", "default", "embedded", "label", "fedora-floor", "fedora", "fedora-naive"];

    /// <summary>Runs <paramref name="rounds"/> rounds of fresh processes, one per scenario each, and prints the summary.</summary>
    /// <param name="rounds">How many processes per scenario.</param>
    /// <returns>The exit code: 0, or 1 when a child failed.</returns>
    public static int RunParent(int rounds)
    {
        string fedora = FindFedoraFile();
        var cpu = s_scenarios.ToDictionary(s => s, _ => new List<double>());
        var wall = s_scenarios.ToDictionary(s => s, _ => new List<double>());
        var methods = s_scenarios.ToDictionary(s => s, _ => new List<double>());
        for (int round = 0; round < rounds; round++)
        {
            foreach (string scenario in s_scenarios)
            {
                string? line = StartChild(scenario, fedora);
                if (line is null)
                {
                    return 1;
                }

                string[] fields = line.Split(' ');
                cpu[scenario].Add(double.Parse(fields[0], CultureInfo.InvariantCulture));
                wall[scenario].Add(double.Parse(fields[1], CultureInfo.InvariantCulture));
                methods[scenario].Add(double.Parse(fields[2], CultureInfo.InvariantCulture));
            }
        }

        Console.WriteLine($"First use in fresh processes: {rounds} rounds of {s_scenarios.Length} interleaved processes ({Environment.Version}, TieredCompilation={Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "default"}, ReadyToRun={Environment.GetEnvironmentVariable("DOTNET_ReadyToRun") ?? "default"}, PortRegistry.dll {LibraryCode()}, load average {LoadAverage()}).");
        Console.WriteLine("Medians; CPU = process CPU time of all threads over the scenario.");
        Console.WriteLine();
        Console.WriteLine("| scenario | CPU ms | wall ms | JIT-compiled methods | ratio | goal |");
        Console.WriteLine("|---|---|---|---|---|---|");
        double floor = Median(cpu["floor"]);
        double fedoraFloor = Median(cpu["fedora-floor"]);
        double naive = Median(cpu["fedora-naive"]);
        Row("floor", "read the system file's bytes", "1.00x of floor", string.Empty);
        Row("default", "`Default`: first port + name lookup", Ratio(Median(cpu["default"]) / floor, "of floor"), "<= 3.5x");
        Row("embedded", "`Embedded`: first port + name lookup", Ratio(Median(cpu["embedded"]) / floor, "of floor"), "<= 3x");
        Row("label", "first `Label` on `Default`, load included", Ratio(Median(cpu["label"]) / floor, "of floor"), "<= 4x");
        Row("fedora-floor", "read Fedora's file's bytes", "1.00x of its floor", string.Empty);
        Row("fedora", "`FromFile(Fedora)` + two lookups", Ratio(naive / Median(cpu["fedora"]), "faster than Split + Dictionary") + $"; {Ratio(Median(cpu["fedora"]) / fedoraFloor, "of its floor")}", ">= 2.5x faster");
        Row("fedora-naive", "Split + Dictionary on Fedora's file + two lookups", Ratio(naive / fedoraFloor, "of its floor"), string.Empty);
        return 0;

        void Row(string scenario, string what, string ratio, string goal)
            => Console.WriteLine(FormattableString.Invariant($"| {what} | {Median(cpu[scenario]):F2} | {Median(wall[scenario]):F2} | {Median(methods[scenario]):F0} | {ratio} | {goal} |"));

        static string Ratio(double value, string what) => FormattableString.Invariant($"{value:F2}x {what}");
    }

    /// <summary>Runs one scenario and prints <c>CPU_MS WALL_MS JITTED_METHODS</c>.</summary>
    /// <param name="scenario">The scenario's name.</param>
    /// <param name="fedora">The path of Fedora's services file.</param>
    /// <returns>0.</returns>
    public static int RunChild(string scenario, string fedora)
    {
        long methodsBefore = JitInfo.GetCompiledMethodCount();
        TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
        long start = Stopwatch.GetTimestamp();
        int found = scenario switch
        {
            "floor" => ReadBytes(PortRegistry.SystemServicesPath),
            "default" => DefaultLookups(),
            "embedded" => EmbeddedLookups(),
            "label" => FirstLabel(),
            "fedora-floor" => ReadBytes(fedora),
            "fedora" => FedoraLookups(fedora),
            "fedora-naive" => NaiveLookups(fedora),
            _ => throw new ArgumentException($"Unknown scenario '{scenario}'.", nameof(scenario)),
        };
        double wallMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        double cpuMs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        long methods = JitInfo.GetCompiledMethodCount() - methodsBefore;
        if (found == 0)
        {
            throw new InvalidOperationException($"The scenario '{scenario}' found nothing.");
        }

        Console.WriteLine(FormattableString.Invariant($"{cpuMs:F3} {wallMs:F3} {methods}"));
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadBytes(string path) => File.ReadAllBytes(path).Length;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int DefaultLookups() => Lookups(PortRegistry.Default);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int EmbeddedLookups() => Lookups(PortRegistry.Embedded);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FedoraLookups(string path) => Lookups(PortRegistry.FromFile(path));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FirstLabel() => PortRegistry.Default.Label(52344, 443, "tcp").ToString().Length;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Lookups(PortRegistry registry)
        => registry.TryGetByPort(443, "tcp", out PortEntry? https) && registry.TryGetByName("ssh", "tcp", out PortEntry? ssh)
            ? https.Port + ssh.Port
            : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NaiveLookups(string path)
    {
        NaiveRegistry registry = NaiveRegistry.Parse(File.ReadAllText(path, Encoding.UTF8));
        return registry.ByPort.TryGetValue((443, "tcp"), out NaiveEntry? https) && registry.ByName.TryGetValue(("ssh", "tcp"), out NaiveEntry? ssh)
            ? https.Port + ssh.Port
            : 0;
    }

    private static string? StartChild(string scenario, string fedora)
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(FirstUseProbe).Assembly.Location);
        }

        start.ArgumentList.Add(ChildOption);
        start.ArgumentList.Add(scenario);
        start.ArgumentList.Add(fedora);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{self} did not start.");
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"The probe process for '{scenario}' failed with exit code {process.ExitCode}: {output}");
            return null;
        }

        return output;
    }

    private static string FindFedoraFile()
    {
        const string relative = "tests/PortRegistry.Tests/TestData/fedora-setup-2.14.5.services";
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Fedora's services file ({relative}) was not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Says whether the PortRegistry.dll this process loaded carries ReadyToRun (precompiled) code or only IL.</summary>
    /// <returns><c>ReadyToRun</c> or <c>IL only</c>.</returns>
    /// <remarks>A ReadyToRun image's CLI header points at its ReadyToRun header (the managed native header).</remarks>
    private static string LibraryCode()
    {
        using var pe = new PEReader(File.OpenRead(typeof(PortRegistry).Assembly.Location));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 } ? "ReadyToRun" : "IL only";
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
