namespace Ports.Tests;

public sealed class PortRegistryOptionsTests
{
    [Fact]
    public void AddEntry_Entry_AddsItsServicesLine()
    {
        var options = new PortRegistryOptions().AddEntry("metrics", 9464, "tcp", "prometheus-exporter");

        Assert.Equal(["metrics 9464/tcp prometheus-exporter"], options.Entries);
    }

    [Fact]
    public void AddEntry_NameWithSpace_ThrowsAtOnce()
        => Assert.Throws<ArgumentException>(() => new PortRegistryOptions().AddEntry("billing api", 8081, "tcp"));

    [Fact]
    public void Create_AddEntryBesideLines_KeepsTheOrderTheyWereAdded()
    {
        var options = new PortRegistryOptions { Source = PortDataSource.EmbeddedOnly };
        options.Entries.Add("first 8081/tcp");
        options.AddEntry("second", 8081, "tcp");

        PortRegistry registry = PortRegistry.Create(options);

        Assert.Equal(["first", "second"], registry.Entries.Take(2).Select(e => e.Name));
        Assert.True(registry.TryGetByPort(8081, "tcp", out PortEntry? entry));
        Assert.Equal("first", entry.Name);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(2147483591L)]
    public void MaxFileSize_OutOfRange_IsKeptAndCreateThrowsNamingIt(long value)
    {
        var options = new PortRegistryOptions { MaxFileSize = value };

        ArgumentException ex = Assert.Throws<ArgumentException>(() => PortRegistry.Create(options));

        Assert.Equal(value, options.MaxFileSize);
        Assert.Equal($"PortRegistry MaxFileSize {value} must be from 1 to 2147483590 bytes.", ex.Message);
    }

    [Fact]
    public void Create_SeveralProblems_NamesEachInOneMessage()
    {
        var options = new PortRegistryOptions { FilePath = string.Empty, Source = (PortDataSource)42, Entries = { "ok 1/tcp", "broken 70000/tcp" } };

        ArgumentException ex = Assert.Throws<ArgumentException>(() => PortRegistry.Create(options));

        Assert.Equal(
            "PortRegistry FilePath is empty: leave it out (null) for the system's services file.; "
            + "PortRegistry Source 42 is not a PortDataSource.; "
            + "PortRegistry Entries[1] 'broken 70000/tcp' is not valid: the port 70000 is outside 0 to 65535.",
            ex.Message);
    }
}
