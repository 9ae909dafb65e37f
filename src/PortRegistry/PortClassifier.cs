namespace Ports;

/// <summary>Classifies port numbers into the IANA ranges of <see cref="PortClass"/>.</summary>
public static class PortClassifier
{
    /// <summary>The last well-known port, 1023.</summary>
    public const int LastWellKnownPort = 1023;

    /// <summary>The last registered port, 49151.</summary>
    public const int LastRegisteredPort = 49151;

    /// <summary>Returns the range a port number belongs to.</summary>
    /// <param name="port">The port number, 0 to 65535.</param>
    /// <returns><see cref="PortClass.WellKnown"/> for 0-1023, <see cref="PortClass.Registered"/> for 1024-49151, <see cref="PortClass.Dynamic"/> for 49152-65535.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is outside 0 to 65535.</exception>
    public static PortClass Classify(int port)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return port <= LastWellKnownPort ? PortClass.WellKnown
            : port <= LastRegisteredPort ? PortClass.Registered
            : PortClass.Dynamic;
    }
}
