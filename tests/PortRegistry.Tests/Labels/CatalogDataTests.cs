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

        Assert.True(
            expected.SequenceEqual(CatalogData.PortKeys.ToArray()),
            "CatalogData.PortKeys differs from the services; it should read:\n" + string.Concat(expected.Select(Line)));
        Assert.Equal(expected.Length, expected.Select(entry => entry >> 8).Distinct().Count());
    }

    /// <summary>Writes an entry of <see cref="CatalogData.PortKeys"/> as the source spells it.</summary>
    private static string Line(int entry)
    {
        CatalogService service = ServiceCatalog.Services[entry & 0xFF];
        string protocol = ((entry >> 8) & 3) switch { 0 => "Tcp", 1 => "Udp", _ => "Sctp" };
        return FormattableString.Invariant($"        ({service.Port} << 10) | {protocol} | {entry & 0xFF}, // {service.Name}\n");
    }
}
