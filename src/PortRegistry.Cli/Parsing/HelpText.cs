using System.Text;

namespace Ports.Cli.Parsing;

/// <summary>
/// The help of <c>portreg</c> and of each command. <c>portreg --help</c> writes the commands as the documentation
/// writes them (<c>lookup KEY...</c>, <c>getent [KEY...]</c>); a command's help lists its arguments and options, the
/// global ones included, in two aligned columns.
/// </summary>
internal static class HelpText
{
    private const string RootDescription =
        "portreg: look up ports and service names, print exactly what glibc's `getent services` prints, and label this machine's connections.";

    private const string LookupDescription =
        "Show what a port or service name is: name, port/protocol, aliases, class, TLS and counterpart, description.";

    private const string GetentDescription =
        "Print services exactly as glibc's `getent services` does, byte for byte: exit 0 when every key was found, 2 when one was not.";

    private const string ConnectionsDescription =
        "Label this machine's TCP connections and TCP/UDP sockets: service, direction, class, TLS, the processes that hold each, and a description.";

    private static readonly (string Usage, string Description) s_help = ("-?, -h, --help", "Show help and usage information");

    private static readonly (string Usage, string Description)[] s_globalOptions =
    [
        ("--file <PATH>", "Read this services file (and only it) instead of the system's."),
        ("--embedded", "Use only the IANA registry embedded in PortRegistry."),
        ("--lang <ja|en>", "The language of descriptions: ja or en (default: the current UI culture)."),
    ];

    private static readonly (string Usage, string Description)[] s_globalOptionsWithoutBrackets = WithoutBrackets(s_globalOptions);

    /// <summary>Returns the help of a command, or of <c>portreg</c> itself for <see cref="CommandKind.None"/>.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The help, ending with a line feed.</returns>
    public static string For(CommandKind command) => command switch
    {
        CommandKind.Lookup => Command(
            LookupDescription,
            "portreg lookup <KEY>... [options]",
            ("<KEY>", "443, 443/tcp, https or https/tcp. Without a protocol, every protocol is shown; names that match nothing exactly are tried ignoring case."),
            [("--json", "Write JSON for programs instead of text.")]),
        CommandKind.Getent => Command(
            GetentDescription,
            "portreg getent [<KEY>...] [options]",
            ("<KEY>", "NAME, NAME/PROTO, PORT or PORT/PROTO; none lists every entry in file order. Put -- before keys that start with '-'."),
            []),
        CommandKind.Connections => Command(
            ConnectionsDescription,
            "portreg connections [options]",
            null,
            [
                ("-l, --listening", "Only listeners: TCP sockets in LISTEN and unconnected UDP sockets."),
                ("-t, --tcp", "TCP sockets (with -u: both)."),
                ("-u, --udp", "UDP sockets (with -t: both)."),
                ("--port <N>", "Only sockets with this port at either end."),
                ("--service <NAME>", "Only sockets labeled with this service (its name or an alias)."),
                ("--state <STATE>", "Only sockets in this state: LISTEN, ESTABLISHED, TIME_WAIT, UNCONN ... (any case; time-wait as ss spells it)."),
                ("--json", "Write JSON for programs instead of a table."),
            ]),
        _ => Root(),
    };

    private static string Root()
    {
        var text = new StringBuilder();
        text.Append("Description:\n  ").Append(RootDescription).Append("\n\nUsage:\n")
            .Append("  portreg [--file PATH | --embedded] [--lang ja|en] lookup KEY... [--json]\n")
            .Append("  portreg [--file PATH | --embedded] getent [KEY...]\n")
            .Append("  portreg [--file PATH | --embedded] [--lang ja|en] connections [-l] [-t] [-u] [--port N] [--service NAME] [--state STATE] [--json]\n")
            .Append("\nCommands:\n");
        AppendRows(text, [("lookup", LookupDescription), ("getent", GetentDescription), ("connections", ConnectionsDescription)], 13);
        text.Append("\nGlobal options (before or after the command):\n");
        AppendRows(
            text,
            [
                s_help,
                ("--version", "Show version information"),
                .. s_globalOptionsWithoutBrackets,
            ],
            20);
        return text.Append("\nRun 'portreg COMMAND --help' for a command's options.\n").ToString();
    }

    private static string Command(string description, string usage, (string Usage, string Description)? argument, (string Usage, string Description)[] options)
    {
        var text = new StringBuilder();
        text.Append("Description:\n  ").Append(description).Append("\n\nUsage:\n  ").Append(usage).Append("\n\n");
        if (argument is { } key)
        {
            text.Append("Arguments:\n");
            AppendRows(text, [key], 0);
            text.Append('\n');
        }

        text.Append("Options:\n");
        AppendRows(text, [.. options, s_help, .. s_globalOptions], 0);
        return text.Append('\n').ToString();
    }

    private static (string Usage, string Description)[] WithoutBrackets((string Usage, string Description)[] options)
    {
        var rows = new (string Usage, string Description)[options.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = (options[i].Usage.Replace("<", string.Empty, StringComparison.Ordinal).Replace(">", string.Empty, StringComparison.Ordinal), options[i].Description);
        }

        return rows;
    }

    /// <summary>Writes rows of two columns, the second starting two spaces after the widest first cell (at least at <paramref name="column"/>).</summary>
    private static void AppendRows(StringBuilder text, (string Usage, string Description)[] rows, int column)
    {
        int width = column - 2;
        foreach ((string usage, _) in rows)
        {
            width = Math.Max(width, usage.Length);
        }

        foreach ((string usage, string description) in rows)
        {
            text.Append("  ").Append(usage).Append(' ', width - usage.Length + 2).Append(description).Append('\n');
        }
    }
}
