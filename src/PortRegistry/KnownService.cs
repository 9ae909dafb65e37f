using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ports;

/// <summary>
/// What PortRegistry knows about a widely used service beyond what a services file says: a curated description in
/// English and Japanese, whether it runs inside TLS, and its plain or TLS counterpart. Immutable; get them from
/// <see cref="ServiceKnowledge"/>.
/// </summary>
public sealed class KnownService
{
    private readonly string[] _protocols;
    private readonly string _counterpartName;
    private KnownService? _counterpart;

    internal KnownService(string name, int port, string protocols, bool isTls, string? counterpart, params string[] otherNames)
    {
        Name = name;
        Port = port;
        Names = new ReadOnlyCollection<string>([name, .. otherNames]);
        _protocols = protocols.Split(' ');
        Protocols = new ReadOnlyCollection<string>(_protocols);
        IsTls = isTls;
        _counterpartName = counterpart ?? string.Empty;
    }

    /// <summary>Gets the service's name in the IANA registry, such as <c>https</c> or <c>submissions</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets every name the service goes by in services files, <see cref="Name"/> first: for port 465, <c>submissions</c>,
    /// <c>smtps</c> and <c>ssmtp</c>.
    /// </summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the service's port.</summary>
    public int Port { get; }

    /// <summary>
    /// Gets the protocols the service runs on at <see cref="Port"/>: those IANA registers it on, plus those the seed
    /// note lists (so <c>syslog</c> is <c>udp</c> only, since 514/tcp is <c>shell</c>).
    /// </summary>
    public IReadOnlyList<string> Protocols { get; }

    /// <summary>
    /// Gets a value indicating whether the service runs inside TLS from the first byte (implicit TLS, or DTLS and QUIC
    /// on UDP), as opposed to a plain protocol that may upgrade with STARTTLS.
    /// </summary>
    public bool IsTls { get; }

    /// <summary>
    /// Gets the other half of the service's plain/TLS pair: <c>https</c> for <c>http</c>, <c>http</c> for
    /// <c>https</c>; <see langword="null"/> when it has none.
    /// </summary>
    public KnownService? Counterpart => _counterpart;

    /// <summary>Gets the range the service's port belongs to.</summary>
    public PortClass Class => PortRegistry.GetPortClass(Port);

    /// <summary>Returns the curated description of the service.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Japanese (<c>ja</c>, and so
    /// <c>ja-JP</c>) and English are available; any other language gets English.
    /// </param>
    /// <returns>For example <c>HTTP over SSL/TLS (HTTPS)</c>, or <c>SSL/TLSによるHTTP接続</c> in Japanese.</returns>
    public string GetDescription(CultureInfo? culture = null) => ServiceKnowledge.GetDescription(Name, culture);

    /// <summary>
    /// Tells whether an entry is this service: its port is <see cref="Port"/>, its protocol one of
    /// <see cref="Protocols"/> and its name or one of its aliases one of <see cref="Names"/> (all compared exactly).
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <returns><see langword="true"/> when the entry is this service.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    public bool Matches(PortEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!MatchesPort(entry.Port, entry.Protocol))
        {
            return false;
        }

        foreach (string name in Names)
        {
            if (entry.HasName(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the service in one line.</summary>
    /// <returns>For example <c>https 443/tcp,udp,sctp TLS (plain: http 80)</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Name).Append(' ').Append(Port.ToString(CultureInfo.InvariantCulture)).Append('/').AppendJoin(',', Protocols);
        if (IsTls)
        {
            text.Append(" TLS");
        }

        if (_counterpart is { } other)
        {
            text.Append(IsTls ? " (plain: " : " (TLS: ").Append(other.Name).Append(' ').Append(other.Port.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return text.ToString();
    }

    /// <summary>Tells whether a port and protocol are this service's, without allocating.</summary>
    internal bool MatchesPort(int port, string protocol)
    {
        if (port != Port)
        {
            return false;
        }

        foreach (string known in _protocols)
        {
            if (string.Equals(known, protocol, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Links the counterpart once every service exists.</summary>
    internal void Link(IReadOnlyDictionary<string, KnownService> byName)
    {
        if (_counterpartName.Length > 0)
        {
            _counterpart = byName[_counterpartName];
        }
    }
}
