using System.Diagnostics;
using System.Globalization;

namespace Ports.Tests.Infrastructure;

/// <summary>
/// A TCP listener on 127.0.0.1 shared by two processes, as a server that forks its workers after <c>listen()</c>
/// shares it: a python3 process listens, forks, and both sleep. The parent exits when its standard input closes (the
/// test host ends, even abruptly) and the child when its parent is gone; <see cref="Dispose"/> kills both. Skips the
/// test when python3 is not installed (CI installs it).
/// </summary>
internal sealed class ForkedListener : IDisposable
{
    private const string Script = """
        import os, socket, sys, time
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))
        s.listen()
        parent = os.getpid()
        child = os.fork()
        if child == 0:
            while os.getppid() == parent:
                time.sleep(0.2)
            os._exit(0)
        print(s.getsockname()[1], parent, child, flush=True)
        sys.stdin.read()
        """;

    private readonly Process _process;

    public ForkedListener()
    {
        Platform.RequireLinux("fork() and procfs are Linux's here.");

        string? python = FindPython();
        if (python is null)
        {
            Assert.Skip("python3 is not installed (it forks a listener to share a socket with its child); CI installs it.");
        }

        var start = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        try
        {
            Task<string?> line = _process.StandardOutput.ReadLineAsync();
            if (!line.Wait(TimeSpan.FromMinutes(1)) || line.Result is not { } text)
            {
                throw new InvalidOperationException("python3 did not report its listener.");
            }

            string[] fields = text.Split(' ');
            Port = int.Parse(fields[0], CultureInfo.InvariantCulture);
            ParentPid = int.Parse(fields[1], CultureInfo.InvariantCulture);
            ChildPid = int.Parse(fields[2], CultureInfo.InvariantCulture);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Gets the listener's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Gets the id of the process that opened the listener.</summary>
    public int ParentPid { get; }

    /// <summary>Gets the id of the child it forked, which holds the listener too.</summary>
    public int ChildPid { get; }

    /// <summary>Gets the name of both processes as the kernel keeps it (<c>/proc/PID/comm</c>).</summary>
    public string ProcessName => File.ReadAllText($"/proc/{ParentPid}/comm").TrimEnd('\n');

    public void Dispose()
    {
        if (ChildPid != 0)
        {
            try
            {
                using Process child = Process.GetProcessById(ChildPid);
                child.Kill();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }

        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static string? FindPython()
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(directory, "python3");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
