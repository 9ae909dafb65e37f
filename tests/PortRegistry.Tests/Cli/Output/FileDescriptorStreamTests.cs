using System.IO.Pipes;
using Microsoft.Win32.SafeHandles;
using Ports.Cli.Output;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Output;

/// <summary>Standard output and error written with write(2) on Linux, as .NET's console stream writes them.</summary>
public sealed class FileDescriptorStreamTests
{
    private const string WhyLinux = "The tool writes with write(2) on Linux only; elsewhere it uses the console's streams.";

    [Fact]
    public void Write_ToFile_WritesEveryByteInOrder()
    {
        Platform.RequireLinux(WhyLinux);
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "out");
        byte[] bytes = new byte[300_000];
        new Random(12).NextBytes(bytes);

        using (SafeFileHandle handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write))
        {
            using var stream = new FileDescriptorStream((int)handle.DangerousGetHandle());
            stream.Write(bytes.AsSpan(0, 1000));
            stream.Write(bytes, 1000, bytes.Length - 1000);
        }

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_ReaderHasGone_StopsQuietly()
    {
        Platform.RequireLinux(WhyLinux);
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        pipe.DisposeLocalCopyOfClientHandle();
        int descriptor = (int)pipe.SafePipeHandle.DangerousGetHandle();

        // The pipe is broken: a plain file stream over the same descriptor fails, as the tool did before.
        using var plain = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        Assert.Throws<IOException>(() => plain.Write("portreg\n"u8));

        using var stream = new FileDescriptorStream(descriptor);
        Assert.Null(Record.Exception(() => stream.Write("portreg\n"u8)));
    }

    [Fact]
    public void Write_ClosedDescriptor_ThrowsIOException()
    {
        Platform.RequireLinux(WhyLinux);
        using var stream = new FileDescriptorStream(-1);

        Assert.Throws<IOException>(() => stream.Write("portreg\n"u8));
    }
}
