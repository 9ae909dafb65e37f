using System.Globalization;
using Ports.Cli;

// portreg: look up ports and service names, print what glibc's `getent services` prints, and label this machine's connections.
if (CultureInfo.CurrentUICulture.Equals(CultureInfo.InvariantCulture) && EnvironmentCulture.FromEnvironment(Environment.GetEnvironmentVariable) is { } culture)
{
    CultureInfo.CurrentUICulture = culture;
}

using Stream stdout = Console.OpenStandardOutput();
return PortregApp.Run(RawArguments.Recover(args), stdout, Console.Error);
