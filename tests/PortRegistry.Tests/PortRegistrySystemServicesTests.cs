namespace Ports.Tests;

/// <summary><see cref="PortRegistry.SystemServicesPath"/>: where the operating system keeps its services file.</summary>
public sealed class PortRegistrySystemServicesTests
{
    [Fact]
    public void SystemServicesPath_ThisSystem_IsTheFileGlibcOrWindowsReads()
    {
        string expected = OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetEnvironmentVariable("SystemRoot") ?? @"C:\Windows", "System32", "drivers", "etc", "services")
            : "/etc/services";
        Assert.Equal(expected, PortRegistry.SystemServicesPath);
    }

    [Fact]
    public void SystemServicesPath_FileExists_FromFileReadsWhatDefaultReportsAsItsFirstSource()
    {
        if (!File.Exists(PortRegistry.SystemServicesPath))
        {
            Assert.Skip($"This machine has no {PortRegistry.SystemServicesPath}.");
        }

        PortRegistry system = PortRegistry.FromFile(PortRegistry.SystemServicesPath);
        PortSourceStatus first = PortRegistry.Default.Sources[0];
        Assert.Equal((PortSourceKind.File, PortRegistry.SystemServicesPath), (first.Kind, first.Location));
        Assert.Equal(system.Sources[0].EntryCount, first.EntryCount);
    }
}
