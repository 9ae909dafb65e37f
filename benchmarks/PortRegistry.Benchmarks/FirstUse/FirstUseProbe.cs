using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Ports.Benchmarks.FirstUse;

/// <summary>
/// Measures what a program pays the first time it touches <see cref="PortRegistry.Embedded"/>: time including JIT,
/// type loading and the resource read, in a process that has done nothing else with the library, and the managed
/// memory the registry keeps. BenchmarkDotNet cannot measure this (it runs warm, and <see cref="PortRegistry.Embedded"/>
/// loads once per process), so <c>--first-use N</c> starts N fresh processes of this program and reports the median.
/// </summary>
internal static class FirstUseProbe
{
    /// <summary>The option that runs the parent: N child processes and a summary.</summary>
    public const string ParentOption = "--first-use";

    /// <summary>The option that runs one measurement and prints one line.</summary>
    public const string ChildOption = "--first-use-child";

    /// <summary>Runs <paramref name="runs"/> fresh processes of this program, one measurement each, and prints the summary.</summary>
    /// <param name="runs">How many processes.</param>
    /// <returns>The exit code: 0, or 1 when a child failed.</returns>
    public static int RunParent(int runs)
    {
        var firstUse = new List<double>();
        var warm = new List<double>();
        var retained = new List<long>();
        var jit = new List<double>();
        var methods = new List<double>();
        var cpu = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            string? line = StartChild();
            if (line is null)
            {
                return 1;
            }

            string[] fields = line.Split(' ');
            firstUse.Add(double.Parse(fields[0], CultureInfo.InvariantCulture));
            warm.Add(double.Parse(fields[1], CultureInfo.InvariantCulture));
            retained.Add(long.Parse(fields[2], CultureInfo.InvariantCulture));
            jit.Add(double.Parse(fields[3], CultureInfo.InvariantCulture));
            methods.Add(double.Parse(fields[4], CultureInfo.InvariantCulture));
            cpu.Add(double.Parse(fields[5], CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"PortRegistry.Embedded, {runs} fresh processes ({Environment.Version}, TieredCompilation={Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "default"}, ReadyToRun={Environment.GetEnvironmentVariable("DOTNET_ReadyToRun") ?? "default"}):");
        Console.WriteLine(FormattableString.Invariant($"  first use incl. JIT: median {Median(firstUse):F2} ms, min {firstUse.Min():F2} ms, max {firstUse.Max():F2} ms"));
        Console.WriteLine(FormattableString.Invariant($"    process CPU time:  median {Median(cpu):F2} ms, min {cpu.Min():F2} ms (all threads: JIT, GC, tiering)"));
        Console.WriteLine(FormattableString.Invariant($"    of which JIT:      median {Median(jit):F2} ms for {Median(methods):F0} methods compiled"));
        Console.WriteLine(FormattableString.Invariant($"  second load (warm):  median {Median(warm):F2} ms, min {warm.Min():F2} ms, max {warm.Max():F2} ms"));
        Console.WriteLine(FormattableString.Invariant($"  retained after load: median {Median(retained.Select(r => (double)r)) / 1e6:F3} MB ({retained.Min():N0} to {retained.Max():N0} bytes)"));
        return 0;
    }

    /// <summary>Measures once and prints <c>FIRST_MS WARM_MS RETAINED_BYTES JIT_MS JITTED_METHODS CPU_MS</c>.</summary>
    /// <returns>0.</returns>
    public static int RunChild()
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        TimeSpan jitBefore = JitInfo.GetCompilationTime();
        long methodsBefore = JitInfo.GetCompiledMethodCount();
        using Process self = Process.GetCurrentProcess();
        TimeSpan cpuBefore = self.TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        PortRegistry registry = FirstUse();
        double firstMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        self.Refresh();
        double cpuMs = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        double jitMs = (JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
        long methods = JitInfo.GetCompiledMethodCount() - methodsBefore;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(registry);

        // The same work again, warm: a new registry from the resource (not the cached Embedded).
        long warmStart = Stopwatch.GetTimestamp();
        Parsing.RegistryData again = LoadAgain();
        double warmMs = Stopwatch.GetElapsedTime(warmStart).TotalMilliseconds;
        GC.KeepAlive(again);

        Console.WriteLine(FormattableString.Invariant($"{firstMs:F3} {warmMs:F3} {after - before} {jitMs:F3} {methods} {cpuMs:F3}"));
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PortRegistry FirstUse()
    {
        PortRegistry registry = PortRegistry.Embedded;
        if (!registry.TryGetByPort(443, "tcp", out _) || !registry.TryGetByName("https", "tcp", out _))
        {
            throw new InvalidOperationException("The embedded data lacks https 443/tcp.");
        }

        return registry;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Parsing.RegistryData LoadAgain()
    {
        var builder = new Parsing.RegistryBuilder();
        _ = Parsing.EmbeddedData.Load(builder);
        return builder.Build();
    }

    private static string? StartChild()
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(FirstUseProbe).Assembly.Location);
        }

        start.ArgumentList.Add(ChildOption);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{self} did not start.");
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"The probe process failed with exit code {process.ExitCode}: {output}");
            return null;
        }

        return output;
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
