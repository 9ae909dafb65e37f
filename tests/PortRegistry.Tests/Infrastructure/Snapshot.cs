using System.Runtime.CompilerServices;
using System.Text;

namespace Ports.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots: the expected text lives in <c>Class.Method.verified.txt</c> beside the test source. On a
/// mismatch, or when the snapshot is missing, the actual text is written to <c>Class.Method.received.txt</c> and the test
/// fails; accepting a change means renaming the received file over the verified one. A snapshot is never created silently.
/// </summary>
internal static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified snapshot of the calling test.</summary>
    /// <param name="actual">The text the test produced.</param>
    /// <param name="className">The test class name; taken from the caller's file name when omitted.</param>
    /// <param name="method">The calling test method.</param>
    /// <param name="sourceFile">The calling test's source file.</param>
    public static void Verify(string actual, string? className = null, [CallerMemberName] string method = "", [CallerFilePath] string sourceFile = "")
    {
        string directory = SourceDirectory(sourceFile);
        string stem = Path.Combine(directory, $"{className ?? Path.GetFileNameWithoutExtension(sourceFile)}.{method}");
        string verified = stem + ".verified.txt";
        string received = stem + ".received.txt";
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (!File.Exists(verified))
        {
            TryWrite(received, normalized);
            string ci = Environment.GetEnvironmentVariable("CI") == "true" ? " (CI=true: snapshots are never created in CI)" : string.Empty;
            Assert.Fail($"No verified snapshot {Path.GetFileName(verified)}{ci}. The actual text was written to {Path.GetFileName(received)}; review it and rename it to accept.");
        }

        string expected = File.ReadAllText(verified, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        TryWrite(received, normalized);
        Assert.Equal(expected, normalized);
    }

    /// <summary>
    /// Returns the folder of a test source file. A CI build (ContinuousIntegrationBuild) maps source paths to
    /// <c>/_/...</c>, so such a path is taken relative to the repository root.
    /// </summary>
    private static string SourceDirectory(string sourceFile)
    {
        string directory = Path.GetDirectoryName(sourceFile)!;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        string relative = directory.Replace('\\', '/').TrimStart('/');
        if (relative.StartsWith("_/", StringComparison.Ordinal))
        {
            relative = relative[2..];
        }

        string mapped = Path.Combine(TestPaths.RepoRoot, relative);
        return Directory.Exists(mapped) ? mapped : throw new DirectoryNotFoundException($"The folder of the test source '{sourceFile}' was not found (tried '{mapped}').");
    }

    private static void TryWrite(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
