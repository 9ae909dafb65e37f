using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Ports.Sources;

/// <summary>
/// Reads a services file from disk into decoded text, refusing what is not a readable regular file of bounded size,
/// with errors that name the path and the reason. Nothing here blocks or reads without end, whatever the path holds.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A missing file, a directory, a file the process may not read and a symbolic link loop are refused with an
/// exception that names the path and the reason.</item>
/// <item>Only regular files are read. On Linux the file is opened without blocking and its type checked on the open
/// descriptor (see <see cref="LinuxFile"/>): a FIFO, socket or device is refused at once. A FIFO would otherwise block
/// <c>open(2)</c> until a writer came, and <c>/dev/zero</c> or <c>/dev/urandom</c> never end (glibc itself hangs or
/// reads them without end); refusing them up front costs nothing and says clearly what is wrong, where reading them up
/// to the size limit would spend 64 MiB of reads to fail anyway. Elsewhere .NET opens the file.</item>
/// <item>A file larger than the limit is refused from its size before any byte is read (a sparse 1 GB file costs
/// nothing), and a file that grows past the limit while it is read is refused when it does; the limit also bounds
/// devices where the type cannot be checked.</item>
/// <item>The result is a consistent snapshot: the bytes read must match the size before and after the read and the last
/// write time must not change meanwhile; a file rewritten in place during the read (a rename over it does not touch
/// the open file) is read again, up to <see cref="MaxAttempts"/> times, then refused. A rewrite to the very same size
/// within one tick of the file system's clock is the one change this cannot see.</item>
/// </list>
/// </remarks>
internal static class ServicesFileReader
{
    /// <summary>The default limit on the size of a services file: 64 MiB, about 20 times the largest real one (NetBSD's, 3.3 MB).</summary>
    public const long DefaultMaxFileSize = 64L * 1024 * 1024;

    /// <summary>How many times a file that changes while it is read is read before it is refused.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Reads a whole regular file of at most <paramref name="maxFileSize"/> bytes into a pooled buffer.</summary>
    /// <param name="path">The path.</param>
    /// <param name="maxFileSize">The largest file accepted, in bytes.</param>
    /// <param name="length">The number of bytes read.</param>
    /// <returns>A buffer from <see cref="ArrayPool{T}.Shared"/>; the caller returns it.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read, with the reason.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadBytes(string path, long maxFileSize, out int length)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFileSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxFileSize, Array.MaxLength - 1L);

        using SafeFileHandle handle = Open(path);
        for (int attempt = 1; ; attempt++)
        {
            long size = RandomAccess.GetLength(handle);
            DateTime written = File.GetLastWriteTimeUtc(handle);
            if (size > maxFileSize)
            {
                throw Fail(path, $"it is {size} bytes, more than the limit of {maxFileSize} bytes (PortRegistryOptions.MaxFileSize)");
            }

            byte[] buffer = ReadToEnd(handle, path, size, maxFileSize, out length);
            // A torn read of a file rewritten in place shows as a length that differs from the size before or after
            // (or, for a rewrite of the same size, as a new write time).
            if (length == size && RandomAccess.GetLength(handle) == size && File.GetLastWriteTimeUtc(handle) == written)
            {
                return buffer;
            }

            ArrayPool<byte>.Shared.Return(buffer);
            if (attempt == MaxAttempts)
            {
                throw Fail(path, $"it changed while it was being read, {MaxAttempts} times in a row");
            }
        }
    }

    private static SafeFileHandle Open(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return OpenWithDotNet(path);
        }

        SafeFileHandle? handle;
        int errno;
        try
        {
            handle = LinuxFile.OpenNonBlocking(path, out errno);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A libc the runtime cannot bind to by that name: open as .NET does, without the FIFO guard.
            return OpenWithDotNet(path);
        }

        if (handle is null)
        {
            throw OpenError(path, errno);
        }

        int? type = LinuxFile.GetFileType(handle);
        if (type is { } known && known != LinuxFile.RegularFile)
        {
            handle.Dispose();
            throw Fail(path, $"it is {LinuxFile.Describe(known)}, not a regular file");
        }

        return handle;
    }

    private static SafeFileHandle OpenWithDotNet(string path)
    {
        if (Directory.Exists(path))
        {
            throw Fail(path, "it is a directory, not a regular file");
        }

        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException ex)
        {
            throw new FileNotFoundException(Message(path, "it does not exist"), path, ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new DirectoryNotFoundException(Message(path, "a folder on its path does not exist"), ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UnauthorizedAccessException(Message(path, $"permission denied ({ex.Message})"), ex);
        }
        catch (IOException ex)
        {
            throw new IOException(Message(path, ex.Message), ex);
        }
    }

    private static byte[] ReadToEnd(SafeFileHandle handle, string path, long expected, long maxFileSize, out int length)
    {
        // One byte more than expected, so that a file that grew is noticed without a second buffer.
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(expected + 1, 4096), maxFileSize + 1));
        length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxFileSize)
                    {
                        throw Fail(path, $"it holds more than the limit of {maxFileSize} bytes (PortRegistryOptions.MaxFileSize)");
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxFileSize + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read;
                try
                {
                    read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                }
                catch (IOException ex)
                {
                    throw Fail(path, ex.Message, ex);
                }

                if (read == 0)
                {
                    return buffer;
                }

                length += read;
                if (length > maxFileSize)
                {
                    throw Fail(path, $"it holds more than the limit of {maxFileSize} bytes (PortRegistryOptions.MaxFileSize)");
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static Exception OpenError(string path, int errno) => errno switch
    {
        2 /* ENOENT */ => new FileNotFoundException(Message(path, "it does not exist"), path),
        20 /* ENOTDIR */ => new DirectoryNotFoundException(Message(path, "a part of its path is not a directory")),
        1 /* EPERM */ or 13 /* EACCES */ => new UnauthorizedAccessException(Message(path, "permission denied")),
        40 /* ELOOP */ => Fail(path, "too many levels of symbolic links (a symbolic link loop)"),
        6 /* ENXIO */ => Fail(path, "it is a socket or a device without a driver, not a regular file"),
        36 /* ENAMETOOLONG */ => new PathTooLongException(Message(path, "the path is too long")),
        _ => Fail(path, $"{System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})"),
    };

    private static IOException Fail(string path, string reason, Exception? inner = null) => new(Message(path, reason), inner);

    private static string Message(string path, string reason) => $"Cannot read the services file '{path}': {reason}";
}
