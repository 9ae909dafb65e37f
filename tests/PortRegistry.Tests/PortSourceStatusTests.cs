namespace Ports.Tests;

public sealed class PortSourceStatusTests
{
    [Theory]
    [InlineData(PortSourceKind.File, "/etc/services", 318, "file /etc/services (318 entries)")]
    [InlineData(PortSourceKind.Embedded, "embedded", 11621, "embedded IANA data (11621 entries)")]
    [InlineData(PortSourceKind.Custom, "custom", 1, "application entries (1 entry)")]
    [InlineData(PortSourceKind.Text, "text", 0, "text (0 entries)")]
    public void ToString_Loaded_NamesTheSourceAndCountsEntries(PortSourceKind kind, string location, int count, string expected)
        => Assert.Equal(expected, new PortSourceStatus(kind, location, IsLoaded: true, count, Error: null).ToString());

    [Fact]
    public void ToString_NotLoaded_SaysWhy()
        => Assert.Equal(
            "file /missing (not loaded: it does not exist)",
            new PortSourceStatus(PortSourceKind.File, "/missing", IsLoaded: false, 0, "it does not exist").ToString());
}
