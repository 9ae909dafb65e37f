namespace Ports;

/// <summary>The IANA port ranges.</summary>
public sealed partial class PortRegistry
{
    /// <summary>The last well-known port; the registered ports start after it.</summary>
    private const int LastWellKnownPort = 1023;

    /// <summary>The last registered port; the dynamic ports start after it.</summary>
    private const int LastRegisteredPort = 49151;

    /// <summary>Returns the IANA range (RFC 6335) a port number belongs to, whether or not any service uses it.</summary>
    /// <param name="port">The port number, 0 to 65535.</param>
    /// <returns><see cref="PortClass.WellKnown"/> for 0-1023, <see cref="PortClass.Registered"/> for 1024-49151, <see cref="PortClass.Dynamic"/> for 49152-65535.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is outside 0 to 65535.</exception>
    /// <remarks>An entry's own range is <see cref="PortEntry.Class"/>.</remarks>
    public static PortClass GetPortClass(int port)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return port <= LastWellKnownPort ? PortClass.WellKnown
            : port <= LastRegisteredPort ? PortClass.Registered
            : PortClass.Dynamic;
    }
}
