using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Ports.Cli.Getent;

namespace Ports.Tests.Infrastructure;

/// <summary>
/// Compares PortRegistry with glibc on one services file: the full enumeration and lookups must print the same bytes
/// and exit status as glibc's <c>getent services</c> (through <see cref="GlibcOracle"/>, so callers skip where it cannot run).
/// </summary>
internal static class GlibcDifferential
{
    /// <summary>The length from which a key cannot be one argument of a command (MAX_ARG_STRLEN, 128 KiB with its NUL).</summary>
    public const int MaxKeyBytes = 128 * 1024;

    /// <summary>The most bytes of keys in one call: well under the kernel's limits on a command line (ARG_MAX).</summary>
    private const int MaxBatchBytes = 512 * 1024;

    private const int MaxShown = 300;

    /// <summary>
    /// Compares the enumeration and a lookup of every name, alias and port (<see cref="ServicesCorpus.KeysFor"/>), but
    /// for keys of <see cref="MaxKeyBytes"/> or more, which no command line can pass (Linux's MAX_ARG_STRLEN).
    /// </summary>
    /// <param name="file">The services file.</param>
    /// <param name="registry">PortRegistry's reading of it.</param>
    /// <returns><see langword="null"/> when PortRegistry and glibc agree, otherwise what differs.</returns>
    public static string? Compare(string file, PortRegistry registry)
    {
        GlibcOracle.Require();
        List<string> keys = ServicesCorpus.KeysFor(registry);
        keys.RemoveAll(key => Ports.Reading.LosslessUtf8.ByteCount(key) >= MaxKeyBytes);
        return CompareEnumeration(file, registry) ?? CompareLookups(file, registry, keys);
    }

    /// <summary>Compares <c>getent services</c> without keys: every entry, in order, byte for byte.</summary>
    /// <param name="file">The services file.</param>
    /// <param name="registry">PortRegistry's reading of it.</param>
    /// <returns><see langword="null"/> when they agree, otherwise the first line that differs.</returns>
    public static string? CompareEnumeration(string file, PortRegistry registry)
    {
        var ours = new ArrayBufferWriter<byte>();
        int status = GetentPrinter.Run(registry, [], ours);
        (byte[] glibc, int glibcStatus) = GlibcOracle.Run(file, []);
        if (glibc.AsSpan().SequenceEqual(ours.WrittenSpan) && glibcStatus == status)
        {
            return null;
        }

        byte[][] glibcLines = SplitLines(glibc);
        byte[][] ourLines = SplitLines(ours.WrittenSpan.ToArray());
        int line = 0;
        while (line < Math.Min(glibcLines.Length, ourLines.Length) && glibcLines[line].AsSpan().SequenceEqual(ourLines[line]))
        {
            line++;
        }

        return $"{Path.GetFileName(file)}: enumeration differs at line {line + 1} (glibc {glibcLines.Length} lines, exit {glibcStatus}; PortRegistry {ourLines.Length} lines, exit {status}):\n"
            + $" glibc: {Show(glibcLines.ElementAtOrDefault(line))}\n ours:  {Show(ourLines.ElementAtOrDefault(line))}";
    }

    /// <summary>
    /// Compares <c>getent services KEY...</c>, in batches of at most <see cref="GlibcOracle.BatchSize"/> keys and
    /// <see cref="MaxBatchBytes"/> bytes (the kernel limits a command line) run in parallel.
    /// </summary>
    /// <param name="file">The services file.</param>
    /// <param name="registry">PortRegistry's reading of it.</param>
    /// <param name="keys">The keys.</param>
    /// <returns><see langword="null"/> when they agree, otherwise the first key of each differing batch that differs.</returns>
    public static string? CompareLookups(string file, PortRegistry registry, IReadOnlyList<string> keys)
    {
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(
            Batches(keys),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            batch =>
            {
                if (DiffersFromGlibc(registry, file, batch, out _))
                {
                    failures.Add(FirstDifferingKey(registry, file, batch));
                }
            });
        return failures.IsEmpty ? null : $"{Path.GetFileName(file)} ({keys.Count} keys): {string.Join("; ", failures)}";
    }

    /// <summary>Shows bytes readably: printable ASCII as it is, anything else as <c>\xNN</c>, cut after a few hundred bytes.</summary>
    /// <param name="bytes">The bytes, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Show(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (byte b in bytes[..Math.Min(bytes.Length, MaxShown)])
        {
            text.Append(b is >= 0x20 and < 0x7f ? ((char)b).ToString() : $"\\x{b:x2}");
        }

        return bytes.Length > MaxShown ? $"{text}... ({bytes.Length} bytes)" : text.ToString();
    }

    private static IEnumerable<string[]> Batches(IReadOnlyList<string> keys)
    {
        var batch = new List<string>();
        int bytes = 0;
        foreach (string key in keys)
        {
            int size = Ports.Reading.LosslessUtf8.ByteCount(key) + 1;
            if (batch.Count > 0 && (batch.Count == GlibcOracle.BatchSize || bytes + size > MaxBatchBytes))
            {
                yield return [.. batch];
                batch.Clear();
                bytes = 0;
            }

            batch.Add(key);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    private static bool DiffersFromGlibc(PortRegistry registry, string file, IReadOnlyList<string> keys, out string detail)
    {
        var ours = new ArrayBufferWriter<byte>();
        int status = GetentPrinter.Run(registry, keys, ours);
        (byte[] glibc, int glibcStatus) = GlibcOracle.Run(file, keys);
        detail = $"glibc printed '{Show(glibc)}' (exit {glibcStatus}), PortRegistry '{Show(ours.WrittenSpan)}' (exit {status})";
        return !glibc.AsSpan().SequenceEqual(ours.WrittenSpan) || glibcStatus != status;
    }

    private static string FirstDifferingKey(PortRegistry registry, string file, string[] batch)
    {
        foreach (string key in batch)
        {
            if (DiffersFromGlibc(registry, file, [key], out string detail))
            {
                return $"key '{Show(Ports.Reading.LosslessUtf8.GetBytes(key))}': {detail}";
            }
        }

        return "the batch differed but no single key did";
    }

    private static byte[][] SplitLines(byte[] output)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i] == '\n')
            {
                lines.Add(output[start..i]);
                start = i + 1;
            }
        }

        if (start < output.Length)
        {
            lines.Add(output[start..]);
        }

        return [.. lines];
    }
}
