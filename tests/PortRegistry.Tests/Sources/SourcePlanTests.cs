using Ports.Sources;

namespace Ports.Tests.Sources;

/// <summary>The one declaration of which sources a registry reads, in which order, and what a failure of each means.</summary>
public sealed class SourcePlanTests
{
    [Theory]
    [InlineData(PortDataSource.Merged, "File:Optional Embedded:Required")]
    [InlineData(PortDataSource.SystemWithEmbeddedFallback, "File:Optional Embedded:Fallback")]
    [InlineData(PortDataSource.SystemOnly, "File:Required")]
    [InlineData(PortDataSource.EmbeddedOnly, "Embedded:Required")]
    public void For_EachDataSource_DeclaresSourcesInPrecedenceOrder(PortDataSource source, string expected)
    {
        SourceStep[] plan = SourcePlan.For(new PortRegistryOptions { FilePath = "/x/services", Source = source }, hasEntries: false);
        Assert.Equal(expected, string.Join(' ', plan.Select(s => $"{s.Kind}:{s.Use}")));
        Assert.All(plan.Where(s => s.Kind == PortSourceKind.File), s => Assert.Equal("/x/services", s.Path));
    }

    [Fact]
    public void For_ApplicationEntries_ComeFirstAndAreRequired()
    {
        SourceStep[] plan = SourcePlan.For(new PortRegistryOptions(), hasEntries: true);
        Assert.Equal(new SourceStep(PortSourceKind.Custom, null, SourceUse.Required), plan[0]);
        Assert.Equal([PortSourceKind.Custom, PortSourceKind.File, PortSourceKind.Embedded], plan.Select(s => s.Kind));
    }

    [Fact]
    public void For_NoFilePath_ReadsTheSystemFile()
        => Assert.Equal(PortRegistry.SystemServicesPath, SourcePlan.For(new PortRegistryOptions(), hasEntries: false)[0].Path);
}
