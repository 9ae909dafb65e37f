using System.Text;

namespace Ports.Tests.Infrastructure;

/// <summary>
/// Runs code with <see cref="Console.Out"/> redirected and returns what it wrote. The console is process-wide, so tests
/// that use this belong to <see cref="ConsoleRedirection"/>, which runs alone.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly Lock s_lock = new();

    /// <summary>Runs <paramref name="action"/> and returns its console output, with <c>\n</c> line endings.</summary>
    /// <param name="action">The code to run.</param>
    /// <returns>The text written to the console.</returns>
    public static string Run(Action action)
    {
        lock (s_lock)
        {
            TextWriter previous = Console.Out;
            var output = new StringBuilder();
            using var writer = new StringWriter(output);
            Console.SetOut(writer);
            try
            {
                action();
            }
            finally
            {
                Console.SetOut(previous);
            }

            return output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        }
    }
}
