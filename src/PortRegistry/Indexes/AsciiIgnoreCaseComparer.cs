namespace Ports.Indexes;

/// <summary>
/// Compares names ignoring the case of ASCII letters only (<c>HTTP</c> equals <c>http</c>; <c>É</c> does not equal
/// <c>é</c>), as Go and Winsock users expect; works on strings and on spans.
/// </summary>
internal sealed class AsciiIgnoreCaseComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    /// <summary>The one instance.</summary>
    public static readonly AsciiIgnoreCaseComparer Instance = new();

    private AsciiIgnoreCaseComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals(string? x, string? y)
        => ReferenceEquals(x, y) || (x is not null && y is not null && EqualsIgnoreAsciiCase(x, y));

    /// <inheritdoc />
    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    /// <inheritdoc />
    public bool Equals(ReadOnlySpan<char> alternate, string other) => EqualsIgnoreAsciiCase(alternate, other);

    /// <inheritdoc />
    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        var hash = default(HashCode);
        foreach (char c in alternate)
        {
            hash.Add(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    /// <summary>Compares two spans ignoring the case of ASCII letters; every other character must match exactly.</summary>
    /// <param name="x">The first span.</param>
    /// <param name="y">The second span.</param>
    /// <returns><see langword="true"/> when they are equal but for ASCII case.</returns>
    public static bool EqualsIgnoreAsciiCase(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (int i = 0; i < x.Length; i++)
        {
            char a = x[i];
            char b = y[i];
            if (a != b && !(char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20)))
            {
                return false;
            }
        }

        return true;
    }
}
