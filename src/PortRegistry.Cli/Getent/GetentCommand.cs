using System.Buffers;
using System.CommandLine;
using Ports.Cli.Output;

namespace Ports.Cli.Getent;

/// <summary><c>portreg getent [KEY...]</c>: what glibc's <c>getent services</c> prints, byte for byte, with its exit status.</summary>
internal static class GetentCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="options">The global options.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions options, CliConsole console)
    {
        var keys = new Argument<string[]>("KEY")
        {
            Description = "NAME, NAME/PROTO, PORT or PORT/PROTO; none lists every entry in file order. Put -- before keys that start with '-'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(
            "getent",
            "Print services exactly as glibc's `getent services` does, byte for byte: exit 0 when every key was found, 2 when one was not.")
        {
            keys,
        };
        command.SetAction(result =>
        {
            PortRegistry registry = options.OpenSystemRegistry(result);
            var output = new ArrayBufferWriter<byte>();
            int status = GetentPrinter.Run(registry, result.GetValue(keys) ?? [], output);
            console.Write(output.WrittenSpan);
            return status;
        });
        return command;
    }
}
