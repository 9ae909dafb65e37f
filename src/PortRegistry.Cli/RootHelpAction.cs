using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Ports.Cli;

/// <summary>
/// <c>portreg --help</c>: the commands written as the documentation writes them (<c>lookup KEY...</c>,
/// <c>getent [KEY...]</c>), then the global options. The help of each command is System.CommandLine's own.
/// </summary>
/// <param name="fallback">The default help, for the commands.</param>
internal sealed class RootHelpAction(HelpAction fallback) : SynchronousCommandLineAction
{
    private static readonly (string Name, string Synopsis)[] s_synopses =
    [
        ("lookup", "[--file PATH | --embedded] [--lang ja|en] lookup KEY... [--json]"),
        ("getent", "[--file PATH | --embedded] getent [KEY...]"),
        ("connections", "[--file PATH | --embedded] [--lang ja|en] connections [-l] [-t] [-u] [--port N] [--service NAME] [--state STATE] [--json]"),
    ];

    /// <summary>Writes the help of the command being parsed.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>0.</returns>
    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root)
        {
            return fallback.Invoke(parseResult);
        }

        var text = new StringBuilder();
        text.Append("Description:\n  ").Append(root.Description).Append("\n\nUsage:\n");
        foreach ((_, string synopsis) in s_synopses)
        {
            text.Append("  portreg ").Append(synopsis).Append('\n');
        }

        text.Append("\nCommands:\n");
        foreach ((string name, _) in s_synopses)
        {
            Command command = root.Subcommands.Single(c => c.Name == name);
            text.Append("  ").Append(name).Append(' ', 13 - name.Length).Append(command.Description).Append('\n');
        }

        text.Append("\nGlobal options (before or after the command):\n");
        foreach (Option option in root.Options.Where(o => !o.Hidden))
        {
            string usage = string.Join(", ", option.Aliases.Append(option.Name).Where(a => a.StartsWith('-')).OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal))
                + (option.HelpName is { } helpName ? $" {helpName}" : string.Empty);
            text.Append("  ").Append(usage).Append(' ', Math.Max(2, 20 - usage.Length)).Append(option.Description).Append('\n');
        }

        text.Append("\nRun 'portreg COMMAND --help' for a command's options.\n");
        parseResult.InvocationConfiguration.Output.Write(text.ToString());
        return 0;
    }
}
