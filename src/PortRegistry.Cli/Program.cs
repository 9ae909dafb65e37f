using Ports.Cli;

// portreg: look up ports and service names, print what glibc's `getent services` prints, and label this machine's connections.
using Stream stdout = Console.OpenStandardOutput();
using Stream stderr = Console.OpenStandardError();
return PortregApp.Run(RawArguments.Recover(args), stdout, stderr);
