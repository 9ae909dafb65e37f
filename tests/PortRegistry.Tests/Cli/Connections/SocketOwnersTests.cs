using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using Ports.Cli.Connections;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Connections;

/// <summary>Finding the process that holds a socket from <c>/proc/PID/fd</c>, as <c>ss -p</c> does.</summary>
public sealed class SocketOwnersTests
{
    private const string WhyLinux = "Processes and their files are found through Linux's procfs.";

    [Fact]
    public void Find_ProcLikeTree_EveryOwnerPerInodeWithItsName()
    {
        Platform.RequireLinux(WhyLinux);
        using var temp = new TempDirectory();
        Process(temp.Path, 300, "nginx", ("0", "/dev/null"), ("3", "socket:[1001]"), ("4", "pipe:[7]"));
        Process(temp.Path, 41, "nginx", ("5", "socket:[1001]"), ("6", "socket:[1002]"));
        Process(temp.Path, 7, "postgres", ("9", "socket:[2002]"), ("10", "socket:[9999]"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "self-is-not-a-pid"));

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find(temp.Path, new HashSet<long> { 1001, 1002, 2002, 3003 });

        Assert.Equal(
            [
                "1001: 41/nginx 300/nginx",
                "1002: 41/nginx",
                "2002: 7/postgres",
            ],
            Describe(owners));
    }

    [Fact]
    public void Find_TwoProcessesShareInode_BothLowestPidFirst()
    {
        Platform.RequireLinux(WhyLinux);
        using var temp = new TempDirectory();
        Process(temp.Path, 1235, "nginx", ("6", "socket:[80]"));
        Process(temp.Path, 1234, "nginx", ("6", "socket:[80]"), ("7", "socket:[443]"));

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find(temp.Path, new HashSet<long> { 80, 443 });

        Assert.Equal([new SocketOwner(1234, "nginx"), new SocketOwner(1235, "nginx")], owners[80].AsEnumerable());
        Assert.Equal([new SocketOwner(1234, "nginx")], owners[443].AsEnumerable());
    }

    [Fact]
    public void Find_OneProcessHoldsInodeThroughTwoFds_ListedOnce()
    {
        Platform.RequireLinux(WhyLinux);
        using var temp = new TempDirectory();
        Process(temp.Path, 50, "sshd", ("3", "socket:[22]"), ("4", "socket:[22]"));
        Process(temp.Path, 60, "sshd", ("3", "socket:[22]"), ("5", "pipe:[1]"), ("8", "socket:[22]"), ("9", "socket:[22]"));
        Process(temp.Path, 70, "worker", ("3", "socket:[23]"), ("4", "socket:[23]"));

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find(temp.Path, new HashSet<long> { 22, 23 });

        Assert.Equal(["22: 50/sshd 60/sshd", "23: 70/worker"], Describe(owners));
    }

    [Fact]
    public void Find_PidsThatSortDifferentlyAsText_NumericOrder()
    {
        Platform.RequireLinux(WhyLinux);
        using var temp = new TempDirectory();
        foreach (int pid in (int[])[100, 9, 1000, 10, 99])
        {
            Process(temp.Path, pid, $"p{pid}", ("4", "socket:[5000]"));
        }

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find(temp.Path, new HashSet<long> { 5000 });

        Assert.Equal([9, 10, 99, 100, 1000], owners[5000].Select(o => o.Pid));
        Assert.Equal(["p9", "p10", "p99", "p100", "p1000"], owners[5000].Select(o => o.Process));
    }

    [Fact]
    public void Find_UnreadablePidFolders_SkippedOthersStillFound()
    {
        Platform.RequireLinux(WhyLinux);
        using var temp = new TempDirectory();
        Process(temp.Path, 10, "first", ("3", "socket:[777]"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "20"));                     // no fd folder at all (a process gone)
        File.WriteAllText(Path.Combine(temp.Path, "20", "comm"), "gone\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "30"));                     // fd is not a folder
        File.WriteAllText(Path.Combine(temp.Path, "30", "fd"), "not a folder");
        Process(temp.Path, 40, "nocomm", ("3", "socket:[777]"));                      // its name cannot be read
        File.Delete(Path.Combine(temp.Path, "40", "comm"));
        Process(temp.Path, 50, "dangling", ("3", "socket:[abc]"), ("4", "socket:[777"), ("5", "socket:[]"));
        Process(temp.Path, 60, "last", ("3", "socket:[777]"));

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find(temp.Path, new HashSet<long> { 777 });

        Assert.Equal(["777: 10/first 40/? 60/last"], Describe(owners));
    }

    [Fact]
    public void Find_ProcessWithoutReadableFds_NoOwnerNoError()
    {
        Platform.RequireLinux(WhyLinux);
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "12"));
        File.WriteAllText(Path.Combine(temp.Path, "12", "comm"), "gone\n");

        Assert.Empty(SocketOwners.Find(temp.Path, new HashSet<long> { 1 }));
        Assert.Empty(SocketOwners.Find(Path.Combine(temp.Path, "no-such-proc"), new HashSet<long> { 1 }));
    }

    [Fact]
    public void Find_LiveSystem_OurListenerIsOurs()
    {
        Platform.RequireLinux(WhyLinux);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var local = (IPEndPoint)listener.LocalEndpoint;
        SocketInfo socket = Assert.Single(SocketTables.ReadProcNet("/proc/net") ?? [], s => s.Protocol == "tcp" && s.Local.Equals(local));

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find("/proc", new HashSet<long> { socket.Inode });

        SocketOwner owner = Assert.Single(owners[socket.Inode]);
        Assert.Equal(Environment.ProcessId, owner.Pid);
        Assert.Equal(File.ReadAllText("/proc/self/comm").TrimEnd('\n'), owner.Process);
    }

    [Fact]
    public void Find_LiveSystem_ListenerSharedWithForkedChild_BothProcesses()
    {
        Platform.RequireLinux(WhyLinux);
        using var forked = new ForkedListener();
        SocketInfo socket = Assert.Single(
            SocketTables.ReadProcNet("/proc/net") ?? [],
            s => s.Protocol == "tcp" && s.State == "LISTEN" && s.Local.Equals(new IPEndPoint(IPAddress.Loopback, forked.Port)));

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find("/proc", new HashSet<long> { socket.Inode });

        Assert.Equal(
            [new SocketOwner(forked.ParentPid, forked.ProcessName), new SocketOwner(forked.ChildPid, forked.ProcessName)],
            owners[socket.Inode].AsEnumerable());
    }

    /// <summary>Writes each inode's owners as <c>INODE: PID/NAME PID/NAME</c>, the inodes in order.</summary>
    private static List<string> Describe(Dictionary<long, ImmutableArray<SocketOwner>> owners)
        => [.. owners.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {string.Join(' ', pair.Value.Select(o => $"{o.Pid}/{o.Process}"))}")];

    private static void Process(string root, int pid, string name, params (string Fd, string Target)[] fds)
    {
        string directory = Path.Combine(root, pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Path.Combine(directory, "fd"));
        File.WriteAllText(Path.Combine(directory, "comm"), name + "\n");
        foreach ((string fd, string target) in fds)
        {
            File.CreateSymbolicLink(Path.Combine(directory, "fd", fd), target);
        }
    }
}
