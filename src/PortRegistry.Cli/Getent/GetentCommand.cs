using System.Buffers;
using Ports.Cli.Output;
using Ports.Cli.Parsing;

namespace Ports.Cli.Getent;

/// <summary><c>portreg getent [KEY...]</c>: what glibc's <c>getent services</c> prints, byte for byte, with its exit status.</summary>
internal static class GetentCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The exit status: 0 when every key was found (or when listing), 2 when one was not.</returns>
    public static int Run(ParsedArguments arguments, CliConsole console)
    {
        PortRegistry registry = GlobalOptions.OpenSystemRegistry(arguments);
        var output = new ArrayBufferWriter<byte>();
        int status = GetentPrinter.Run(registry, arguments.Keys, output);
        console.Write(output.WrittenSpan);
        return status;
    }
}
