using Ports.Cli.Lookup;

namespace Ports.Cli.Connections;

/// <summary>
/// Which sockets <c>connections</c> shows: <c>-l</c>, <c>-t</c>, <c>-u</c>, <c>--port</c>, <c>--service</c> and
/// <c>--state</c>, all of which must hold (as with <c>ss</c>, <c>-t</c> and <c>-u</c> together mean both protocols).
/// </summary>
/// <param name="ListeningOnly">Only listeners (TCP in LISTEN, unconnected UDP).</param>
/// <param name="Tcp">TCP sockets; when neither this nor <paramref name="Udp"/> is set, both protocols are shown.</param>
/// <param name="Udp">UDP sockets.</param>
/// <param name="Port">A port that either end must have, or <see langword="null"/>.</param>
/// <param name="Service">The labeled service's name or alias (ASCII letters compared without case), or <see langword="null"/>.</param>
/// <param name="State">The state as the table shows it (<c>LISTEN</c>, <c>TIME_WAIT</c> ...), or <see langword="null"/>.</param>
internal sealed record ConnectionFilter(bool ListeningOnly, bool Tcp, bool Udp, int? Port, string? Service, string? State)
{
    /// <summary>The states a socket can be in, as the table names them: the kernel's TCP states and UDP's <c>UNCONN</c>.</summary>
    public static readonly IReadOnlyList<string> States =
    [
        "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK",
        "LISTEN", "CLOSING", "NEW_SYN_RECV", "UNCONN",
    ];

    /// <summary>Gets the filter that shows everything.</summary>
    public static ConnectionFilter All { get; } = new(false, false, false, null, null, null);

    /// <summary>Reads a state as a person types it: any case, <c>-</c> for <c>_</c> (<c>time-wait</c>, as <c>ss</c> spells it).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The state's name, or <see langword="null"/> when it names no state.</returns>
    public static string? ParseState(string text)
    {
        string name = text.Replace('-', '_').ToUpperInvariant();
        return name switch
        {
            "SYN_RECEIVED" => "SYN_RECV",
            "CLOSED" => "CLOSE",
            "LISTENING" => "LISTEN",
            _ => IsState(name) ? name : null,
        };
    }

    /// <summary>Tells whether a labeled socket passes the filter.</summary>
    /// <param name="socket">The socket.</param>
    /// <returns><see langword="true"/> when every condition holds.</returns>
    public bool Matches(LabeledSocket socket)
    {
        SocketInfo info = socket.Socket;
        ConnectionLabel label = socket.Label;
        return (!ListeningOnly || label.IsListening)
            && (Tcp == Udp || (Tcp ? info.Protocol == "tcp" : info.Protocol == "udp"))
            && (Port is not int port || info.Local.Port == port || info.Remote?.Port == port)
            && (State is null || string.Equals(info.State, State, StringComparison.Ordinal))
            && (Service is null || NamesService(label, Service));
    }

    private static bool IsState(string name)
    {
        foreach (string state in States)
        {
            if (state == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesService(ConnectionLabel label, string service)
        => (label.ServiceName is { } name && LookupResolver.EqualsIgnoreAsciiCase(name, service))
            || (label.RegistryEntry is { } entry && LookupResolver.MatchingName(entry, service) is not null);
}
