using Ports.Tests.Infrastructure;

namespace Ports.Tests;

/// <summary><see cref="PortSourceStatus"/>: a class with get-only properties, compared by reference.</summary>
public sealed class PortSourceStatusTests
{
    [Fact]
    public void Properties_LoadedFile_SayWhereAndHowMany()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "ssh 22/tcp\nssh 22/udp\nbroken tcp/22\n");
        PortSourceStatus status = Assert.Single(PortRegistry.FromFile(path).Sources);
        Assert.Equal((PortSourceKind.File, path, true, 2, (string?)null), (status.Kind, status.Location, status.IsLoaded, status.EntryCount, status.Error));
    }

    [Fact]
    public void Properties_MissingFile_SayNotLoadedAndWhy()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "absent");
        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemWithEmbeddedFallback });
        PortSourceStatus status = registry.Sources[0];
        Assert.Equal((PortSourceKind.File, path, false, 0), (status.Kind, status.Location, status.IsLoaded, status.EntryCount));
        Assert.Contains(path, status.Error, StringComparison.Ordinal);
        Assert.Contains(registry.Sources, s => s is { Kind: PortSourceKind.Embedded, IsLoaded: true, Error: null });
    }

    [Fact]
    public void Equals_TwoLoadsOfTheSameText_ReferenceEqualityOnly()
    {
        PortSourceStatus first = Assert.Single(PortRegistry.Parse("a 1/tcp\n").Sources);
        PortSourceStatus second = Assert.Single(PortRegistry.Parse("a 1/tcp\n").Sources);
        Assert.Equal((first.Kind, first.Location, first.IsLoaded, first.EntryCount), (second.Kind, second.Location, second.IsLoaded, second.EntryCount));
        Assert.NotEqual(first, second);
        Assert.False(first.Equals(second));
        Assert.True(first.Equals(first));
    }

    [Fact]
    public void Type_Shape_SealedWithoutPublicConstructorOrSetters()
    {
        Type type = typeof(PortSourceStatus);
        Assert.True(type.IsSealed);
        Assert.Empty(type.GetConstructors());
        Assert.All(type.GetProperties(), p => Assert.Null(p.SetMethod));
    }

    [Fact]
    public void Constructor_NamedArguments_KeepTheirMeaning()
    {
        var status = new PortSourceStatus(PortSourceKind.Custom, "custom", IsLoaded: true, EntryCount: 3, Error: null);
        Assert.Equal((PortSourceKind.Custom, "custom", true, 3, (string?)null), (status.Kind, status.Location, status.IsLoaded, status.EntryCount, status.Error));
    }

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
