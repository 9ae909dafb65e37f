using System.Diagnostics.CodeAnalysis;
using Ports.Indexes;
using Ports.Labels;

namespace Ports;

/// <summary>
/// The services people commonly run, by the names they use for them: the well-known Internet protocols (ssh, https,
/// domain ...), their TLS twins, and today's servers (postgresql, kafka, redis, kubernetes-api ...), each with its
/// default port and protocols, whether it runs inside TLS, its plain or TLS counterpart, a summary in English and
/// Japanese, and the page documenting its default port.
/// </summary>
/// <remarks>
/// A <see cref="ConnectionLabel"/> names the catalogue's service when the service end's port and protocol are the
/// service's, and keeps the registry's entry beside it: on 9092/tcp the label says <c>kafka</c>, its
/// <see cref="ConnectionLabel.RegistryEntry"/> is IANA's <c>XmlIpcRegSvc</c>. Lookups such as
/// <see cref="PortRegistry.TryGetByPort(int, string?, out PortEntry)"/> never consult the catalogue.
/// </remarks>
public static class ServiceCatalog
{
    /// <summary>The services created so far, by index (<see cref="CatalogData.Create"/>): a label creates only the one it names.</summary>
    private static readonly CatalogService?[] s_created = new CatalogService?[CatalogData.Count];

    private static IReadOnlyList<CatalogService>? s_services;
    private static Dictionary<string, CatalogService>? s_byName;

    /// <summary>
    /// Gets every service of the catalogue: the twenty representative services of the classic Internet first (ftp-data,
    /// ftp, ssh, telnet, smtp, domain, http, pop3, ntp, netbios-ssn, imap, snmp, snmptrap, ldap, https, submissions,
    /// syslog, ldaps, imaps, pop3s), then the others by port.
    /// </summary>
    public static IReadOnlyList<CatalogService> Services => Volatile.Read(ref s_services) ?? CreateAll();

    /// <summary>Gets the names of the twenty representative services, in the order of <see cref="Services"/>.</summary>
    internal static IReadOnlyList<string> RepresentativeNames => Array.AsReadOnly(Services.Take(CatalogData.RepresentativeCount).Select(s => s.Name).ToArray());

    /// <summary>Finds the catalogue's service on a port and protocol, without allocating.</summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol as a services file spells it, such as <c>tcp</c> or <c>udp</c>.</param>
    /// <param name="service">The service that runs on <paramref name="port"/> over <paramref name="protocol"/>.</param>
    /// <returns><see langword="true"/> when the catalogue has a service there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is <see langword="null"/>.</exception>
    public static bool TryFind(int port, string protocol, [MaybeNullWhen(false)] out CatalogService service)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        service = TryGetFacts(port, protocol, out PortFacts facts) ? facts.Service : null;
        return service is not null;
    }

    /// <summary>Finds a service of the catalogue by its name (<see cref="CatalogService.Name"/>, compared exactly).</summary>
    /// <param name="name">The name, such as <c>kafka</c>.</param>
    /// <param name="service">The service.</param>
    /// <returns><see langword="true"/> when the catalogue has a service of that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryFind(string name, [MaybeNullWhen(false)] out CatalogService service)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (Volatile.Read(ref s_byName) ?? CreateByName()).TryGetValue(name, out service);
    }

    /// <summary>
    /// Tells whether what runs on a port and protocol runs inside TLS: the catalogue's <see cref="CatalogService.IsTls"/>
    /// when it has a service there; otherwise whether the IANA registry's entry there is TLS by its name or description
    /// (<c>-s</c> and <c>s</c> variants of a registered plain service, such as <c>docker-s</c>, or "TLS", "SSL", "DTLS"
    /// or "HTTPS" in its description), after review (docs/labels.md lists them).
    /// </summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c>.</param>
    /// <returns><see langword="true"/> for 443/tcp, 8443/tcp or 2376/tcp; <see langword="false"/> for 80/tcp, 1883/tcp or a port nothing is known of.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is <see langword="null"/>.</exception>
    public static bool IsTls(int port, string protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return TryGetFacts(port, protocol, out PortFacts facts) && facts.IsTls;
    }

    /// <summary>Finds what is known of a port and protocol, without allocating.</summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol.</param>
    /// <param name="facts">The catalogue's service there, and whether it is TLS.</param>
    /// <returns><see langword="true"/> when anything is known.</returns>
    internal static bool TryGetFacts(int port, string protocol, out PortFacts facts)
    {
        int key = PortFacts.Key(port, protocol);
        int value = key < 0 ? -1 : PortFactsTable.Find(key);
        facts = value switch
        {
            < 0 => default,
            PortFactsTable.TlsOnly => new PortFacts(null, IsTls: true),
            _ => FromService(Get(value)),
        };
        return value >= 0;

        static PortFacts FromService(CatalogService service) => new(service, service.IsTls);
    }

    /// <summary>Tells whether the catalogue has a service on a port and protocol, without creating it.</summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol.</param>
    /// <returns><see langword="true"/> when the catalogue has a service there.</returns>
    internal static bool HasService(int port, string protocol)
    {
        int key = PortFacts.Key(port, protocol);
        return key >= 0 && PortFactsTable.Find(key) is >= 0 and not PortFactsTable.TlsOnly;
    }

    /// <summary>Returns the service of an index, creating it the first time; every caller gets the same instance.</summary>
    /// <param name="index">The index (<see cref="CatalogData.Create"/>).</param>
    /// <returns>The service.</returns>
    private static CatalogService Get(int index)
    {
        if (Volatile.Read(ref s_created[index]) is { } service)
        {
            return service;
        }

        CatalogService created = CatalogData.Create(index);
        return PublishOnce.Publish(ref s_created[index], created);
    }

    private static IReadOnlyList<CatalogService> CreateAll()
    {
        var services = new CatalogService[CatalogData.Count];
        for (int i = 0; i < services.Length; i++)
        {
            services[i] = Get(i);
        }

        IReadOnlyList<CatalogService> all = Array.AsReadOnly(services);
        return PublishOnce.Publish(ref s_services, all);
    }

    private static Dictionary<string, CatalogService> CreateByName()
    {
        var byName = new Dictionary<string, CatalogService>(CatalogData.Count, StringComparer.Ordinal);
        foreach (CatalogService service in Services)
        {
            byName.Add(service.Name, service);
        }

        return PublishOnce.Publish(ref s_byName, byName);
    }
}
