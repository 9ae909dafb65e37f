namespace Ports.Benchmarks.Infrastructure;

/// <summary>Says which services file glibc reads in this process, so that every log records what the baseline scanned.</summary>
internal static class SystemFileReport
{
    /// <summary>Writes the path, size and entry count of the system services file, and the registry used beside it.</summary>
    /// <param name="registry">The registry the benchmarks compare with glibc.</param>
    public static void Write(PortRegistry registry)
    {
        string path = PortRegistry.SystemServicesPath;
        string size = File.Exists(path) ? $"{new FileInfo(path).Length:N0} bytes" : "missing: glibc finds nothing";
        Console.WriteLine($"// glibc reads {path} ({size}); PortRegistry.Default: {registry}");
    }
}
