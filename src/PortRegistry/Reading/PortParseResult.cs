namespace Ports.Reading;

/// <summary>The outcome of <see cref="PortNumberParser.Parse"/>.</summary>
internal enum PortParseResult
{
    /// <summary>A number was read.</summary>
    Ok,

    /// <summary>No digit where the number should start.</summary>
    NoDigits,

    /// <summary>The value is above 4294967295 (after C's negation of a signed number).</summary>
    Overflow,
}
