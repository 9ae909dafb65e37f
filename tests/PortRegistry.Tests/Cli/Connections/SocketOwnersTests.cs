using System.Net;
using System.Net.Sockets;
using Ports.Cli.Connections;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Connections;

/// <summary>Finding the process that holds a socket from <c>/proc/PID/fd</c>, as <c>ss -p</c> does.</summary>
public sealed class SocketOwnersTests
{
    [Fact]
    public void Find_ProcLikeTree_LowestPidPerInodeAndItsName()
    {
        RequireLinux();
        using var temp = new TempDirectory();
        Process(temp.Path, 300, "nginx", ("0", "/dev/null"), ("3", "socket:[1001]"), ("4", "pipe:[7]"));
        Process(temp.Path, 41, "nginx", ("5", "socket:[1001]"), ("6", "socket:[1002]"));
        Process(temp.Path, 7, "postgres", ("9", "socket:[2002]"), ("10", "socket:[9999]"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "self-is-not-a-pid"));

        Dictionary<long, SocketOwner> owners = SocketOwners.Find(temp.Path, new HashSet<long> { 1001, 1002, 2002, 3003 });

        Assert.Equal(
            new Dictionary<long, SocketOwner>
            {
                [1001] = new(41, "nginx"),
                [1002] = new(41, "nginx"),
                [2002] = new(7, "postgres"),
            },
            owners);
    }

    [Fact]
    public void Find_ProcessWithoutReadableFds_NoOwnerNoError()
    {
        RequireLinux();
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "12"));
        File.WriteAllText(Path.Combine(temp.Path, "12", "comm"), "gone\n");

        Assert.Empty(SocketOwners.Find(temp.Path, new HashSet<long> { 1 }));
        Assert.Empty(SocketOwners.Find(Path.Combine(temp.Path, "no-such-proc"), new HashSet<long> { 1 }));
    }

    [Fact]
    public void Find_LiveSystem_OurListenerIsOurs()
    {
        RequireLinux();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var local = (IPEndPoint)listener.LocalEndpoint;
        SocketInfo socket = Assert.Single(SocketTables.ReadProcNet("/proc/net") ?? [], s => s.Protocol == "tcp" && s.Local.Equals(local));

        Dictionary<long, SocketOwner> owners = SocketOwners.Find("/proc", new HashSet<long> { socket.Inode });

        Assert.Equal(Environment.ProcessId, owners[socket.Inode].Pid);
        Assert.Equal(File.ReadAllText("/proc/self/comm").TrimEnd('\n'), owners[socket.Inode].Process);
    }

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

    private static void RequireLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("Processes and their files are found through Linux's procfs.");
        }
    }
}
