namespace Ports;

/// <summary>
/// A line of a services source that was not turned into an entry, and why. glibc skips these lines silently; the
/// registry keeps them so that a caller can report them.
/// </summary>
/// <param name="Source">The file path, or a short name such as <c>embedded</c> or <c>text</c>, of the source the line is in.</param>
/// <param name="LineNumber">The 1-based line number within the source.</param>
/// <param name="Error">Why the line was skipped.</param>
/// <param name="Line">The text of the line, without its line ending; at most 200 characters of it.</param>
public sealed record ServicesDiagnostic(string Source, int LineNumber, ServicesLineError Error, string Line)
{
    /// <summary>Returns the diagnostic as <c>source:line: error: text</c>, the way compilers report a location.</summary>
    /// <returns>A one-line description of the skipped line.</returns>
    public override string ToString() => $"{Source}:{LineNumber}: {Error}: {Line}";
}
