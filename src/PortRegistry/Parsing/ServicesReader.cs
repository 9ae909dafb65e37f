namespace Ports.Parsing;

/// <summary>
/// Reads services(5) text line by line with glibc's rules (<c>nss/nss_files/files-service.c</c>,
/// <c>files-parse.c</c>, <c>nss_readline.c</c>). Allocates nothing.
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
/// </remarks>
internal ref struct ServicesReader
{
    private ReadOnlySpan<char> _rest;
    private int _lineNumber;

    /// <summary>Creates a reader over services text.</summary>
    /// <param name="text">The whole text.</param>
    public ServicesReader(ReadOnlySpan<char> text)
    {
        _rest = text;
        _lineNumber = 0;
    }

    /// <summary>Reads the next line that is neither blank nor a comment.</summary>
    /// <param name="line">The entry's fields, or the reason the line was rejected.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool Read(out ServicesLine line)
    {
        while (!_rest.IsEmpty)
        {
            ReadOnlySpan<char> raw;
            int newline = _rest.IndexOf('\n');
            if (newline < 0)
            {
                raw = _rest;
                _rest = default;
            }
            else
            {
                raw = _rest[..newline];
                _rest = _rest[(newline + 1)..];
            }

            _lineNumber++;
            if (TryParse(raw, _lineNumber, out line))
            {
                return true;
            }
        }

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
        line = default;
        line.LineNumber = lineNumber;
        line.Text = raw;

        // C strings end at NUL; then strpbrk(line, "#\n") ends the line at the first '#'.
        ReadOnlySpan<char> content = raw;
        int nul = content.IndexOf('\0');
        if (nul >= 0)
        {
            content = content[..nul];
        }

        int hash = content.IndexOf('#');
        if (hash >= 0)
        {
            line.Comment = content[(hash + 1)..];
            content = content[..hash];
        }

        int start = content.IndexOfAnyExcept(ServicesSyntax.Whitespace);
        if (start < 0)
        {
            return false;
        }

        content = content[start..];
        int nameEnd = content.IndexOfAny(ServicesSyntax.Whitespace);
        if (nameEnd < 0)
        {
            line.Name = content;
            line.Error = ServicesLineError.MissingPort;
            return true;
        }

        line.Name = content[..nameEnd];
        content = content[nameEnd..];
        int portStart = content.IndexOfAnyExcept(ServicesSyntax.Whitespace);
        if (portStart < 0)
        {
            line.Error = ServicesLineError.MissingPort;
            return true;
        }

        content = content[portStart..];
        switch (PortNumberParser.Parse(content, out line.Port, out int consumed))
        {
            case PortParseResult.NoDigits:
                line.Error = ServicesLineError.InvalidPort;
                return true;
            case PortParseResult.Overflow:
                line.Error = ServicesLineError.PortOverflow;
                return true;
        }

        content = content[consumed..];
        if (content.IsEmpty)
        {
            // "z 84": the empty protocol, no aliases.
            return true;
        }

        if (content[0] != '/')
        {
            line.Error = ServicesLineError.UnexpectedCharacterAfterPort;
            return true;
        }

        int protoStart = content.IndexOfAnyExcept('/');
        if (protoStart < 0)
        {
            return true;
        }

        content = content[protoStart..];
        int protoEnd = content.IndexOfAny(ServicesSyntax.Whitespace);
        if (protoEnd < 0)
        {
            line.Protocol = content;
            return true;
        }

        line.Protocol = content[..protoEnd];
        line.AliasText = content[(protoEnd + 1)..];
        return true;
    }
}
