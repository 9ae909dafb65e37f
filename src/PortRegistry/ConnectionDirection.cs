namespace Ports;

/// <summary>Which end of a connection is the service: the local end (inbound) or the remote end (outbound).</summary>
public enum ConnectionDirection
{
    /// <summary>Neither end could be told to be the service: both ends look alike, or neither is known.</summary>
    Unknown,

    /// <summary>The local end is the service: a client elsewhere connected to this machine, or the socket is listening.</summary>
    Inbound,

    /// <summary>The remote end is the service: this machine connected to it as a client.</summary>
    Outbound,
}
