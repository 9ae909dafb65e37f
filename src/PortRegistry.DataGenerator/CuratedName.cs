namespace Ports.DataGenerator;

/// <summary>
/// A reviewed exception to the registry's order: on <see cref="Port"/>, the entry is named <see cref="Name"/> although
/// IANA lists another name first; the names before it become aliases.
/// </summary>
/// <param name="Port">The port.</param>
/// <param name="Protocols">The protocols the choice applies to.</param>
/// <param name="Name">The name to put first; it must be one of the registry's names on that port and protocol.</param>
/// <param name="Reason">Why, for the reviewer and for <c>docs/labels.md</c>.</param>
internal sealed record CuratedName(int Port, IReadOnlyList<string> Protocols, string Name, string Reason);
