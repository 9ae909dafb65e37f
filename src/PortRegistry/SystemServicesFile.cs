namespace Ports;

/// <summary>Where the operating system keeps its services database.</summary>
public static class SystemServicesFile
{
    /// <summary>
    /// Gets the path of this system's services file: <c>%SystemRoot%\System32\drivers\etc\services</c> on Windows and
    /// <c>/etc/services</c> on Linux, macOS and the BSDs.
    /// </summary>
    public static string Path { get; } = OperatingSystem.IsWindows()
        ? System.IO.Path.Combine(Environment.GetEnvironmentVariable("SystemRoot") ?? @"C:\Windows", "System32", "drivers", "etc", "services")
        : "/etc/services";
}
