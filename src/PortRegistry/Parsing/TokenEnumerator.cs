namespace Ports.Parsing;

/// <summary>Splits a span into runs of non-whitespace characters (C <c>isspace</c>), never yielding empty tokens.</summary>
internal ref struct TokenEnumerator
{
    private ReadOnlySpan<char> _rest;

    /// <summary>Creates an enumerator over <paramref name="text"/>.</summary>
    /// <param name="text">The text to split.</param>
    public TokenEnumerator(ReadOnlySpan<char> text)
    {
        _rest = text;
        Current = default;
    }

    /// <summary>Gets the current token.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Returns this enumerator, so that it works in <see langword="foreach"/>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="false"/> when there are no more tokens.</returns>
    public bool MoveNext()
    {
        int start = _rest.IndexOfAnyExcept(ServicesSyntax.Whitespace);
        if (start < 0)
        {
            _rest = default;
            return false;
        }

        ReadOnlySpan<char> rest = _rest[start..];
        int end = rest.IndexOfAny(ServicesSyntax.Whitespace);
        if (end < 0)
        {
            Current = rest;
            _rest = default;
        }
        else
        {
            Current = rest[..end];
            _rest = rest[(end + 1)..];
        }

        return true;
    }

    /// <summary>Counts the tokens that remain, without moving.</summary>
    /// <returns>The number of tokens.</returns>
    public readonly int Count()
    {
        int count = 0;
        foreach (ReadOnlySpan<char> unused in this)
        {
            count++;
        }

        return count;
    }
}
