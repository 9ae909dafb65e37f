using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Ports.Cli.Json;
using Ports.Cli.Output;

namespace Ports.Cli.Lookup;

/// <summary>
/// <c>portreg lookup KEY... [--json]</c>: name, port and protocol, aliases, class, TLS and counterpart, and description
/// of each service a key names. Exit 0 when every key found something, 2 when one did not (as <c>getent</c>).
/// </summary>
internal static class LookupCommand
{
    /// <summary>The exit status when a key found nothing, as <c>getent</c>'s.</summary>
    public const int NotFound = 2;

    /// <summary>Creates the command.</summary>
    /// <param name="options">The global options.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions options, CliConsole console)
    {
        var keys = new Argument<string[]>("KEY")
        {
            Description = "443, 443/tcp, https or https/tcp. Without a protocol, every protocol is shown; names that match nothing exactly are tried ignoring case.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Write JSON for programs instead of text." };
        var command = new Command("lookup", "Show what a port or service name is: name, port/protocol, aliases, class, TLS and counterpart, description.")
        {
            keys,
            json,
        };
        command.SetAction(result =>
        {
            PortRegistry registry = options.OpenRegistry(result);
            CultureInfo culture = options.Culture(result);
            LookupResult[] results = [.. (result.GetValue(keys) ?? []).Select(key => new LookupResult(
                key,
                [.. LookupResolver.Resolve(registry, key).Select(entry => ServiceView.Of(entry, culture))]))];
            if (result.GetValue(json))
            {
                console.Write(JsonSerializer.SerializeToUtf8Bytes(results, CliJsonContext.Output.LookupResultArray));
                console.Write("\n");
            }
            else
            {
                console.Write(LookupTextFormatter.Format(results));
            }

            int status = 0;
            foreach (LookupResult missing in results.Where(r => r.Entries.Count == 0))
            {
                console.WriteError($"{TerminalText.Escape(missing.Key)}: no such port or service");
                status = NotFound;
            }

            return status;
        });
        return command;
    }
}
