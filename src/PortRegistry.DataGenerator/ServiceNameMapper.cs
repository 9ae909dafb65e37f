using System.Text;

namespace Ports.DataGenerator;

/// <summary>
/// Maps IANA service names that a services(5) file cannot hold to names it can, deterministically.
/// </summary>
/// <remarks>
/// glibc splits a line into fields at whitespace and ends it at the first <c>#</c> (a comment) or NUL, so a name
/// holding any of them would be cut. Each run of whitespace (<see cref="char.IsWhiteSpace(char)"/>, which includes C's
/// space, tab, line feed, vertical tab, form feed and carriage return) becomes one <c>-</c>, and each <c>#</c> or NUL
/// becomes <c>-</c>. Every other character, and the case of letters, is kept.
/// </remarks>
internal static class ServiceNameMapper
{
    /// <summary>The character that replaces what a services file cannot hold.</summary>
    public const char Replacement = '-';

    /// <summary>Tells whether a name holds something that <see cref="Map"/> replaces.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when the name holds whitespace, <c>#</c> or NUL.</returns>
    public static bool NeedsMapping(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (char c in name)
        {
            if (IsBreaker(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maps a name so that a services file can hold it.</summary>
    /// <param name="name">The IANA name; must not be empty.</param>
    /// <returns>The name itself when it needs no mapping; otherwise the mapped name, which is never empty.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static string Map(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!NeedsMapping(name))
        {
            return name;
        }

        StringBuilder mapped = new(name.Length);
        bool inWhitespace = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inWhitespace)
                {
                    mapped.Append(Replacement);
                }

                inWhitespace = true;
                continue;
            }

            inWhitespace = false;
            mapped.Append(c is '#' or '\0' ? Replacement : c);
        }

        return mapped.ToString();
    }

    private static bool IsBreaker(char c) => c is '#' or '\0' || char.IsWhiteSpace(c);
}
