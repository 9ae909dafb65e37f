namespace Ports.Tests.Docs;

/// <summary>A region of sample code between <c>// begin-snippet: NAME</c> and <c>// end-snippet</c>.</summary>
/// <param name="Name">The snippet's name.</param>
/// <param name="Text">The lines of the region, without the markers, with their common indentation removed.</param>
/// <param name="Location">Where the region starts, as <c>file:line</c>.</param>
internal sealed record SnippetRegion(string Name, string Text, string Location);
