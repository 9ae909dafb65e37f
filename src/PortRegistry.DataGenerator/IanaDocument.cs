namespace Ports.DataGenerator;

/// <summary>The parts of an IANA Service Name and Transport Protocol Port Number Registry that the generator uses.</summary>
/// <param name="Updated">The registry's own top-level <c>&lt;updated&gt;</c> date.</param>
/// <param name="Records">The <c>&lt;record&gt;</c> elements of the registry, in document order.</param>
internal sealed record IanaDocument(DateOnly Updated, IReadOnlyList<IanaRecord> Records);
