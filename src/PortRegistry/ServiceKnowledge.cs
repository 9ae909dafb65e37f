using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Resources;

namespace Ports;

/// <summary>
/// Curated knowledge of widely used services: the twenty representative services of the project's study note
/// (ftp-data, ftp, ssh, telnet, smtp, domain, http, pop3, ntp, netbios-ssn, imap, snmp, snmptrap, ldap, https,
/// submissions, syslog, ldaps, imaps, pop3s) and the TLS-wrapped services IANA registers with a plain counterpart,
/// each with a description in English and Japanese, whether it runs inside TLS, and its plain/TLS counterpart.
/// </summary>
/// <remarks>
/// Knowledge attaches to a <see cref="PortEntry"/> only when the entry really is that service (see
/// <see cref="KnownService.Matches(PortEntry)"/>): Debian's <c>shell 514/tcp cmd syslog</c> is not syslog, which runs
/// on 514/udp, and netbase's <c>fsp 21/udp</c> is not FTP.
/// </remarks>
public static class ServiceKnowledge
{
    private static readonly ResourceManager s_descriptions = new("Ports.Resources.ServiceDescriptions", typeof(ServiceKnowledge).Assembly);

    private static readonly KnownService[] s_services =
    [
        // The twenty representative services of the seed note, in its order.
        new("ftp-data", 20, "tcp udp sctp", isTls: false, "ftps-data"),
        new("ftp", 21, "tcp udp sctp", isTls: false, "ftps"),
        new("ssh", 22, "tcp udp sctp", isTls: false, counterpart: null),
        new("telnet", 23, "tcp udp", isTls: false, "telnets"),
        new("smtp", 25, "tcp udp", isTls: false, "submissions", "mail"),
        new("domain", 53, "tcp udp", isTls: false, "domain-s", "nameserver"),
        new("http", 80, "tcp udp sctp", isTls: false, "https", "www", "www-http"),
        new("pop3", 110, "tcp udp", isTls: false, "pop3s", "pop-3"),
        new("ntp", 123, "tcp udp", isTls: false, counterpart: null),
        new("netbios-ssn", 139, "tcp udp", isTls: false, counterpart: null),
        new("imap", 143, "tcp", isTls: false, "imaps", "imap2", "imap4"),
        new("snmp", 161, "tcp udp", isTls: false, "snmptls"),
        new("snmptrap", 162, "tcp udp", isTls: false, "snmptls-trap", "snmp-trap"),
        new("ldap", 389, "tcp udp", isTls: false, "ldaps"),
        new("https", 443, "tcp udp sctp", isTls: true, "http"),
        new("submissions", 465, "tcp", isTls: true, "smtp", "smtps", "ssmtp"),
        new("syslog", 514, "udp", isTls: false, "syslog-tls"),
        new("ldaps", 636, "tcp udp", isTls: true, "ldap", "sldap"),
        new("imaps", 993, "tcp udp", isTls: true, "imap"),
        new("pop3s", 995, "tcp udp", isTls: true, "pop3", "spop3"),

        // TLS-wrapped services IANA registers "over TLS/SSL" (or DTLS) beside a plain protocol, and those plain protocols.
        new("nntp", 119, "tcp udp", isTls: false, "nntps", "readnews", "untp", "usenet"),
        new("nntps", 563, "tcp udp", isTls: true, "nntp", "snntp"),
        new("domain-s", 853, "tcp udp", isTls: true, "domain"),
        new("ftps-data", 989, "tcp udp", isTls: true, "ftp-data"),
        new("ftps", 990, "tcp udp", isTls: true, "ftp"),
        new("telnets", 992, "tcp udp", isTls: true, "telnet"),
        new("mqtt", 1883, "tcp udp", isTls: false, "secure-mqtt", "ibm-mqisdp"),
        new("msft-gc", 3268, "tcp udp", isTls: false, "msft-gc-ssl"),
        new("msft-gc-ssl", 3269, "tcp udp", isTls: true, "msft-gc"),
        new("sip", 5060, "tcp udp sctp", isTls: false, "sips"),
        new("sips", 5061, "tcp udp sctp", isTls: true, "sip", "sip-tls"),
        new("amqps", 5671, "tcp udp", isTls: true, "amqp"),
        new("amqp", 5672, "tcp udp sctp", isTls: false, "amqps"),
        new("wsman", 5985, "tcp udp", isTls: false, "wsmans"),
        new("wsmans", 5986, "tcp udp", isTls: true, "wsman"),
        new("syslog-tls", 6514, "tcp udp dccp", isTls: true, "syslog"),
        new("ircu", 6667, "tcp", isTls: false, "ircs-u", "ircd", "ircu-3", "ircu3"),
        new("ircs-u", 6697, "tcp", isTls: true, "ircu"),
        new("secure-mqtt", 8883, "tcp udp", isTls: true, "mqtt"),
        new("snmptls", 10161, "tcp udp", isTls: true, "snmp", "snmpdtls"),
        new("snmptls-trap", 10162, "tcp udp", isTls: true, "snmptrap", "snmpdtls-trap"),
    ];

