namespace Ports.Reading;

/// <summary>
/// Reproduces a quirk of glibc's <c>__nss_readline</c> (<c>nss/nss_readline.c</c>), which strips a line's leading
/// whitespace with <c>memmove (buf, p, strlen (p))</c>: the moved text does not bring its terminating NUL along, so the
/// line glibc parses is the text after the whitespace followed by the line's own last k bytes (k = the number of
/// whitespace bytes). A line that ends in a line feed is unaffected, since parsing stops at the line feed; the quirk
/// shows on an indented last line without a final newline (<c>"  ab 1/tcp"</c> is read as protocol <c>tcpcp</c>) and
/// on an indented line holding a NUL (the C string ends at the NUL, without its line feed).
/// </summary>
internal static class GlibcReadline
{
    /// <summary>Builds the line glibc parses for an indented line that has no line feed in its C string.</summary>
    /// <param name="raw">The line as read, without its line feed; it may hold a NUL.</param>
    /// <param name="shifted">The text glibc parses, when the quirk applies.</param>
    /// <returns><see langword="false"/> when the line is not indented, or is blank or a comment (glibc skips those first).</returns>
    public static bool TryShiftUnterminated(ReadOnlySpan<char> raw, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? shifted)
    {
        shifted = null;
        int nul = raw.IndexOf('\0');
        ReadOnlySpan<char> cString = nul < 0 ? raw : raw[..nul];
        int k = 0;
        while (k < cString.Length && ServicesSyntax.IsSpace(cString[k]))
        {
            k++;
        }

        if (k == 0 || k == cString.Length || cString[k] == '#')
        {
            return false;
        }

        // Work on the bytes, as glibc does: the repeated tail may split a UTF-8 sequence. Whitespace is ASCII, so the k
        // characters skipped are k bytes.
        byte[] bytes = LosslessUtf8.GetBytes(cString);
        byte[] result = new byte[bytes.Length];
        bytes.AsSpan(k).CopyTo(result);
        bytes.AsSpan(bytes.Length - k).CopyTo(result.AsSpan(bytes.Length - k));
        shifted = LosslessUtf8.GetString(result);
        return true;
    }
}
