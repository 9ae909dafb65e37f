using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Ports.Benchmarks.FirstUse;
using Ports.Benchmarks.Infrastructure;
using Ports.Benchmarks.Interop;

namespace Ports.Benchmarks;

/// <summary>
/// The benchmark suite: <c>dotnet run -c Release --project benchmarks/PortRegistry.Benchmarks -- --filter '*'</c>
/// (any BenchmarkDotNet option works), or <c>-- --first-use 15</c> for first use in fresh processes.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // The probe modes come first and touch nothing of BenchmarkDotNet, so that its loading costs them nothing.
        if (args.Length > 0 && args[0] == FirstUseProbe.ChildOption)
        {
            return FirstUseProbe.RunChild(args[1], args[2]);
        }

        if (args.Length > 0 && args[0] == FirstUseProbe.ParentOption)
        {
            int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
            return FirstUseProbe.RunParent(runs);
        }

        return RunBenchmarks(args);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        // Ratios as "1,234.5x faster" rather than "0.001": the lookups are thousands of times faster than glibc.
        IConfig config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        if (BenchmarkInputs.SharedServicesFolder is null)
        {
            Console.WriteLine("// The shared services corpus (../shared/data/services beside the repository, or $PORTREGISTRY_SHARED) is absent:");
            Console.WriteLine("// the parsing and tokenizer benchmarks run on the embedded data only.");
        }

        if (!Libc.IsAvailable)
        {
            Console.WriteLine("// glibc's getservbyport_r/getservbyname_r are not available here: the glibc baselines are left out.");
            config = config.AddFilter(new SimpleFilter(b => !b.Descriptor.WorkloadMethod.Name.StartsWith("Glibc", StringComparison.Ordinal)));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
