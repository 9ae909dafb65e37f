using System.Runtime.InteropServices;

namespace Ports.Cli.Output;

/// <summary>
/// Standard output or standard error on Linux, written with <c>write(2)</c> as .NET's console stream writes it: a
/// partial write is continued, an interrupted one retried, and a reader that has gone (<c>portreg getent | head -1</c>)
/// ends the output quietly. It spares the native tool the console's set-up at every start (terminal settings, the
/// console's text writer and encodings, terminfo) and its code: about 40 KB of the executable's code and types.
/// </summary>
/// <param name="descriptor">The file descriptor: 1 for standard output, 2 for standard error.</param>
internal sealed partial class FileDescriptorStream(int descriptor) : Stream
{
    // Linux's errno values.
    private const int EINTR = 4;
    private const int EAGAIN = 11;
    private const int EPIPE = 32;

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Does nothing: every write goes to the descriptor at once.</summary>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Writes all the bytes, or as many as a reader that has gone left room for.</summary>
    /// <param name="buffer">The bytes.</param>
    /// <exception cref="IOException">The descriptor cannot be written (a full disk, a bad descriptor).</exception>
    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint written;
            fixed (byte* bytes = buffer)
            {
                written = WriteBytes(descriptor, bytes, buffer.Length);
            }

            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }

            int error = Marshal.GetLastPInvokeError();
            if (error == EPIPE)
            {
                return;
            }

            if (error == EAGAIN)
            {
                // A non-blocking descriptor that is full: wait for the reader, as the console stream does.
                Thread.Sleep(1);
            }
            else if (error != EINTR)
            {
                throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
            }
        }
    }

    // write(2): the number of bytes written, or -1 with errno set.
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [LibraryImport("libc.so.6", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteBytes(int descriptor, byte* buffer, nint count);
}
