using System.Net;

namespace Ports.Cli.Connections;

/// <summary>One socket of this machine: a TCP connection, or a TCP or UDP listener.</summary>
/// <param name="Protocol"><c>tcp</c> or <c>udp</c> (IPv4 and IPv6 alike).</param>
/// <param name="Local">The local end.</param>
/// <param name="Remote">The remote end, or <see langword="null"/> for a listener (a TCP socket in LISTEN, an unconnected UDP socket).</param>
/// <param name="State">The state as <c>netstat</c> and <c>ss</c> name it: <c>LISTEN</c>, <c>ESTABLISHED</c>, <c>TIME_WAIT</c>, <c>UNCONN</c> ...</param>
/// <param name="Inode">The kernel's inode number of the socket (procfs), which finds the process that holds it; 0 when unknown.</param>
internal sealed record SocketInfo(string Protocol, IPEndPoint Local, IPEndPoint? Remote, string State, long Inode = 0);
