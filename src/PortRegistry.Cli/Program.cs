using System.Buffers;
using Ports;
using Ports.Cli.Getent;

// Placeholder entry point until the command-line interface lands: `portreg getent [KEY...]` on the default registry.
var output = new ArrayBufferWriter<byte>();
int status = GetentPrinter.Run(PortRegistry.Default, args.Skip(1).ToArray(), output);
using Stream stdout = Console.OpenStandardOutput();
stdout.Write(output.WrittenSpan);
return status;
