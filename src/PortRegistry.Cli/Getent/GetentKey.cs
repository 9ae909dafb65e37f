namespace Ports.Cli.Getent;

/// <summary>
/// A key of <c>getent services</c>: <c>NAME</c>, <c>NAME/PROTO</c>, <c>PORT</c> or <c>PORT/PROTO</c>, split at the
/// first <c>/</c> as glibc's <c>nss/getent.c</c> does.
/// </summary>
/// <param name="Name">The name part, or <see langword="null"/> when the key is a port.</param>
/// <param name="Port">The port, or -1 when the key is a name.</param>
/// <param name="Protocol">The protocol after the first <c>/</c>, or <see langword="null"/> when there is no <c>/</c>.</param>
internal readonly record struct GetentKey(string? Name, int Port, string? Protocol)
{
    /// <summary>Splits a key. A key counts as a port only when it is all decimal digits and at most 65535.</summary>
    /// <param name="key">The key as typed.</param>
    /// <returns>The parsed key.</returns>
    public static GetentKey Parse(string key)
    {
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        string head = slash < 0 ? key : key[..slash];
        string? protocol = slash < 0 ? null : key[(slash + 1)..];
        return TryParsePort(head, out int port) ? new GetentKey(null, port, protocol) : new GetentKey(head, -1, protocol);
    }

    // getent: isdigit(key[0]) && strtol(key, &end, 10) consumed everything && 0 <= port <= 65535.
    private static bool TryParsePort(string text, out int port)
    {
        port = 0;
        if (text.Length == 0)
        {
            return false;
        }

        long value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = Math.Min((value * 10) + (c - '0'), int.MaxValue);
        }

        port = (int)value;
        return value <= 65535;
    }
}
