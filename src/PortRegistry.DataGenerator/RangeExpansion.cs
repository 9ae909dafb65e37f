namespace Ports.DataGenerator;

/// <summary>A kept record whose <c>&lt;number&gt;</c> was a range and was expanded to one entry per port.</summary>
/// <param name="Name">The (mapped) service name of the record.</param>
/// <param name="Protocol">The record's protocol.</param>
/// <param name="Range">The range.</param>
internal sealed record RangeExpansion(string Name, string Protocol, IanaPortRange Range);
