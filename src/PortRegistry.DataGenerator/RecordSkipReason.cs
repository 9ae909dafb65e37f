namespace Ports.DataGenerator;

/// <summary>Why a registry record produced no entry. When several apply, the first in this order is given.</summary>
internal enum RecordSkipReason
{
    /// <summary>The record has no <c>&lt;name&gt;</c>, or an empty one (unassigned and reserved ports).</summary>
    MissingName,

    /// <summary>The record has no <c>&lt;number&gt;</c> (a service name without a port).</summary>
    MissingNumber,

    /// <summary>The record has no <c>&lt;protocol&gt;</c>.</summary>
    MissingProtocol,

    /// <summary>The protocol is none of tcp, udp, sctp and dccp.</summary>
    UnsupportedProtocol,

    /// <summary>The number is not a port 0 to 65535 nor a range <c>first-last</c> of such ports with first not above last.</summary>
    InvalidNumber,
}
