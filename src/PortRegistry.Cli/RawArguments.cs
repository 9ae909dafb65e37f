using System.Text;

namespace Ports.Cli;

/// <summary>
/// Recovers command-line arguments that are not valid UTF-8. .NET decodes <c>argv</c> with U+FFFD in place of such
/// bytes, so <c>portreg getent $'raw\xff'</c> would look for another name than glibc's <c>getent</c> does. On Linux the
/// raw bytes are still in <c>/proc/self/cmdline</c>; they are decoded as the registry decodes files (each invalid byte
/// becomes U+DC80 + (byte - 0x80)), so the key matches the entry byte for byte.
/// </summary>
internal static class RawArguments
{
    /// <summary>Returns the arguments with undecodable bytes kept, or <paramref name="args"/> itself when nothing was lost or the raw form cannot be read.</summary>
    /// <param name="args">The arguments as .NET decoded them.</param>
    /// <returns>The arguments to use.</returns>
    public static string[] Recover(string[] args)
    {
        if (!OperatingSystem.IsLinux() || !Array.Exists(args, a => a.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return args;
        }

        byte[] cmdline;
        try
        {
            cmdline = File.ReadAllBytes("/proc/self/cmdline");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return args;
        }

        var raw = new List<byte[]>();
        foreach (Range range in cmdline.AsSpan().TrimEnd((byte)0).Split((byte)0))
        {
            raw.Add(cmdline[range]);
        }

        if (raw.Count < args.Length)
        {
            return args;
        }

        // The program's own arguments are the last ones; check that each decodes to what .NET gave before trusting it.
        var recovered = new string[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            byte[] bytes = raw[raw.Count - args.Length + i];
            if (!string.Equals(Encoding.UTF8.GetString(bytes), args[i], StringComparison.Ordinal))
            {
                return args;
            }

            recovered[i] = ServicesText.GetString(bytes);
        }

        return recovered;
    }
}
