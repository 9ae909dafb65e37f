using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Ports.Cli.Connections;

/// <summary>
/// Finds the processes that hold sockets, as <c>ss -p</c> and <c>netstat -p</c> do: every open file of a process is a
/// symbolic link <c>/proc/PID/fd/N</c>, and a socket's link reads <c>socket:[INODE]</c>, the inode that
/// <c>/proc/net/tcp</c> and its siblings show for the socket; the process's name is <c>/proc/PID/comm</c>. Processes
/// whose open files the caller may not see (another user's, unless the caller is root) are skipped: their sockets
/// have no owner, which is not an error. A socket may have several owners: a server that forks after <c>listen()</c>
/// (nginx, Apache, gunicorn, sshd) shares its listening socket with its children.
/// </summary>
internal static partial class SocketOwners
{
    private const string SocketPrefix = "socket:[";

    private static readonly EnumerationOptions s_quiet = new() { IgnoreInaccessible = true, AttributesToSkip = 0 };

    /// <summary>Finds the processes that hold each socket whose inode is given.</summary>
    /// <param name="procRoot">The procfs root, <c>/proc</c> on a live system.</param>
    /// <param name="inodes">The inodes of the sockets to find (0 is ignored).</param>
    /// <returns>
    /// For each inode that has a visible owner, every process that holds it (a server that forked after <c>listen()</c>
    /// shares its socket with its children), each process once however many descriptors it holds the socket by, lowest
    /// id first.
    /// </returns>
    public static Dictionary<long, ImmutableArray<SocketOwner>> Find(string procRoot, IReadOnlySet<long> inodes)
    {
        var owners = new Dictionary<long, ImmutableArray<SocketOwner>>();
        if (inodes.Count == 0 || !OperatingSystem.IsLinux())
        {
            return owners;
        }

        // Most sockets have one owner: they all share that process's one-element array. The owners of a socket that
        // several processes hold are gathered here, in the order the processes are read (lowest id first), and stored
        // at the end.
        Dictionary<long, List<SocketOwner>>? shared = null;
        Span<byte> target = stackalloc byte[64];
        foreach (int pid in ProcessIds(procRoot))
        {
            ImmutableArray<SocketOwner> process = default;
            foreach (string fd in Entries(Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture), "fd")))
            {
                if (ReadSocketInode(fd, target) is not long inode || !inodes.Contains(inode))
                {
                    continue;
                }

                if (process.IsDefault)
                {
                    process = [new SocketOwner(pid, ProcessName(procRoot, pid))];
                }

                ref ImmutableArray<SocketOwner> found = ref CollectionsMarshal.GetValueRefOrAddDefault(owners, inode, out bool exists);
                if (!exists)
                {
                    found = process;
                }
                else if (found[0].Pid != pid)
                {
                    // Another process holds it too; the same process through another descriptor adds nothing.
                    ref List<SocketOwner>? all = ref CollectionsMarshal.GetValueRefOrAddDefault(shared ??= new(), inode, out _);
                    all ??= [found[0]];
                    if (all[^1].Pid != pid)
                    {
                        all.Add(process[0]);
                    }
                }
            }
        }

        if (shared is not null)
        {
            foreach ((long inode, List<SocketOwner> all) in shared)
            {
                owners[inode] = [.. all];
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
