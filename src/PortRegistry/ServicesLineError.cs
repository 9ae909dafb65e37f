namespace Ports;

/// <summary>
/// Why a line of a services file was skipped. glibc skips the same lines without a word; PortRegistry keeps the
/// reason in <see cref="PortRegistry.Diagnostics"/>.
/// </summary>
public enum ServicesLineError
{
    /// <summary>The line holds a name but no port, as in <c>foo</c> or <c>foo#bar 81/tcp</c>.</summary>
    MissingPort,

    /// <summary>The port field does not start with a number, as in <c>foo tcp/80</c> or <c>foo 0x/tcp</c>.</summary>
    InvalidPort,

    /// <summary>
    /// The port number is larger than 4294967295 once read as C's <c>strtoul</c> reads it (so also any negative
    /// number but <c>-0</c>); Debian's and Ubuntu's glibc reject such lines.
    /// </summary>
    PortOverflow,

    /// <summary>
    /// Something other than <c>/</c> or the end of the line follows the port number, as in <c>foo 80 /tcp</c>,
    /// <c>foo 080/tcp</c>, <c>foo 6000-6063/tcp</c> or a port that ends a line with a carriage return.
    /// </summary>
    UnexpectedCharacterAfterPort,
}
