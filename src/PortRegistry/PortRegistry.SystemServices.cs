namespace Ports;

/// <summary>Where the operating system keeps its services database.</summary>
public sealed partial class PortRegistry
{
    /// <summary>
    /// Gets the path of this system's services file: <c>%SystemRoot%\System32\drivers\etc\services</c> on Windows and
    /// <c>/etc/services</c> on Linux, macOS and the BSDs. <see cref="FromFile(string)"/> with this path reads the
    /// machine's services exactly as glibc's <c>getservbyname</c> and <c>getservbyport</c> do.
    /// </summary>
    public static string SystemServicesPath { get; } = OperatingSystem.IsWindows()
        ? Path.Combine(Environment.GetEnvironmentVariable("SystemRoot") ?? @"C:\Windows", "System32", "drivers", "etc", "services")
        : "/etc/services";
}
