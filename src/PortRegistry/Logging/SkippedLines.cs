namespace Ports.Logging;

/// <summary>
/// The skipped lines of a registry as a log message quotes them: the first few, then how many more. Formatted only
/// when the message is written, so a disabled debug level costs nothing.
/// </summary>
/// <param name="diagnostics">The registry's diagnostics.</param>
internal readonly struct SkippedLines(IReadOnlyList<ServicesDiagnostic> diagnostics)
{
    /// <summary>The most skipped lines quoted.</summary>
    private const int Quoted = 5;

    /// <summary>Returns the first few skipped lines, each with its source, line number and reason.</summary>
    /// <returns>For example <c>text:2: MissingPort: foo; and 3 more</c>.</returns>
    public override string ToString()
    {
        string quoted = string.Join("; ", diagnostics.Take(Quoted));
        return diagnostics.Count > Quoted ? $"{quoted}; and {diagnostics.Count - Quoted} more" : quoted;
    }
}
