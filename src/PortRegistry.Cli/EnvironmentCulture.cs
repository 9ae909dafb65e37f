using System.Globalization;

namespace Ports.Cli;

/// <summary>
/// The user's language from the environment (<c>LC_ALL</c>, then <c>LC_MESSAGES</c>, then <c>LANG</c>), as .NET reads it
/// on Unix. The tool runs in globalization-invariant mode, where .NET itself leaves the UI culture invariant; reading
/// the variables here keeps descriptions and the parser's messages in the user's language all the same.
/// </summary>
internal static class EnvironmentCulture
{
    /// <summary>Returns the language the environment names (<c>ja</c> for <c>ja_JP.UTF-8</c>), or <see langword="null"/> when it names none (or <c>C</c>/<c>POSIX</c>).</summary>
    /// <param name="variable">Reads an environment variable.</param>
    /// <returns>The culture, or <see langword="null"/>.</returns>
    public static CultureInfo? FromEnvironment(Func<string, string?> variable)
    {
        string? value = null;
        foreach (string name in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            value = variable(name);
            if (!string.IsNullOrEmpty(value))
            {
                break;
            }
        }

        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // ja_JP.UTF-8@euro -> ja. Without ICU, .NET knows nothing of ja-JP, not even that its parent is ja, so resources
        // would fall back from ja-JP straight to English: the language alone finds them.
        string language = value.Split('.', '@', '_', '-')[0];
        if (language.Length == 0 || language is "C" or "POSIX")
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: false);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
