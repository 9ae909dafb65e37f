using System.Buffers;

namespace Ports.Reading;

/// <summary>The character classes of the services(5) grammar as glibc applies it.</summary>
internal static class ServicesSyntax
{
    /// <summary>Whitespace plus the characters that end a line for glibc: <c>#</c> (a comment) and NUL.</summary>
    public static readonly SearchValues<char> TokenBreakers = SearchValues.Create(" \t\n\v\f\r#\0");

    /// <summary>Tells whether a character is whitespace for C's <c>isspace</c> in the C locale.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for space, tab, line feed, vertical tab, form feed and carriage return.</returns>
    public static bool IsSpace(char c) => c == ' ' || (uint)(c - '\t') <= '\r' - '\t';
}
