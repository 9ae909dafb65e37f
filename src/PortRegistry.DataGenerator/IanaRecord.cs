namespace Ports.DataGenerator;

/// <summary>
/// One <c>&lt;record&gt;</c> of the IANA registry: the fields the generator uses, as the XML holds them.
/// </summary>
/// <param name="Name">The service name with the surrounding whitespace of the XML layout trimmed, or <see langword="null"/> when the record has no name or an empty one.</param>
/// <param name="Protocol">The transport protocol as written (trimmed), such as <c>tcp</c>, or <see langword="null"/> when the record has none.</param>
/// <param name="Number">The port number or range as written (trimmed), such as <c>80</c> or <c>6000-6063</c>, or <see langword="null"/> when the record has none.</param>
/// <param name="Description">The description text, with <c>&lt;br/&gt;</c> turned into line breaks but otherwise not cleaned; empty when the record has none.</param>
internal sealed record IanaRecord(string? Name, string? Protocol, string? Number, string Description);
