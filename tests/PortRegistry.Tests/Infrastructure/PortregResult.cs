using System.Text;

namespace Ports.Tests.Infrastructure;

/// <summary>What one run of <c>portreg</c> printed, and its exit status.</summary>
/// <param name="Output">The bytes on standard output.</param>
/// <param name="Error">The text on standard error.</param>
/// <param name="ExitCode">The exit status.</param>
internal sealed record PortregResult(byte[] Output, string Error, int ExitCode)
{
    /// <summary>Gets standard output decoded as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(Output);

    /// <summary>Returns a summary for assertion messages.</summary>
    /// <returns>The exit status, standard output and standard error.</returns>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Text}\n--- stderr\n{Error}";
}
