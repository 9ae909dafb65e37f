using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Text;
using Ports.Cli.Connections;
using Ports.Cli.Getent;
using Ports.Cli.Lookup;
using Ports.Cli.Output;

namespace Ports.Cli;

/// <summary>
/// The <c>portreg</c> command line: <c>lookup</c>, <c>getent</c> and <c>connections</c>, with the global options of
/// <see cref="GlobalOptions"/>. Usage errors print the usage on standard error and exit 1; other errors print one line
/// on standard error and exit 1; no stack trace is ever printed.
/// </summary>
internal static class PortregApp
{
    /// <summary>The exit status of a usage error or a failure.</summary>
    public const int Failure = 1;

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit status.</returns>
    public static int Run(IReadOnlyList<string> args, Stream output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        RootCommand root = CreateRootCommand(console);

        // No response files: a getent key such as "@x" must stay a key.
        var parser = new ParserConfiguration { ResponseFileTokenReplacer = null };
        ParseResult result = root.Parse(args, parser);
        using var outputWriter = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 4096, leaveOpen: true) { AutoFlush = true };
        var invocation = new InvocationConfiguration { Output = outputWriter, Error = error, EnableDefaultExceptionHandler = false };
        List<string> errors = [.. result.Errors.Select(e => e.Message), .. UnknownOptions(result)];

        // "portreg frob": say that frob is unknown, not also that a command is missing.
        if (result.CommandResult.Command == root && result.UnmatchedTokens.Count > 0)
        {
            errors.RemoveAll(message => !result.UnmatchedTokens.Any(token => message.Contains($"'{token}'", StringComparison.Ordinal)));
        }

        if (errors.Count > 0 && result.Action is not RootHelpAction)
        {
            foreach (string message in errors)
            {
                console.WriteError(message);
            }

            error.WriteLine();
            WriteUsage(root, parser, result.CommandResult, error);
            return Failure;
        }

        try
        {
            return result.Invoke(invocation);
        }
        catch (CliException ex)
        {
            console.WriteError(ex.Message);
            return Failure;
        }
#pragma warning disable CA1031 // The tool's last line of defence: one clear line on stderr instead of a stack trace.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            console.WriteError($"{ex.GetType().Name}: {ex.Message}");
            return Failure;
        }
    }

    private static RootCommand CreateRootCommand(CliConsole console)
    {
        var options = new GlobalOptions();
        var root = new RootCommand(
            "portreg: look up ports and service names, print exactly what glibc's `getent services` prints, and label this machine's connections.");
        root.Directives.Clear();
        options.AddTo(root);
        root.Subcommands.Add(LookupCommand.Create(options, console));
        root.Subcommands.Add(GetentCommand.Create(options, console));
        root.Subcommands.Add(ConnectionsCommand.Create(options, console));
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelpAction((HelpAction)help.Action!);
        return root;
    }

    /// <summary>
    /// Finds tokens such as <c>--bogus</c> that System.CommandLine handed to a command's arguments: as for glibc's
    /// <c>getent</c> and other POSIX tools, they are unknown options unless they follow <c>--</c>.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult result)
    {
        int doubleDash = 0;
        while (doubleDash < result.Tokens.Count && result.Tokens[doubleDash].Type != TokenType.DoubleDash)
        {
            doubleDash++;
        }

        var beforeDoubleDash = new HashSet<Token>(result.Tokens.Take(doubleDash), ReferenceEqualityComparer.Instance);
        return result.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Where(token => beforeDoubleDash.Contains(token) && token.Value.Length > 1 && token.Value[0] == '-')
            .Select(token => $"Unrecognized option '{token.Value}'.");
    }

    /// <summary>Writes the help of the command the user was typing to <paramref name="error"/>.</summary>
    private static void WriteUsage(RootCommand root, ParserConfiguration parser, CommandResult commandResult, TextWriter error)
    {
        var path = new List<string>();
        for (SymbolResult? symbol = commandResult; symbol is CommandResult command && command.Command != root; symbol = symbol.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        path.Add("--help");
        root.Parse(path, parser).Invoke(new InvocationConfiguration { Output = error, Error = error });
    }
}
