namespace Ports.Tests.Docs;

/// <summary>A fenced code block of a Markdown file.</summary>
/// <param name="Language">The fence's language, such as <c>csharp</c>, or the empty string.</param>
/// <param name="SnippetName">The name in the <c>&lt;!-- snippet: NAME --&gt;</c> line just before the block, or <see langword="null"/>.</param>
/// <param name="Text">The lines inside the fences.</param>
/// <param name="Location">Where the block starts, as <c>file:line</c>.</param>
/// <param name="Indent">The indentation of the opening fence, which the lines inside share.</param>
/// <param name="BodyStart">The 0-based index of the first line inside the fences.</param>
/// <param name="BodyEnd">The 0-based index of the closing fence.</param>
internal sealed record DocCodeBlock(string Language, string? SnippetName, string Text, string Location, string Indent, int BodyStart, int BodyEnd)
{
    /// <summary>Gets a value indicating whether the block is C#.</summary>
    public bool IsCSharp => Language is "csharp" or "cs" or "c#" or "C#";
}
