using System.Runtime.InteropServices;

namespace Ports.Benchmarks.Interop;

/// <summary>glibc's <c>struct servent</c> (<c>netdb.h</c>): name, aliases, port in network byte order, protocol.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Servent
{
    /// <summary><c>char *s_name</c>.</summary>
    public nint Name;

    /// <summary><c>char **s_aliases</c>.</summary>
    public nint Aliases;

    /// <summary><c>int s_port</c>, in network byte order.</summary>
    public int Port;

    /// <summary><c>char *s_proto</c>.</summary>
    public nint Protocol;
}
