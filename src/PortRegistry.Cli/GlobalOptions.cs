using System.Globalization;
using Ports.Cli.Parsing;

namespace Ports.Cli;

/// <summary>What the options every command takes mean: <c>--file</c> and <c>--embedded</c> choose the registry, <c>--lang</c> the language.</summary>
internal static class GlobalOptions
{
    /// <summary>
    /// Opens the registry the options ask for: the embedded data, <c>--file</c>'s file, or <see cref="PortRegistry.Default"/>
    /// (the parser has made sure that <c>--file</c> and <c>--embedded</c> do not come together).
    /// </summary>
    /// <param name="arguments">The command line.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="CliException">The file cannot be read.</exception>
    public static PortRegistry OpenRegistry(ParsedArguments arguments) => Open(arguments, systemFileOnly: false);

    /// <summary>
    /// Opens the registry <c>getent</c> reads: as <see cref="OpenRegistry"/>, except that without <c>--file</c> or
    /// <c>--embedded</c> it is the system's services file alone, as glibc reads it; when that file does not exist the
    /// registry is empty, as it is for glibc (every key is then not found).
    /// </summary>
    /// <param name="arguments">The command line.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="CliException">A file exists but cannot be read.</exception>
    public static PortRegistry OpenSystemRegistry(ParsedArguments arguments) => Open(arguments, systemFileOnly: true);

    /// <summary>
    /// Returns the language of descriptions: <c>--lang</c>'s, else the current UI culture when .NET set one, else the
    /// language the environment names (<see cref="EnvironmentCulture"/>: the tool runs without ICU, where .NET leaves
    /// the UI culture invariant).
    /// </summary>
    /// <param name="arguments">The command line.</param>
    /// <returns>The culture for descriptions.</returns>
    public static CultureInfo Culture(ParsedArguments arguments)
    {
        if (arguments.Language is { } name)
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: false);
        }

        CultureInfo current = CultureInfo.CurrentUICulture;
        return current.Equals(CultureInfo.InvariantCulture)
            ? EnvironmentCulture.FromEnvironment(Environment.GetEnvironmentVariable) ?? current
            : current;
    }

    private static PortRegistry Open(ParsedArguments arguments, bool systemFileOnly)
    {
        string? path = arguments.File;
        if (arguments.Embedded)
        {
            return PortRegistry.Embedded;
        }

        if (path is null && !systemFileOnly)
        {
            return PortRegistry.Default;
        }

        if (path is { Length: 0 })
        {
            throw new CliException("--file needs the path of a services file.");
        }

        try
        {
            return PortRegistry.FromFile(path ?? PortRegistry.SystemServicesPath);
        }
        catch (Exception ex) when (path is null && ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return PortRegistry.Parse(string.Empty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(FileError(path ?? PortRegistry.SystemServicesPath, ex), ex);
        }
    }

    /// <summary>Says once why a services file cannot be read: the library's message names the path and the reason.</summary>
    private static string FileError(string path, Exception ex)
    {
        string message = ex.Message.TrimEnd('.');
        return message.Contains($"'{path}'", StringComparison.Ordinal) && message.Length > 0
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : $"cannot read the services file '{path}': {message}";
    }
}
