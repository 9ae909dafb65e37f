using System.Buffers;
using System.Globalization;
using System.Text;

namespace Ports.Cli.Output;

/// <summary>
/// Makes text from untrusted data safe to write to a terminal, as <c>ls</c> and <c>systemd</c> do: control characters
/// (C0, DEL, C1), the invisible characters that reorder text (bidirectional controls) and bytes that were not valid
/// UTF-8 in a services file are written as visible escapes (<c>\x1b</c>, <c>\u009b</c>, <c>\u202e</c>, <c>\xff</c>);
/// a backslash is doubled so that an escape cannot be forged. Everything else, Japanese included, is left as it is.
/// </summary>
internal static class TerminalText
{
    /// <summary>Returns the text with everything a terminal would act on, or that is not text, escaped.</summary>
    /// <param name="text">Text from a services file, the kernel or a process name.</param>
    /// <returns>The text to print: valid UTF-16 without control characters.</returns>
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        // Go through the bytes the text stands for, so that an invalid byte of the file shows as that byte.
        ReadOnlySpan<byte> bytes = ServicesText.GetBytes(text);
        var escaped = new StringBuilder(text.Length + 16);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out Rune rune, out int consumed) != OperationStatus.Done)
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{bytes[0]:x2}");
                bytes = bytes[1..];
                continue;
            }

            if (rune.Value == '\\')
            {
                escaped.Append(@"\\");
            }
            else if (rune.Value < 0x80 && IsUnsafe(rune.Value))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
            }
            else if (IsUnsafe(rune.Value))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
            }
            else
            {
                escaped.Append(rune.ToString());
            }

            bytes = bytes[consumed..];
        }

        return escaped.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (char c in text)
        {
            if (c == '\\' || char.IsSurrogate(c) || IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    // C0 controls, DEL, C1 controls (U+009B is a one-character CSI on some terminals), and the bidirectional controls
    // that can make text display in another order than it is stored ("Trojan Source").
    private static bool IsUnsafe(int c)
        => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
