namespace Ports.Reading;

/// <summary>
/// One meaningful line of a services file, as spans into the text: either an entry's fields or the reason the line
/// was rejected. Blank lines and comment lines never become a <see cref="ServicesLine"/>.
/// </summary>
internal ref struct ServicesLine
{
    /// <summary>The 1-based line number.</summary>
    public int LineNumber;

    /// <summary>Why the line was rejected, or <see langword="null"/> when it is an entry.</summary>
    public ServicesLineError? Error;

    /// <summary>The whole line without its line feed (including any comment), for diagnostics.</summary>
    public ReadOnlySpan<char> Text;

    /// <summary>The service name.</summary>
    public ReadOnlySpan<char> Name;

    /// <summary>The port, truncated to 16 bits.</summary>
    public ushort Port;

    /// <summary>The protocol, possibly empty.</summary>
    public ReadOnlySpan<char> Protocol;

    /// <summary>The rest of the line after the protocol: the aliases, separated by whitespace; see <see cref="EnumerateAliases"/>.</summary>
    public ReadOnlySpan<char> AliasText;

    /// <summary>The comment after the first <c>#</c> (before any NUL), without the <c>#</c>; empty when there is none.</summary>
    public ReadOnlySpan<char> Comment;

    /// <summary>Returns the aliases one by one.</summary>
    /// <returns>An enumerator over the whitespace-separated tokens of <see cref="AliasText"/>.</returns>
    public readonly TokenEnumerator EnumerateAliases() => new(AliasText);
}
