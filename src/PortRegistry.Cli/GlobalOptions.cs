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
    /// <param name="systemFileAlone">Without <c>--file</c> or <c>--embedded</c>, read the system file alone (what glibc sees) instead of <see cref="PortRegistry.Default"/>.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="CliException">Both <c>--file</c> and <c>--embedded</c> were given, or the file cannot be read.</exception>
    public PortRegistry OpenRegistry(ParseResult result, bool systemFileAlone = false)
    {
        string? path = result.GetValue(File) ?? (systemFileAlone ? SystemServicesFile.Path : null);
        bool embedded = result.GetValue(Embedded);
        if (path is not null && embedded)
        {
            throw new CliException("--file and --embedded cannot be used together.");
        }

        if (embedded)
        {
            return PortRegistry.Embedded;
        }

        if (path is null)
        {
            return PortRegistry.Default;
        }

        if (path.Length == 0)
        {
            throw new CliException("--file needs the path of a services file.");
        }

        try
        {
            return PortRegistry.FromFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The library's messages name the path: "Could not find file '/x'.", "... it is a directory."
            throw new CliException($"cannot read services file '{path}': {ex.Message}", ex);
        }
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
