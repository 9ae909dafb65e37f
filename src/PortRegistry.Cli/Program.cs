using Ports.Cli;
using Ports.Cli.Output;

// portreg: look up ports and service names, print what glibc's `getent services` prints, and label this machine's connections.
// On Linux, standard output and error are written with write(2), without the console's set-up (docs/cli.md, "Start-up").
using Stream stdout = OperatingSystem.IsLinux() ? new FileDescriptorStream(1) : Console.OpenStandardOutput();
using Stream stderr = OperatingSystem.IsLinux() ? new FileDescriptorStream(2) : Console.OpenStandardError();
return PortregApp.Run(RawArguments.Recover(args), stdout, stderr);
