using Ports.Labels;

namespace Ports.Tests.Labels;

/// <summary>The hash table labels look ports up in, against the catalogue and the IANA TLS table it is built from.</summary>
public sealed class PortFactsTableTests
{
    private static readonly string[] s_protocols = ["tcp", "udp", "sctp", "dccp"];

    [Fact]
    public void Find_EveryPortAndProtocol_AgreesWithTheCatalogueAndTheTlsTable()
    {
        var expected = new Dictionary<int, int>();
        foreach (int key in RegistryTls.Keys)
        {
            expected[key] = PortFactsTable.TlsOnly;
        }

        for (int index = 0; index < ServiceCatalog.Services.Count; index++)
        {
            CatalogService service = ServiceCatalog.Services[index];
            foreach (string protocol in service.Protocols)
            {
                expected[PortFacts.Key(service.Port, protocol)] = index;
            }
        }

        int found = 0;
        for (int port = 0; port <= 65535; port++)
        {
            foreach (string protocol in s_protocols)
            {
                int key = PortFacts.Key(port, protocol);
                int value = PortFactsTable.Find(key);
                Assert.Equal(expected.GetValueOrDefault(key, -1), value);
                found += value >= 0 ? 1 : 0;
            }
        }

        Assert.Equal(expected.Count, found);
    }

    [Fact]
    public void TryGetFacts_EveryCataloguePortAndProtocol_TheSameServiceAsServicesHolds()
        => Assert.All(ServiceCatalog.Services, service => Assert.All(service.Protocols, protocol =>
        {
            Assert.True(ServiceCatalog.TryGetFacts(service.Port, protocol, out PortFacts facts));
            Assert.Same(service, facts.Service);
            Assert.Equal(service.IsTls, facts.IsTls);
            Assert.True(ServiceCatalog.HasService(service.Port, protocol));
        }));

    [Theory]
    [InlineData(6619, "tcp")] // odette-ftps: TLS in the registry, no catalogue service
    [InlineData(52344, "tcp")]
    [InlineData(443, "TCP")]
    [InlineData(443, "icmp")]
    [InlineData(-1, "tcp")]
    [InlineData(65536, "tcp")]
    public void HasService_NoCatalogueServiceThere_False(int port, string protocol)
        => Assert.False(ServiceCatalog.HasService(port, protocol));

    [Fact]
    public void TryFind_ByPortThenByName_TheSameInstance()
    {
        Assert.True(ServiceCatalog.TryFind(9092, "tcp", out CatalogService? byPort));
        Assert.True(ServiceCatalog.TryFind("kafka", out CatalogService? byName));

        Assert.Same(byPort, byName);
    }
}
