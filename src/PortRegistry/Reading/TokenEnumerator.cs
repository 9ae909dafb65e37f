
namespace Ports.Reading;

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
        // Tokens are a few characters long: a scalar loop beats a vectorized search here.
        ReadOnlySpan<char> rest = _rest;
        int i = 0;
        while ((uint)i < (uint)rest.Length && ServicesSyntax.IsSpace(rest[i]))
        {
            i++;
        }

        if (i == rest.Length)
        {
            _rest = default;
            return false;
        }

        int start = i;
        while ((uint)i < (uint)rest.Length && !ServicesSyntax.IsSpace(rest[i]))
        {
            i++;
        }

        Current = rest[start..i];
        _rest = rest[i..];
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
