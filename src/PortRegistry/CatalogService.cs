using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ports;

/// <summary>
/// A service people commonly run, as the <see cref="ServiceCatalog"/> describes it: the name people use for it, its
/// default port and protocols, whether it runs inside TLS, its plain or TLS counterpart, a one-line summary in English
/// and Japanese, and the page where its maker documents that default port. Immutable.
/// </summary>
/// <remarks>
/// The catalogue is separate from the port registry: the registry says what IANA or a services file calls a port
/// (<see cref="PortEntry.Name"/>), the catalogue what runs there today. On 9092/tcp the registry says
/// <c>XmlIpcRegSvc</c> and the catalogue <c>kafka</c>; a <see cref="ConnectionLabel"/> shows both.
/// </remarks>
public sealed class CatalogService
{
    private readonly string _protocolList;
    private readonly string _englishSummary;
    private readonly string _japaneseSummary;
    private readonly string? _counterpartName;
    private readonly string _documentation;
    private Uri? _documentationUri;
    private ReadOnlyCollection<string>? _protocols;

    internal CatalogService(string name, int port, string protocols, bool isTls, string? counterpart, string documentation, string englishSummary, string japaneseSummary)
    {
        Name = name;
        Port = port;
        _protocolList = protocols;
        IsTls = isTls;
        _counterpartName = counterpart;
        _documentation = documentation;
        _englishSummary = englishSummary;
        _japaneseSummary = japaneseSummary;
    }

    /// <summary>
    /// Gets the name people use for the service, in lower case, such as <c>kafka</c>, <c>postgresql</c> or <c>https</c>;
    /// it is the registry's name where that is the one in use.
    /// </summary>
    public string Name { get; }

    /// <summary>Gets the service's default port.</summary>
    public int Port { get; }

    /// <summary>Gets the protocols the service runs on at <see cref="Port"/>, such as <c>tcp</c>, or <c>tcp</c> and <c>udp</c> for DNS.</summary>
    public IReadOnlyList<string> Protocols => ProtocolCollection;

    /// <summary>
    /// Gets a value indicating whether the service runs inside TLS from the first byte (implicit TLS, or DTLS and QUIC on
    /// UDP), as opposed to a plain protocol that may upgrade with STARTTLS.
    /// </summary>
    public bool IsTls { get; }

    /// <summary>
    /// Gets the other half of the service's plain/TLS pair: <c>https</c> for <c>http</c>, <c>http</c> for <c>https</c>;
    /// <see langword="null"/> when it has none.
    /// </summary>
    public CatalogService? Counterpart => _counterpartName is null ? null : ServiceCatalog.TryFind(_counterpartName, out CatalogService? counterpart)
        ? counterpart
        : throw new InvalidOperationException($"The catalogue has no service {_counterpartName}, the counterpart of {Name}.");

    /// <summary>Gets the page where the service's maker (or the protocol's RFC) documents its default port.</summary>
    public Uri Documentation => _documentationUri ??= new Uri(_documentation, UriKind.Absolute);

    /// <summary>Gets the range the service's port belongs to.</summary>
    public PortClass Class => PortRegistry.GetPortClass(Port);

    /// <summary>Returns the one-line summary of what the service is, written for people.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Japanese (<c>ja</c> and its
    /// cultures, such as <c>ja-JP</c>) and English are available; every other language gets English.
    /// </param>
    /// <returns>For example <c>Apache Kafka broker</c>, or <c>Apache Kafkaブローカー</c> in Japanese.</returns>
    public string GetSummary(CultureInfo? culture = null)
        => IsJapanese(culture ?? CultureInfo.CurrentUICulture) ? _japaneseSummary : _englishSummary;

    /// <summary>Tells whether the service runs on a port and protocol.</summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c> (compared exactly).</param>
    /// <returns><see langword="true"/> when <paramref name="port"/> is <see cref="Port"/> and <paramref name="protocol"/> one of <see cref="Protocols"/>.</returns>
    public bool RunsOn(int port, string protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return port == Port && ProtocolCollection.Contains(protocol);
    }

    /// <summary>Returns the service in one line.</summary>
    /// <returns>For example <c>https 443/tcp,udp,sctp TLS (plain: http 80)</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Name).Append(' ').Append(Port.ToString(CultureInfo.InvariantCulture)).Append('/').Append(_protocolList.Replace(' ', ','));
        if (IsTls)
        {
            text.Append(" TLS");
        }

        if (Counterpart is { } other)
        {
            text.Append(IsTls ? " (plain: " : " (TLS: ").Append(other.Name).Append(' ').Append(other.Port.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return text.ToString();
    }

    /// <summary>Gets <see cref="Protocols"/>, made on first use: a label needs only the service's name and TLS.</summary>
    private ReadOnlyCollection<string> ProtocolCollection => _protocols ??= Array.AsReadOnly(_protocolList.Split(' '));

    /// <summary>Tells whether a culture is Japanese (<c>ja</c> or one of its cultures), without allocating.</summary>
    private static bool IsJapanese(CultureInfo culture)
    {
        string name = culture.Name;
        return name.StartsWith("ja", StringComparison.OrdinalIgnoreCase) && (name.Length == 2 || name[2] == '-');
    }
}
