namespace Ports.Cli.Connections;

/// <summary>The process that holds a socket.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="Process">The process's name as the kernel keeps it (<c>/proc/PID/comm</c>, at most 15 bytes).</param>
internal sealed record SocketOwner(int Pid, string Process);
