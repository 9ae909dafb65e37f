namespace Ports;

/// <summary>
/// The three ranges into which IANA divides the port numbers (RFC 6335, section 6).
/// </summary>
public enum PortClass
{
    /// <summary>The well-known (system) ports, 0 to 1023, assigned to widely used services such as HTTP (80) and SSH (22).</summary>
    WellKnown,

    /// <summary>The registered (user) ports, 1024 to 49151, which application developers register with IANA.</summary>
    Registered,

    /// <summary>The dynamic or private ports, 49152 to 65535, used for short-lived client connections and never assigned.</summary>
    Dynamic,
}
