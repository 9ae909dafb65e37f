namespace Ports;

/// <summary>
/// The three ranges into which IANA divides the port numbers (RFC 6335, section 6).
/// <see cref="PortRegistry.GetPortClass(int)"/> tells the range of any port, <see cref="PortEntry.Class"/> that of an entry.
/// </summary>
public enum PortClass
{
    /// <summary>
    /// The well-known (system) ports, 0 to 1023 (1023 is the last), assigned to widely used services such as HTTP (80)
    /// and SSH (22).
    /// </summary>
    WellKnown,

    /// <summary>
    /// The registered (user) ports, 1024 to 49151 (49151 is the last), which application developers register with IANA.
    /// </summary>
    Registered,

    /// <summary>
    /// The dynamic or private ports, 49152 to 65535, used for short-lived client connections and never assigned (IANA's
    /// ephemeral range, <see cref="EphemeralPortRange.Iana"/>).
    /// </summary>
    Dynamic,
}
