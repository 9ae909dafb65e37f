namespace Ports.Cli.Connections;

/// <summary>Where <c>connections</c> reads the machine's sockets from.</summary>
internal enum SocketSource
{
    /// <summary>Linux's <c>/proc/net/{tcp,tcp6,udp,udp6}</c>, with the owning processes from <c>/proc/PID/fd</c>.</summary>
    ProcFs,

    /// <summary>.NET's <c>IPGlobalProperties</c>, the only way on other systems: TCP connections and TCP and UDP listeners, without processes.</summary>
    NetworkInformation,
}
