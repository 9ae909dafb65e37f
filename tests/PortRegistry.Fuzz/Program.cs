using System.Globalization;
using Ports.Tests.Reliability;
using SharpFuzz;

namespace Ports.Fuzz;

/// <summary>
/// The fuzzing harness for the services parser. Under afl-fuzz (see run-fuzz.sh) it reads each input AFL++ makes and
/// checks <see cref="ParserInvariants"/> on it: any exception, an invariant's included, is a crash.
/// </summary>
internal static class Program
{
    /// <summary>The largest input the harness reads; AFL++ makes inputs up to 1 MB.</summary>
    private const int MaxInput = 1 << 20;

    /// <summary>Runs the harness.</summary>
    /// <param name="args">
    /// None: fuzz under afl-fuzz. <c>--seeds DIR COUNT</c>: write COUNT generated services files into DIR.
    /// <c>FILE...</c>: check each file once and print the outcome (to replay a crash AFL++ saved).
    /// </param>
    /// <returns>0 on success, 1 when a replayed file violates an invariant.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "--seeds")
        {
            WriteSeeds(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length > 0)
        {
            return Replay(args);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer, MaxInput);
            ParserInvariants.CheckBytesAndChars(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, MaxInput)));
        });
        return 0;
    }

    private static void WriteSeeds(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        int written = 0;
        for (int seed = 1; written < count; seed++)
        {
            // Small files only: AFL++ works best on inputs of a few kilobytes.
            byte[] file = ServicesFileGenerator.Generate(seed);
            if (file.Length is > 0 and <= 8 * 1024)
            {
                File.WriteAllBytes(Path.Combine(directory, $"generated-{seed}.services"), file);
                written++;
            }
        }
    }

    private static int Replay(string[] files)
    {
        int status = 0;
        foreach (string file in files)
        {
            try
            {
                ParserInvariants.CheckBytesAndChars(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok");
            }
#pragma warning disable CA1031 // A replay reports whatever the harness would have crashed on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Console.WriteLine($"{file}: {ex}");
                status = 1;
            }
        }

        return status;
    }
}
