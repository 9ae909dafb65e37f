
namespace Ports.Reading;

/// <summary>
/// Reads services(5) text line by line with glibc's rules (<c>nss/nss_files/files-service.c</c>,
/// <c>files-parse.c</c>, <c>nss_readline.c</c>). Allocates nothing, but for the rare line that
/// <see cref="GlibcReadline"/> rewrites as glibc does (an indented line without a line feed).
/// </summary>
/// <remarks>
/// <code>
/// # name   port[/protocol]  [alias ...]  [# comment]
/// http     80/tcp           www www-http # World Wide Web HTTP
/// </code>
/// A NUL or the first <c>#</c> ends a line; whitespace is C's <c>isspace</c> (space, \t, \n, \v, \f, \r); the
/// name is the first run of non-whitespace; the port is read by <see cref="PortNumberParser"/> and must be followed by
/// one or more <c>/</c> or by the end of the line; the protocol is the next run of non-whitespace (possibly empty);
/// the remaining tokens are aliases.
/// <para>
/// Speed: one vectorized search per line finds the first line feed, <c>#</c> or NUL; a comment is skipped with a
/// second one; the few characters before the comment are split with a scalar loop, which beats a vectorized search
/// on fields this short.
/// </para>
/// </remarks>
internal ref struct ServicesReader
{
    private ReadOnlySpan<char> _rest;
    private int _lineNumber;

    /// <summary>Creates a reader over services text.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="firstLineNumber">The number of the text's first line, for a text read in pieces.</param>
    public ServicesReader(ReadOnlySpan<char> text, int firstLineNumber = 1)
    {
        _rest = text;
        _lineNumber = firstLineNumber - 1;
    }

    /// <summary>Gets the number of the last line read (blank and comment lines included).</summary>
    public readonly int LineNumber => _lineNumber;

    /// <summary>Reads the next line that is neither blank nor a comment.</summary>
    /// <param name="line">The entry's fields, or the reason the line was rejected.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool Read(out ServicesLine line)
    {
        ReadOnlySpan<char> rest = _rest;
        while (!rest.IsEmpty)
        {
            _lineNumber++;
            ReadOnlySpan<char> raw;
            ReadOnlySpan<char> content;
            ReadOnlySpan<char> comment = default;
            bool terminated; // the C string fgets gives glibc ends with a line feed (no NUL before it, not the last line)
            int stop = rest.IndexOfAny('\n', '#', '\0');
            if (stop < 0)
            {
                raw = content = rest;
                rest = default;
                terminated = false;
            }
            else if (rest[stop] == '\n')
            {
                raw = content = rest[..stop];
                rest = rest[(stop + 1)..];
                terminated = true;
            }
            else
            {
                // C strings end at NUL; then strpbrk(line, "#\n") ends the line at the first '#'. The comment is the text
                // after that '#' up to a NUL or the line feed.
                content = rest[..stop];
                ReadOnlySpan<char> after = rest[(stop + 1)..];
                int newline;
                if (rest[stop] == '#')
                {
                    int end = after.IndexOfAny('\n', '\0');
                    comment = end < 0 ? after : after[..end];
                    newline = end < 0 || after[end] == '\n' ? end : IndexAfter(after, end, '\n');
                    terminated = end >= 0 && after[end] == '\n';
                }
                else
                {
                    newline = after.IndexOf('\n');
                    terminated = false;
                }

                int rawLength = newline < 0 ? rest.Length : stop + 1 + newline;
                raw = rest[..rawLength];
                rest = newline < 0 ? default : rest[(rawLength + 1)..];
            }

            bool parsed;
            if (!terminated && GlibcReadline.TryShiftUnterminated(raw, out string? shifted))
            {
                // Rare (the last line, or a line with a NUL), so the new string is acceptable; the description stays the line's own comment.
                parsed = TryParse(shifted, _lineNumber, out line);
                line.Comment = comment;
            }
            else
            {
                parsed = TryParseContent(content, comment, raw, _lineNumber, out line);
            }

            if (parsed)
            {
                line.Text = raw;
                _rest = rest;
                return true;
            }
        }

        _rest = default;
        line = default;
        return false;
    }

    /// <summary>Parses one line (without its line feed).</summary>
    /// <param name="raw">The line.</param>
    /// <param name="lineNumber">Its 1-based number.</param>
    /// <param name="line">The result, when the line is not blank or a comment.</param>
    /// <returns><see langword="false"/> for a blank or comment line, which glibc skips without a word.</returns>
    public static bool TryParse(ReadOnlySpan<char> raw, int lineNumber, out ServicesLine line)
    {
        ReadOnlySpan<char> content = raw;
        int nul = content.IndexOf('\0');
        if (nul >= 0)
        {
            content = content[..nul];
        }

        ReadOnlySpan<char> comment = default;
        int hash = content.IndexOf('#');
        if (hash >= 0)
        {
            comment = content[(hash + 1)..];
            content = content[..hash];
        }

        return TryParseContent(content, comment, raw, lineNumber, out line);
    }

    /// <summary>Splits the part of a line before its comment into fields.</summary>
    /// <param name="content">The line up to its first <c>#</c>, NUL or line feed.</param>
    /// <param name="comment">The comment, without the <c>#</c>.</param>
    /// <param name="raw">The whole line, for diagnostics.</param>
    /// <param name="lineNumber">Its 1-based number.</param>
    /// <param name="line">The result, when the line is not blank or a comment.</param>
    /// <returns><see langword="false"/> for a blank or comment line.</returns>
    private static bool TryParseContent(ReadOnlySpan<char> content, ReadOnlySpan<char> comment, ReadOnlySpan<char> raw, int lineNumber, out ServicesLine line)
    {
        int i = SkipSpace(content, 0);
        if (i == content.Length)
        {
            line = default;
            return false;
        }

        line = default;
        line.LineNumber = lineNumber;
        line.Text = raw;
        line.Comment = comment;

        int nameEnd = SkipToken(content, i);
        line.Name = content[i..nameEnd];
        int portStart = SkipSpace(content, nameEnd);
        if (portStart == content.Length)
        {
            line.Error = ServicesLineError.MissingPort;
            return true;
        }

        switch (PortNumberParser.Parse(content[portStart..], out uint portValue, out int consumed))
        {
            case PortParseResult.NoDigits:
                line.Error = ServicesLineError.InvalidPort;
                return true;
            case PortParseResult.Overflow:
                line.Error = ServicesLineError.PortOverflow;
                return true;
        }

        line.Port = unchecked((ushort)portValue); // glibc keeps the low 16 bits

        int p = portStart + consumed;
        if (p == content.Length)
        {
            // "z 84": the empty protocol, no aliases.
            return true;
        }

        if (content[p] != '/')
        {
            line.Error = ServicesLineError.UnexpectedCharacterAfterPort;
            return true;
        }

        do
        {
            p++;
        }
        while (p < content.Length && content[p] == '/');

        int protoEnd = SkipToken(content, p);
        line.Protocol = content[p..protoEnd];
        if (protoEnd < content.Length)
        {
            // "83/ tcp": the protocol is empty and "tcp" is an alias, so only one separator belongs to the protocol.
            line.AliasText = content[SkipSpace(content, protoEnd + 1)..];
        }

        return true;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while ((uint)i < (uint)text.Length && ServicesSyntax.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipToken(ReadOnlySpan<char> text, int i)
    {
        while ((uint)i < (uint)text.Length && !ServicesSyntax.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int IndexAfter(ReadOnlySpan<char> text, int start, char value)
    {
        int found = text[start..].IndexOf(value);
        return found < 0 ? -1 : start + found;
    }
}
