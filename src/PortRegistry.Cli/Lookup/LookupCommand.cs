using System.Globalization;
using Ports.Cli.Json;
using Ports.Cli.Output;
using Ports.Cli.Parsing;

namespace Ports.Cli.Lookup;

/// <summary>
/// <c>portreg lookup KEY... [--json]</c>: name, port and protocol, aliases, class, TLS and counterpart, and description
/// of each service a key names. Exit 0 when every key found something, 2 when one did not (as <c>getent</c>).
/// </summary>
internal static class LookupCommand
{
    /// <summary>The exit status when a key found nothing, as <c>getent</c>'s.</summary>
    public const int NotFound = 2;

    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The exit status: 0 when every key found something, <see cref="NotFound"/> when one did not.</returns>
    public static int Run(ParsedArguments arguments, CliConsole console)
    {
        PortRegistry registry = GlobalOptions.OpenRegistry(arguments);
        CultureInfo culture = GlobalOptions.Culture(arguments);
        var results = new LookupResult[arguments.Keys.Count];
        for (int i = 0; i < results.Length; i++)
        {
            PortEntry[] entries = LookupResolver.Resolve(registry, arguments.Keys[i]);
            var views = new ServiceView[entries.Length];
            for (int j = 0; j < entries.Length; j++)
            {
                views[j] = ServiceView.Of(entries[j], culture);
            }

            results[i] = new LookupResult(arguments.Keys[i], views);
        }

        if (arguments.Json)
        {
            console.Write(JsonOutput.Of(results).Span);
            console.Write("\n");
        }
        else
        {
            console.Write(LookupTextFormatter.Format(results));
        }

        int status = 0;
        foreach (LookupResult result in results)
        {
            if (result.Entries.Count == 0)
            {
                console.WriteError($"{TerminalText.Escape(result.Key)}: no such port or service");
                status = NotFound;
            }
        }

        return status;
    }
}
