using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Ports.Benchmarks.Interop;

/// <summary>
/// glibc's reentrant services lookups, the baseline of the lookup benchmarks. glibc keeps no index: every call opens
/// <c>/etc/services</c> (through nsswitch), scans it line by line and closes it.
/// </summary>
internal static unsafe partial class Libc
{
    // "libc" would resolve to libc.so, which on Debian is a linker script; the real library is libc.so.6.
    private const string LibraryName = "libc.so.6";

    private const int BufferSize = 1024;

    /// <summary>Tells whether glibc's services functions can be called here (Linux with glibc).</summary>
    public static bool IsAvailable { get; } = Probe();

    /// <summary>Calls <c>getservbyport_r</c>.</summary>
    /// <param name="port">The port, in host byte order.</param>
    /// <param name="protocol">The protocol as NUL-terminated UTF-8, such as <c>"tcp\0"u8</c>.</param>
    /// <returns>The entry's port in host byte order, or -1 when glibc found nothing.</returns>
    public static int GetServByPort(int port, ReadOnlySpan<byte> protocol)
    {
        Servent entry;
        Servent* result;
        byte* buffer = stackalloc byte[BufferSize];
        int networkPort = BinaryPrimitives.ReverseEndianness((ushort)port);
        fixed (byte* proto = protocol)
        {
            _ = getservbyport_r(networkPort, proto, &entry, buffer, BufferSize, &result);
        }

        return result is null ? -1 : BinaryPrimitives.ReverseEndianness((ushort)result->Port);
    }

    /// <summary>Calls <c>getservbyname_r</c>.</summary>
    /// <param name="name">The name as NUL-terminated UTF-8, such as <c>"https\0"u8</c>.</param>
    /// <param name="protocol">The protocol as NUL-terminated UTF-8, or empty for any protocol (a NULL pointer).</param>
    /// <returns>The entry's port in host byte order, or -1 when glibc found nothing.</returns>
    public static int GetServByName(ReadOnlySpan<byte> name, ReadOnlySpan<byte> protocol)
    {
        Servent entry;
        Servent* result;
        byte* buffer = stackalloc byte[BufferSize];
        fixed (byte* n = name)
        fixed (byte* proto = protocol)
        {
            _ = getservbyname_r(n, protocol.IsEmpty ? null : proto, &entry, buffer, BufferSize, &result);
        }

        return result is null ? -1 : BinaryPrimitives.ReverseEndianness((ushort)result->Port);
    }

    // int getservbyport_r(int port, const char *proto, struct servent *result_buf, char *buf, size_t buflen, struct servent **result);
    [LibraryImport(LibraryName)]
    private static partial int getservbyport_r(int port, byte* proto, Servent* resultBuffer, byte* buffer, nuint bufferLength, Servent** result);

    // int getservbyname_r(const char *name, const char *proto, struct servent *result_buf, char *buf, size_t buflen, struct servent **result);
    [LibraryImport(LibraryName)]
    private static partial int getservbyname_r(byte* name, byte* proto, Servent* resultBuffer, byte* buffer, nuint bufferLength, Servent** result);

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            _ = GetServByPort(0, "tcp\0"u8);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }
}
