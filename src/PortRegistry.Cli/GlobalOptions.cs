using System.CommandLine;
using System.Globalization;

namespace Ports.Cli;

/// <summary>The options every command takes, before or after the command name: <c>--file</c>, <c>--embedded</c> and <c>--lang</c>.</summary>
internal sealed class GlobalOptions
{
    /// <summary>Gets <c>--file PATH</c>: read that services file (and only it).</summary>
    public Option<string> File { get; } = new("--file")
    {
        Description = "Read this services file (and only it) instead of the system's.",
        HelpName = "PATH",
        Recursive = true,
    };

    /// <summary>Gets <c>--embedded</c>: the IANA registry shipped in PortRegistry, whatever the machine has.</summary>
    public Option<bool> Embedded { get; } = new("--embedded")
    {
        Description = "Use only the IANA registry embedded in PortRegistry.",
        Recursive = true,
    };

    /// <summary>Gets <c>--lang ja|en</c>: the language of descriptions.</summary>
    public Option<string> Language { get; } = CreateLanguageOption();

    /// <summary>Adds the options to the root command.</summary>
    /// <param name="root">The root command.</param>
    public void AddTo(RootCommand root)
    {
        root.Options.Add(File);
        root.Options.Add(Embedded);
        root.Options.Add(Language);
    }

    /// <summary>Opens the registry the options ask for: <c>--file</c>'s file, the embedded data, or <see cref="PortRegistry.Default"/>.</summary>
    /// <param name="result">The parse result.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="CliException">Both <c>--file</c> and <c>--embedded</c> were given, or the file cannot be read.</exception>
    public PortRegistry OpenRegistry(ParseResult result) => Open(result, systemFileOnly: false);

    /// <summary>
    /// Opens the registry <c>getent</c> reads: as <see cref="OpenRegistry"/>, except that without <c>--file</c> or
    /// <c>--embedded</c> it is the system's services file alone, as glibc reads it; when that file does not exist the
    /// registry is empty, as it is for glibc (every key is then not found).
    /// </summary>
    /// <param name="result">The parse result.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="CliException">Both <c>--file</c> and <c>--embedded</c> were given, or a file exists but cannot be read.</exception>
    public PortRegistry OpenSystemRegistry(ParseResult result) => Open(result, systemFileOnly: true);

    private PortRegistry Open(ParseResult result, bool systemFileOnly)
    {
        string? path = result.GetValue(File);
        bool embedded = result.GetValue(Embedded);
        if (path is not null && embedded)
        {
            throw new CliException("--file and --embedded cannot be used together.");
        }

        if (embedded)
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

    /// <summary>Returns the language <c>--lang</c> asks for, or the current UI culture.</summary>
    /// <param name="result">The parse result.</param>
    /// <returns>The culture for descriptions.</returns>
    public CultureInfo Culture(ParseResult result)
        => result.GetValue(Language) is { } name
            ? CultureInfo.GetCultureInfo(name, predefinedOnly: false)
            : CultureInfo.CurrentUICulture;

    private static Option<string> CreateLanguageOption()
    {
        var option = new Option<string>("--lang")
        {
            Description = "The language of descriptions: ja or en (default: the current UI culture).",
            HelpName = "ja|en",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("ja", "en");
        return option;
    }
}
