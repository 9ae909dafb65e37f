using Ports.Labels;

namespace Ports.Tests.Labels;

/// <summary>The catalogue's data: services made one at a time by index, and the port table that finds them without making the others.</summary>
public sealed class CatalogDataTests
{
    [Fact]
    public void Create_EveryIndex_MakesTheServiceThatServicesHoldsThere()
    {
        Assert.Equal(CatalogData.Count, ServiceCatalog.Services.Count);
        for (int index = 0; index < CatalogData.Count; index++)
        {
            CatalogService created = CatalogData.Create(index);
            CatalogService held = ServiceCatalog.Services[index];

            Assert.NotSame(held, created);
            Assert.Equal(held.ToString(), created.ToString());
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(CatalogData.Count)]
    public void Create_IndexOutsideTheCatalogue_Throws(int index)
        => Assert.Throws<ArgumentOutOfRangeException>(() => CatalogData.Create(index));

    [Fact]
    public void PortKeys_AreEveryPortAndProtocolOfEveryServiceOnceInKeyOrder()
    {
        int[] expected =
        [
            .. ServiceCatalog.Services
                .SelectMany((service, index) => service.Protocols.Select(protocol => (PortFacts.Key(service.Port, protocol) << 8) | index))
                .Order(),
        ];

        Assert.Equal(expected, CatalogData.PortKeys.ToArray());
        Assert.Equal(expected.Length, expected.Select(entry => entry >> 8).Distinct().Count());
    }
}