    private static readonly FrozenDictionary<string, KnownService[]> s_byAnyName = IndexByAnyName(s_services);

    /// <summary>Gets every known service: the twenty of the study note first, then the other TLS pairs, by port.</summary>
    public static IReadOnlyList<KnownService> Services { get; } = Array.AsReadOnly(s_services);

    /// <summary>The names of the study note's twenty representative services, in its order.</summary>
    internal static IReadOnlyList<string> RepresentativeNames { get; } = Array.AsReadOnly(s_services[..20].Select(s => s.Name).ToArray());

    /// <summary>Finds what is known about an entry's service, without allocating.</summary>
    /// <param name="entry">The entry, such as the result of <see cref="PortRegistry.TryGetByPort(int, string?, out PortEntry)"/>.</param>
    /// <param name="service">The known service the entry is (see <see cref="KnownService.Matches(PortEntry)"/>).</param>
    /// <returns><see langword="true"/> when the entry is a known service.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    public static bool TryFind(PortEntry entry, [MaybeNullWhen(false)] out KnownService service)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return TryFind(entry, out service, out _);
    }

    /// <summary>Tells whether an entry's service runs inside TLS (<see cref="KnownService.IsTls"/>).</summary>
    /// <param name="entry">The entry.</param>
    /// <returns><see langword="true"/> when the entry is a known TLS-wrapped service; <see langword="false"/> for plain and unknown services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    public static bool IsTls(PortEntry entry) => TryFind(entry, out KnownService? service) && service.IsTls;

    /// <summary>
    /// Describes an entry for a person: the curated description in the given language when the entry is a known service,
    /// otherwise the entry's own <see cref="PortEntry.Description"/> (IANA's English, or the services file's comment).
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    public static string? Describe(PortEntry entry, CultureInfo? culture = null)
        => TryFind(entry, out KnownService? service) ? service.GetDescription(culture) : entry.Description;

    /// <summary>
    /// Finds what is known about an entry's service, and the name under which it was found: the entry's name when that
    /// is one of the service's names, else the first such alias (IANA lists 465/tcp as <c>urd</c>, alias <c>submissions</c>).
    /// </summary>
    internal static bool TryFind(PortEntry entry, [MaybeNullWhen(false)] out KnownService service, [MaybeNullWhen(false)] out string matchedName)
    {
        if (TryFindByName(entry.Name, entry.Port, entry.Protocol, out service))
        {
            matchedName = entry.Name;
            return true;
        }

        IReadOnlyList<string> aliases = entry.Aliases;
        for (int i = 0; i < aliases.Count; i++)
        {
            // Indexed, not foreach: enumerating the interface would allocate.
            if (TryFindByName(aliases[i], entry.Port, entry.Protocol, out service))
            {
                matchedName = aliases[i];
                return true;
            }
        }

        matchedName = null;
        return false;
    }

    /// <summary>Returns a known service's curated description.</summary>
    internal static string GetDescription(string name, CultureInfo? culture)
        => s_descriptions.GetString(name, culture ?? CultureInfo.CurrentUICulture)
            ?? throw new MissingManifestResourceException($"No description of '{name}' in Ports.Resources.ServiceDescriptions.");

    private static bool TryFindByName(string name, int port, string protocol, [MaybeNullWhen(false)] out KnownService service)
    {
        if (s_byAnyName.TryGetValue(name, out KnownService[]? candidates))
        {
            foreach (KnownService candidate in candidates)
            {
                if (candidate.MatchesPort(port, protocol))
                {
                    service = candidate;
                    return true;
                }
            }
        }

        service = null;
        return false;
    }

    private static FrozenDictionary<string, KnownService[]> IndexByAnyName(KnownService[] services)
    {
        var byName = services.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (KnownService service in services)
        {
            service.Link(byName);
        }

        return services
            .SelectMany(s => s.Names.Select(name => (name, s)))
            .GroupBy(pair => pair.name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(pair => pair.s).ToArray(), StringComparer.Ordinal);
    }
}
