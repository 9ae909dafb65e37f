using System.Text.RegularExpressions;

namespace Ports.DataGenerator;

/// <summary>Turns an IANA description into the one-line comment of a services entry.</summary>
internal static partial class DescriptionCleaner
{
    /// <summary>Collapses every run of whitespace (line breaks and tabs included) to one space and trims the ends.</summary>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <returns>The cleaned text; empty when there is nothing but whitespace.</returns>
    public static string Clean(string? description) =>
        string.IsNullOrEmpty(description) ? string.Empty : Whitespace().Replace(description, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
