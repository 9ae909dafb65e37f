using System.Buffers;

namespace Ports.Parsing;

/// <summary>
/// Reads a services file from disk into decoded text, refusing what is not a readable file of bounded size, with
/// errors that name the path and the reason.
/// </summary>
internal static class ServicesFileReader
{
    /// <summary>The default limit on the size of a services file: 64 MiB, about 50 times the largest real one.</summary>
    public const long DefaultMaxFileSize = 64L * 1024 * 1024;

    /// <summary>Reads, decodes and parses a services file into <paramref name="builder"/>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="maxFileSize">The largest file accepted, in bytes.</param>
    /// <param name="builder">Where the entries go.</param>
    /// <exception cref="IOException">The file is missing, a directory, too large or unreadable; the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read; the message names the path.</exception>
    public static void Load(string path, long maxFileSize, RegistryBuilder builder)
    {
        byte[] bytes = ReadBytes(path, maxFileSize, out int length);
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, LosslessUtf8.MaxCharCount(length)));
        try
        {
            int charCount = LosslessUtf8.Decode(bytes.AsSpan(0, length), chars);
            builder.AddText(chars.AsSpan(0, charCount), PortSourceKind.File, path);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Reads at most <paramref name="maxFileSize"/> bytes of a file into a pooled buffer.</summary>
    /// <param name="path">The path.</param>
    /// <param name="maxFileSize">The largest file accepted, in bytes.</param>
    /// <param name="length">The number of bytes read.</param>
    /// <returns>A buffer from <see cref="ArrayPool{T}.Shared"/>; the caller returns it.</returns>
    public static byte[] ReadBytes(string path, long maxFileSize, out int length)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFileSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxFileSize, Array.MaxLength - 1L);
        if (Directory.Exists(path))
        {
            throw new IOException($"Cannot read the services file '{path}': it is a directory.");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        long expected = stream.CanSeek ? stream.Length : 0;
        if (expected > maxFileSize)
        {
            throw TooLarge(path, maxFileSize);
        }

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
                        throw TooLarge(path, maxFileSize);
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxFileSize + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxFileSize)
                {
                    throw TooLarge(path, maxFileSize);
                }
            }

            return buffer;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static IOException TooLarge(string path, long maxFileSize)
        => new($"Cannot read the services file '{path}': it is larger than the limit of {maxFileSize} bytes (PortRegistryOptions.MaxFileSize).");
}
