using Ports.Cli.Connections;
using Ports.Cli.Getent;
using Ports.Cli.Lookup;
using Ports.Cli.Output;
using Ports.Cli.Parsing;

namespace Ports.Cli;

/// <summary>
/// The <c>portreg</c> command line: <c>lookup</c>, <c>getent</c> and <c>connections</c>, with the global options of
/// <see cref="GlobalOptions"/>. Usage errors print one line per error and the usage of the command on standard error
/// and exit 1; other errors print one line on standard error and exit 1; no stack trace is ever printed.
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
    public static int Run(IReadOnlyList<string> args, Stream output, Stream error)
    {
        var console = new CliConsole(output, error);
        ParsedArguments arguments = ArgumentParser.Parse(args);
        if (arguments.Help)
        {
            console.Write(HelpText.For(arguments.Command));
            return 0;
        }

        if (arguments.Errors.Count > 0)
        {
            foreach (string message in arguments.Errors)
            {
                console.WriteError(message);
            }

            console.WriteErrorText("\n" + HelpText.For(arguments.Command));
            return Failure;
        }

        try
        {
            return arguments.Command switch
            {
                CommandKind.Lookup => LookupCommand.Run(arguments, console),
                CommandKind.Getent => GetentCommand.Run(arguments, console),
                CommandKind.Connections => ConnectionsCommand.Run(arguments, console),
                _ => Version(console),
            };
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

    /// <summary>
    /// Writes the version, with the commit it was built from when the build knew it (<c>0.1.0+abc123...</c>): a constant
    /// the build writes (<see cref="ToolVersion"/>), since reading the assembly's attribute would compile reflection and
    /// its metadata into the native tool, about 360 KB and 50 page faults at every start.
    /// </summary>
    private static int Version(CliConsole console)
    {
        console.Write(ToolVersion.Text + "\n");
        return 0;
    }
}
