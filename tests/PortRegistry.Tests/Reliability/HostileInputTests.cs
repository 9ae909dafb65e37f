using System.Buffers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ports.Cli.Getent;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Reliability;

/// <summary>
/// Broken and hostile services files (the table in docs/reliability.md): glibc's answer where glibc answers;
/// otherwise <see cref="PortRegistry.FromFile"/> throws an exception that names the path and the reason, and the
/// fallback sources (<see cref="PortRegistry.Create"/> with the default source, which is what <see cref="PortRegistry.Default"/>
/// runs on the system path, and <c>services.AddPortRegistry</c>) fall back to the embedded data and record that reason.
/// Nothing may block: each load runs under a 30-second guard.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan s_guard = TimeSpan.FromSeconds(30);

    // Two versions of a file for the races, of different sizes and well under a page each.
    private static readonly byte[] s_versionA = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 40).Select(i => $"a{i} {i}/tcp\n")));
    private static readonly byte[] s_versionB = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 90).Select(i => $"b{i} {i}/udp\n")));

    [Fact]
    public void FromFile_MissingFile_RefusedAndFallbackRecordsWhy()
    {
        using var dir = new TempDirectory();
        AssertRefused<FileNotFoundException>(Path.Combine(dir.Path, "absent"), "it does not exist");
    }

    [Fact]
    public void FromFile_MissingFolderOnPath_RefusedAndFallbackRecordsWhy()
    {
        using var dir = new TempDirectory();
        string file = dir.WriteFile("file", "a 1/tcp\n");
        AssertRefused<DirectoryNotFoundException>(Path.Combine(file, "services"), "not a directory");
    }

    [Fact]
    public void FromFile_Directory_RefusedAndFallbackRecordsWhy()
    {
        using var dir = new TempDirectory();
        AssertRefused<IOException>(dir.Path, "it is a directory, not a regular file");
    }

    [Fact]
    public async Task FromFile_FifoWithoutWriter_RefusedAtOnceWithoutBlocking()
    {
        using var dir = new TempDirectory();
        string fifo = Path.Combine(dir.Path, "services");
        UnixTestFiles.RequireFifo(fifo);
        Task<Exception?> load = Task.Factory.StartNew(() => Record.Exception(() => PortRegistry.FromFile(fifo)), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (await Task.WhenAny(load, Task.Delay(s_guard, TestContext.Current.CancellationToken)) != load)
        {
            // Let the blocked open(2) return before failing, so the run does not hang.
            using (File.OpenWrite(fifo))
            {
            }

            Assert.Fail("FromFile blocked on a FIFO that has no writer.");
        }

        AssertRefused<IOException>(fifo, "it is a FIFO (named pipe), not a regular file");
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void FromFile_CharacterDevice_RefusedAsNotARegularFile(string device)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(device))
        {
            Assert.Skip($"{device} is tested on Linux only.");
        }

        AssertRefused<IOException>(device, "it is a character device, not a regular file");
    }

    [Fact]
    public void FromFile_SymbolicLinkLoop_RefusedNamingTheLoop()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Symbolic links need privileges on Windows.");
        }

        using var dir = new TempDirectory();
        string a = Path.Combine(dir.Path, "a");
        string b = Path.Combine(dir.Path, "b");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        AssertRefused<IOException>(a, "symbolic link");
    }

    [Fact]
    public void FromFile_NoReadPermission_RefusedAndFallbackRecordsWhy()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions.");
            return;
        }

        using var dir = new TempDirectory();
        File.SetUnixFileMode(dir.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        string path = dir.WriteFile("services", "secret 1/tcp\n");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (Environment.IsPrivilegedProcess)
        {
            // Root reads any file, so read as nobody: setfsuid changes this one thread's permission checks.
            UnixTestFiles.RunAsFileSystemUser(UnixTestFiles.Nobody, () => AssertRefused<UnauthorizedAccessException>(path, "permission denied"));
        }
        else
        {
            AssertRefused<UnauthorizedAccessException>(path, "permission denied");
        }
    }

    [Fact]
    public void FromFile_SparseFileOf1GB_RefusedFromItsSizeWithoutReading()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "services");
        using (FileStream stream = File.Create(path))
        {
            stream.SetLength(1L << 30);
        }

        // The message gives the size the file has, which only a refusal before reading can know.
        AssertRefused<IOException>(path, "it is 1073741824 bytes, more than the limit of 67108864 bytes (PortRegistryOptions.MaxFileSize)");
    }

    [Fact]
    public void FromFile_SizeLimit_AcceptsTheLimitAndRefusesOneByteMore()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "a 1/tcp\n");
        PortRegistry atLimit = PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemOnly, MaxFileSize = 8 });
        Assert.Equal("a", Assert.Single(atLimit.Entries).Name);
        IOException ex = Assert.Throws<IOException>(() => PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemOnly, MaxFileSize = 7 }));
        Assert.Contains("it is 8 bytes, more than the limit of 7 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_SingleLineOf100MB_RefusedByDefaultAndReadAsGlibcWhenAllowed()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "services");
        const int AliasLength = 100 * 1024 * 1024;
        using (FileStream stream = File.Create(path))
        {
            // One line whose only alias runs on for 100 MiB, then a line glibc must still see.
            stream.Write("big 4242/tcp "u8);
            byte[] chunk = new byte[1024 * 1024];
            chunk.AsSpan().Fill((byte)'a');
            for (int i = 0; i < AliasLength / chunk.Length; i++)
            {
                stream.Write(chunk);
            }

            stream.Write(" # end\nnext 4243/udp\n"u8);
        }

        AssertRefused<IOException>(path, $"it is {new FileInfo(path).Length} bytes, more than the limit of 67108864 bytes");

        PortRegistry registry = PortRegistry.Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemOnly, MaxFileSize = 128L * 1024 * 1024 });
        Assert.Equal(["big", "next"], registry.Entries.Select(e => e.Name));
        Assert.Equal(AliasLength, Assert.Single(registry.Entries[0].Aliases).Length);
        Assert.Equal("end", registry.Entries[0].Description);
        if (GlibcOracle.IsAvailable)
        {
            // The enumeration prints the 100 MiB alias; every key but that one (too long for a command line) is looked up.
            Assert.Null(GlibcDifferential.Compare(path, registry));
        }
    }

    [Fact]
    public void FromFile_InvalidUtf8_SameAsGlibcByteForByte()
        => AssertSameAsGlibc(
            Latin1("n\u00ff\u00c3 7/tcp al\u00e9 \u00ed\u00a0\u0080 # c\u00e9\n\u00c0\u00af 8/udp\ncaf\u00c3\u00a9 9/tcp\n\u00f0\u009f\u0098\u0080 10/sctp \u00c2\u00a0\n"),
            Latin1(
                "n\u00ff\u00c3                   7/tcp al\u00e9 \u00ed\u00a0\u0080\n"
                + "\u00c0\u00af                    8/udp\n"
                + "caf\u00c3\u00a9                 9/tcp\n"
                + "\u00f0\u009f\u0098\u0080                  10/sctp \u00c2\u00a0\n"));

    [Fact]
    public void FromFile_NulBytes_EndTheLineAsForGlibc()
        => AssertSameAsGlibc(
            Latin1("nul 202/tcp al1\0hidden al2\n\0ghost 1/tcp\nafter\0 3/tcp\nok 4/tcp\0\nz 5\0/tcp\n"),
            Latin1("nul                   202/tcp al1\nok                    4/tcp\nz                     5/\n"));

    [Fact]
    public void FromFile_RewrittenInPlaceWhileRead_GivesAWholeVersionOrAClearError()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", s_versionA);
        int[] outcomes = RaceReadersAgainst(path, version => File.WriteAllBytes(path, version), allowEmptyAndErrors: true);
        Assert.True(outcomes[0] + outcomes[1] > 0, "no read saw a whole version");
    }

    [Fact]
    public void FromFile_ReplacedByRenameWhileRead_AlwaysGivesAWholeVersion()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", s_versionA);
        string temp = Path.Combine(dir.Path, "services.new");
        int[] outcomes = RaceReadersAgainst(path, version =>
        {
            File.WriteAllBytes(temp, version);
            File.Move(temp, path, overwrite: true);
        }, allowEmptyAndErrors: false);
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"the readers saw only one version ({outcomes[0]} a, {outcomes[1]} b)");
    }

    /// <summary>
    /// Runs a writer that keeps replacing the file with version a and version b against two
    /// readers, and checks that each read gives exactly one version's entries (or, when allowed, the empty file
    /// between a truncation and a write, or the error for a file that kept changing).
    /// </summary>
    /// <returns>How many reads gave a, b, the empty file, and the error.</returns>
    private static int[] RaceReadersAgainst(string path, Action<byte[]> write, bool allowEmptyAndErrors)
    {
        PortEntry[] entriesA = [.. PortRegistry.Parse(s_versionA.AsSpan()).Entries];
        PortEntry[] entriesB = [.. PortRegistry.Parse(s_versionB.AsSpan()).Entries];
        int[] outcomes = new int[4];
        using var stop = new CancellationTokenSource();
        Task writer = Task.Factory.StartNew(
            () =>
            {
                for (int i = 0; i < 4000 && !stop.IsCancellationRequested; i++)
                {
                    write(i % 2 == 0 ? s_versionB : s_versionA);
                }
            },
            TaskCreationOptions.LongRunning);
        Task[] readers = [.. Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (!writer.IsCompleted)
                {
                    try
                    {
                        PortEntry[] seen = [.. PortRegistry.FromFile(path).Entries];
                        int outcome = seen.SequenceEqual(entriesA) ? 0 : seen.SequenceEqual(entriesB) ? 1 : seen.Length == 0 && allowEmptyAndErrors ? 2 : -1;
                        Assert.True(outcome >= 0, $"a read gave {seen.Length} entries that are neither version: {string.Join("; ", seen.Take(3))}...");
                        Interlocked.Increment(ref outcomes[outcome]);
                    }
                    catch (IOException ex) when (allowEmptyAndErrors && ex.Message.Contains("it changed while it was being read", StringComparison.Ordinal))
                    {
                        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
                        Interlocked.Increment(ref outcomes[3]);
                    }
                }
            },
            TaskCreationOptions.LongRunning))];
        try
        {
            Assert.True(Task.WaitAll([writer, .. readers], TimeSpan.FromSeconds(120)), "the race did not finish");
        }
        finally
        {
            stop.Cancel();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"a: {outcomes[0]}, b: {outcomes[1]}, empty: {outcomes[2]}, changed-while-read errors: {outcomes[3]}");
        return outcomes;
    }

    /// <summary>
    /// Checks that <see cref="PortRegistry.FromFile"/> refuses <paramref name="path"/> with <typeparamref name="TException"/>
    /// naming the path and <paramref name="reason"/>, and that the fallback sources record the same message and serve
    /// the embedded data; every load under the guard.
    /// </summary>
    private static void AssertRefused<TException>(string path, string reason)
        where TException : Exception
    {
        Exception? thrown = Guarded(() => Record.Exception(() => PortRegistry.FromFile(path)));
        TException ex = Assert.IsType<TException>(thrown);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);

        PortRegistry fallback = Guarded(() => PortRegistry.Create(new PortRegistryOptions { FilePath = path }));
        AssertFellBack(fallback, path, ex.Message);

        using ServiceProvider provider = new ServiceCollection().AddPortRegistry(o => o.FilePath = path).BuildServiceProvider();
        AssertFellBack(Guarded(provider.GetRequiredService<PortRegistry>), path, ex.Message);
    }

    private static void AssertFellBack(PortRegistry registry, string path, string message)
    {
        Assert.Equal(PortRegistry.Embedded.Entries.Count, registry.Entries.Count);
        Assert.Collection(
            registry.Sources,
            file => Assert.Equal((PortSourceKind.File, path, false, 0, message), (file.Kind, file.Location, file.IsLoaded, file.EntryCount, file.Error)),
            embedded => Assert.Equal((PortSourceKind.Embedded, true), (embedded.Kind, embedded.IsLoaded)));
    }

    private static void AssertSameAsGlibc(byte[] content, byte[] expectedGetent)
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", content);
        var ours = new ArrayBufferWriter<byte>();
        Assert.Equal(0, GetentPrinter.Run(PortRegistry.FromFile(path), [], ours));
        Assert.Equal(GlibcDifferential.Show(expectedGetent), GlibcDifferential.Show(ours.WrittenSpan));
        if (GlibcOracle.IsAvailable)
        {
            // The expected bytes above are what glibc printed; check they still are, and every lookup too.
            Assert.Equal(GlibcDifferential.Show(expectedGetent), GlibcDifferential.Show(GlibcOracle.Run(path, []).Output));
            Assert.Null(GlibcDifferential.Compare(path, PortRegistry.FromFile(path)));
        }
    }

    private static T Guarded<T>(Func<T> load)
    {
        Task<T> task = Task.Factory.StartNew(load, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(s_guard), $"loading blocked for more than {s_guard.TotalSeconds} s");
        return task.Result;
    }

    /// <summary>Bytes written as a string of U+0000 to U+00FF, one character per byte.</summary>
    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
