namespace Ports;

/// <summary>
/// A line of a services source that was not turned into an entry, and why. glibc skips these lines silently; the
/// registry keeps them in <see cref="PortRegistry.Diagnostics"/> so that you can report them.
/// </summary>
/// <remarks>
/// Diagnostics are reports, not values: two diagnostics are equal only when they are the same object. Compare
/// <see cref="Source"/>, <see cref="LineNumber"/> and <see cref="Error"/> to tell whether two report the same line.
/// </remarks>
public sealed class ServicesDiagnostic
{
    // The parameter names are the property names, so that call sites can name the arguments they pass.
#pragma warning disable IDE1006 // Naming rule: parameters keep the property names on purpose.
    /// <summary>Describes a skipped line.</summary>
    /// <param name="Source">The file path, or a short name such as <c>embedded</c> or <c>text</c>.</param>
    /// <param name="LineNumber">The 1-based line number within the source.</param>
    /// <param name="Error">Why the line was skipped.</param>
    /// <param name="Line">The text of the line, without its line ending, cut to at most 200 characters.</param>
    internal ServicesDiagnostic(string Source, int LineNumber, ServicesLineError Error, string Line)
#pragma warning restore IDE1006
    {
        this.Source = Source;
        this.LineNumber = LineNumber;
        this.Error = Error;
        this.Line = Line;
    }

    /// <summary>Gets the file path, or a short name such as <c>embedded</c> or <c>text</c>, of the source the line is in.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based line number within the source.</summary>
    public int LineNumber { get; }

    /// <summary>Gets why the line was skipped.</summary>
    public ServicesLineError Error { get; }

    /// <summary>Gets the text of the line, without its line ending; at most 200 characters of it.</summary>
    public string Line { get; }

    /// <summary>Returns the diagnostic as <c>source:line: error: text</c>, the way compilers report a location.</summary>
    /// <returns>A one-line description of the skipped line.</returns>
    public override string ToString() => $"{Source}:{LineNumber}: {Error}: {Line}";
}
