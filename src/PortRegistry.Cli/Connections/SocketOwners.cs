using System.Globalization;
using System.Runtime.InteropServices;

namespace Ports.Cli.Connections;

/// <summary>
/// Finds the processes that hold sockets, as <c>ss -p</c> and <c>netstat -p</c> do: every open file of a process is a
/// symbolic link <c>/proc/PID/fd/N</c>, and a socket's link reads <c>socket:[INODE]</c>, the inode that
/// <c>/proc/net/tcp</c> and its siblings show for the socket; the process's name is <c>/proc/PID/comm</c>. Processes
/// whose open files the caller may not see (another user's, unless the caller is root) are skipped: their sockets
/// have no owner, which is not an error.
/// </summary>
internal static partial class SocketOwners
{
    private const string SocketPrefix = "socket:[";

    private static readonly EnumerationOptions s_quiet = new() { IgnoreInaccessible = true, AttributesToSkip = 0 };

    /// <summary>Finds the owner of each socket whose inode is given.</summary>
    /// <param name="procRoot">The procfs root, <c>/proc</c> on a live system.</param>
    /// <param name="inodes">The inodes of the sockets to find (0 is ignored).</param>
    /// <returns>The owner of each inode that has a visible one: the process with the lowest id when several share the socket.</returns>
    public static Dictionary<long, SocketOwner> Find(string procRoot, IReadOnlySet<long> inodes)
    {
        var owners = new Dictionary<long, SocketOwner>();
        if (inodes.Count == 0 || !OperatingSystem.IsLinux())
        {
            return owners;
        }

        Span<byte> target = stackalloc byte[64];
        foreach (int pid in ProcessIds(procRoot))
        {
            string? name = null;
            foreach (string fd in Entries(Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture), "fd")))
            {
                if (ReadSocketInode(fd, target) is long inode && inodes.Contains(inode) && !owners.ContainsKey(inode))
                {
                    name ??= ProcessName(procRoot, pid);
                    owners.Add(inode, new SocketOwner(pid, name));
                }
            }
        }

        return owners;
    }

    /// <summary>Returns the ids of the processes under a procfs root, lowest first.</summary>
    private static List<int> ProcessIds(string procRoot)
    {
        var pids = new List<int>();
        foreach (string directory in Entries(procRoot))
        {
            if (int.TryParse(Path.GetFileName(directory.AsSpan()), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                pids.Add(pid);
            }
        }

        pids.Sort();
        return pids;
    }

    /// <summary>Lists a folder, or nothing when it cannot be read or is gone (a process that has just exited).</summary>
    private static string[] Entries(string directory)
    {
        try
        {
            // Listed at once: a process may exit while its files are being read.
            return Directory.GetFileSystemEntries(directory, "*", s_quiet);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Reads a link and returns the inode when it reads <c>socket:[INODE]</c>.</summary>
    private static long? ReadSocketInode(string link, Span<byte> buffer)
    {
        nint length = ReadLink(link, buffer, buffer.Length);
        if (length <= SocketPrefix.Length || length >= buffer.Length)
        {
            return null;
        }

        ReadOnlySpan<byte> text = buffer[..(int)length];
        return text.StartsWith("socket:["u8) && text[^1] == (byte)']'
            && long.TryParse(text[SocketPrefix.Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out long inode)
            ? inode
            : null;
    }

    /// <summary>Reads <c>/proc/PID/comm</c> without its line feed, or <c>?</c> when the process has gone.</summary>
    private static string ProcessName(string procRoot, int pid)
    {
        try
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture), "comm"));
            return ServicesText.GetString(bytes.AsSpan().TrimEnd((byte)'\n'));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }

    // readlink(2): the length of the target, or -1 (a descriptor closed meanwhile, a process gone). Marshalled as UTF-8.
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [LibraryImport("libc.so.6", EntryPoint = "readlink", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint ReadLink(string path, Span<byte> buffer, nint size);
}
