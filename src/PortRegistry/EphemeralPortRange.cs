using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Ports;

/// <summary>
/// The ports an operating system hands out for the client end of a connection (RFC 6056 "ephemeral ports"), such as
/// 32768-60999 on Linux or IANA's 49152-65535 on Windows and macOS. Labeling uses it to tell the client end from the
/// service end.
/// </summary>
/// <remarks>
/// The <see langword="default"/> value is the range 0-0. Pass a range of your own to
/// <see cref="PortRegistry.Label(System.Net.IPEndPoint, System.Net.IPEndPoint?, string, EphemeralPortRange?)"/> when
/// the connections come from another machine, such as flow logs of Linux hosts labeled on Windows.
/// </remarks>
public readonly record struct EphemeralPortRange
{
    /// <summary>The file in which Linux keeps its range (<c>sysctl net.ipv4.ip_local_port_range</c>; it serves IPv6 too).</summary>
    internal const string LinuxRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";

    /// <summary>The most bytes <see cref="LoadCurrent"/> reads; the kernel writes about 12.</summary>
    private const int MaxRangeFileLength = 128;

    /// <summary>This machine's range once read: <c>1 &lt;&lt; 32 | First &lt;&lt; 16 | Last</c>; 0 until then.</summary>
    private static long s_current;

    /// <summary>Creates a range.</summary>
    /// <param name="first">The first port of the range, 0 to 65535.</param>
    /// <param name="last">The last port of the range, <paramref name="first"/> to 65535.</param>
    /// <exception cref="ArgumentOutOfRangeException">A port is outside 0 to 65535, or <paramref name="last"/> is below <paramref name="first"/>.</exception>
    public EphemeralPortRange(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(last, 65535);
        First = first;
        Last = last;
    }

    /// <summary>Gets IANA's dynamic range, 49152-65535 (RFC 6335), which Windows, macOS and the BSDs use by default.</summary>
    public static EphemeralPortRange Iana { get; } = new(49152, 65535);

    /// <summary>
    /// Gets this machine's range: on Linux the one in <c>/proc/sys/net/ipv4/ip_local_port_range</c>, read once, on first
    /// use; elsewhere, or when that file cannot be read or makes no sense, <see cref="Iana"/>. Never throws.
    /// </summary>
    public static EphemeralPortRange Current
    {
        get
        {
            long packed = Volatile.Read(ref s_current);
            if (packed == 0)
            {
                EphemeralPortRange range = LoadCurrent(LinuxRangeFile);
                packed = (1L << 32) | ((long)range.First << 16) | (long)range.Last;
                Volatile.Write(ref s_current, packed);
            }

            return new EphemeralPortRange((int)(packed >> 16) & 0xFFFF, (int)packed & 0xFFFF);
        }
    }

    /// <summary>Gets the first port of the range.</summary>
    public int First { get; }

    /// <summary>Gets the last port of the range (included).</summary>
    public int Last { get; }

    /// <summary>Tells whether a port lies in the range.</summary>
    /// <param name="port">The port number.</param>
    /// <returns><see langword="true"/> when <see cref="First"/> &lt;= <paramref name="port"/> &lt;= <see cref="Last"/>.</returns>
    public bool Contains(int port) => port >= First && port <= Last;

    /// <summary>Returns the range as <c>first-last</c>.</summary>
    /// <returns>For example <c>32768-60999</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");

    /// <summary>Reads the range of this machine from <paramref name="linuxRangeFile"/> on Linux, else returns <see cref="Iana"/>.</summary>
    /// <param name="linuxRangeFile">The path of the Linux range file.</param>
    /// <returns>The range; <see cref="Iana"/> when the file is missing, unreadable or malformed.</returns>
    internal static EphemeralPortRange LoadCurrent(string linuxRangeFile)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Iana;
        }

        // The file holds two numbers (about 12 bytes): read them with one pread into the stack, without the FileStream,
        // StreamReader and encoding detection of File.ReadAllText, which the first label of a process would pay for.
        Span<byte> bytes = stackalloc byte[MaxRangeFileLength];
        try
        {
            int length;
            using (SafeFileHandle handle = File.OpenHandle(linuxRangeFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                length = RandomAccess.Read(handle, bytes, 0);
            }

            if (length == bytes.Length)
            {
                return Iana; // longer than any range the kernel writes
            }

            Span<char> text = stackalloc char[MaxRangeFileLength];
            int chars = Encoding.UTF8.GetChars(bytes[..length], text);
            return TryParseLinux(text[..chars], out EphemeralPortRange range) ? range : Iana;
        }
        catch (IOException)
        {
            return Iana;
        }
        catch (UnauthorizedAccessException)
        {
            return Iana;
        }
    }

    /// <summary>Parses the content of <c>ip_local_port_range</c>: two decimal numbers separated by whitespace, such as <c>"32768\t60999\n"</c>.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="range">The range read.</param>
    /// <returns><see langword="true"/> when the text holds exactly two ports, the first not above the second.</returns>
    internal static bool TryParseLinux(ReadOnlySpan<char> text, out EphemeralPortRange range)
    {
        // By hand rather than with Trim, IndexOfAny and int.TryParse: this runs in the first label of a process, where
        // every framework method called for the first time costs tens of microseconds.
        range = default;
        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int position = 0;
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        int first = ReadPort(text, ref position, end);
        if (first < 0 || position == end || (text[position] != ' ' && text[position] != '\t'))
        {
            return false;
        }

        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        int last = ReadPort(text, ref position, end);
        if (last < 0 || position != end || first > last)
        {
            return false;
        }

        range = new EphemeralPortRange(first, last);
        return true;
    }

    /// <summary>Reads the decimal digits at <paramref name="position"/>: a port, or -1 when there are none or the number exceeds 65535.</summary>
    private static int ReadPort(ReadOnlySpan<char> text, ref int position, int end)
    {
        int start = position;
        int value = 0;
        while (position < end && char.IsAsciiDigit(text[position]))
        {
            value = Math.Min((value * 10) + (text[position] - '0'), 65536);
            position++;
        }

        return position == start || value > 65535 ? -1 : value;
    }
}
