namespace Ports.Sources;

/// <summary>One source of a registry, in its place in the precedence order: what it is, where, and how it is used.</summary>
/// <param name="Kind">The kind of source: the application's entries, a file or the embedded data.</param>
/// <param name="Path">The file's path for <see cref="PortSourceKind.File"/>; otherwise <see langword="null"/>.</param>
/// <param name="Use">Whether a failure throws, is recorded, or the source is only a fallback.</param>
internal readonly record struct SourceStep(PortSourceKind Kind, string? Path, SourceUse Use);
