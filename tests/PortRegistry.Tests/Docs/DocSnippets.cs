using System.Text.RegularExpressions;

namespace Ports.Tests.Docs;

/// <summary>
/// Reads the two sides of the docs' code samples: the regions of the samples project
/// (<c>// begin-snippet: NAME</c> ... <c>// end-snippet</c>) and the fenced blocks of Markdown files, each C# block
/// preceded by the line <c>&lt;!-- snippet: NAME --&gt;</c>.
/// </summary>
internal static partial class DocSnippets
{
    /// <summary>Reads every region of the C# files under <paramref name="directory"/> (bin and obj left out).</summary>
    /// <param name="directory">The samples project folder.</param>
    /// <param name="root">The folder locations are given relative to.</param>
    /// <returns>The regions by name.</returns>
    /// <exception cref="InvalidDataException">A region is not closed, nested, or named twice.</exception>
    public static Dictionary<string, SnippetRegion> ReadAllRegions(string directory, string root)
    {
        var regions = new Dictionary<string, SnippetRegion>(StringComparer.Ordinal);
        IEnumerable<string> files = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(directory, f)))
            .Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            foreach (SnippetRegion region in ReadRegions(File.ReadAllText(file), Path.GetRelativePath(root, file)))
            {
                if (!regions.TryAdd(region.Name, region))
                {
                    throw new InvalidDataException($"{region.Location}: the snippet '{region.Name}' is also defined at {regions[region.Name].Location}.");
                }
            }
        }

        return regions;
    }

    /// <summary>Reads the regions of one C# source.</summary>
    /// <param name="source">The source text.</param>
    /// <param name="file">The file's name, for locations.</param>
    /// <returns>The regions in source order.</returns>
    /// <exception cref="InvalidDataException">A region is not closed, nested, or an end has no beginning.</exception>
    public static List<SnippetRegion> ReadRegions(string source, string file)
    {
        var regions = new List<SnippetRegion>();
        string[] lines = SplitLines(source);
        string? name = null;
        int start = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            Match begin = BeginRegex().Match(lines[i]);
            if (begin.Success)
            {
                if (name is not null)
                {
                    throw new InvalidDataException($"{file}:{i + 1}: a snippet begins inside the snippet '{name}' (line {start}).");
                }

                name = begin.Groups["name"].Value;
                start = i + 1;
            }
            else if (EndRegex().IsMatch(lines[i]))
            {
                if (name is null)
                {
                    throw new InvalidDataException($"{file}:{i + 1}: an end-snippet without a begin-snippet.");
                }

                regions.Add(new SnippetRegion(name, Dedent(lines[start..i]), $"{file}:{start}"));
                name = null;
            }
        }

        if (name is not null)
        {
            throw new InvalidDataException($"{file}:{start}: the snippet '{name}' has no end-snippet.");
        }

        return regions;
    }

    /// <summary>Reads the fenced code blocks of a Markdown text, with the snippet name marked before each.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="file">The file's name, for locations.</param>
    /// <returns>The blocks in order.</returns>
    /// <exception cref="InvalidDataException">A fence is not closed, or a snippet marker is not followed by a code block.</exception>
    public static List<DocCodeBlock> ReadCodeBlocks(string markdown, string file)
    {
        var blocks = new List<DocCodeBlock>();
        string[] lines = SplitLines(markdown);
        string? pendingName = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            Match marker = MarkerRegex().Match(line);
            if (marker.Success)
            {
                ThrowIfPending(pendingName, pendingLine, file);
                pendingName = marker.Groups["name"].Value;
                pendingLine = i + 1;
                continue;
            }

            Match fence = FenceRegex().Match(line);
            if (!fence.Success)
            {
                if (line.Trim().Length > 0)
                {
                    ThrowIfPending(pendingName, pendingLine, file);
                }

                continue;
            }

            string indent = fence.Groups["indent"].Value;
            string ticks = fence.Groups["fence"].Value;
            int close = Array.FindIndex(lines, i + 1, l => l.StartsWith(indent + ticks, StringComparison.Ordinal) && l.Trim() == ticks);
            if (close < 0)
            {
                throw new InvalidDataException($"{file}:{i + 1}: the code block is never closed.");
            }

            string[] body = [.. lines[(i + 1)..close].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart())];
            blocks.Add(new DocCodeBlock(fence.Groups["lang"].Value, pendingName, string.Join('\n', body), $"{file}:{i + 1}", indent, i + 1, close));
            pendingName = null;
            i = close;
        }

        ThrowIfPending(pendingName, pendingLine, file);
        return blocks;
    }

    /// <summary>Lists the mismatches between a Markdown file's code blocks and the sample regions.</summary>
    /// <param name="blocks">The file's code blocks.</param>
    /// <param name="regions">The sample regions by name.</param>
    /// <param name="requireSnippets">Whether every C# block must be a snippet (docs/), or only marked ones are checked (README.md).</param>
    /// <returns>One message per problem; empty when the file agrees with the samples.</returns>
    public static List<string> FindProblems(IEnumerable<DocCodeBlock> blocks, IReadOnlyDictionary<string, SnippetRegion> regions, bool requireSnippets)
    {
        var problems = new List<string>();
        foreach (DocCodeBlock block in blocks)
        {
            if (block.SnippetName is null)
            {
                if (block.IsCSharp && requireSnippets)
                {
                    problems.Add($"{block.Location}: a C# block without a snippet marker. Move the code into a region of tests/PortRegistry.Samples "
                        + "(// begin-snippet: NAME ... // end-snippet) and put <!-- snippet: NAME --> on the line before the block.");
                }

                continue;
            }

            if (!block.IsCSharp)
            {
                problems.Add($"{block.Location}: the snippet '{block.SnippetName}' is marked on a '{block.Language}' block; snippets are ```csharp blocks.");
            }
            else if (!regions.TryGetValue(block.SnippetName, out SnippetRegion? region))
            {
                problems.Add($"{block.Location}: no region of tests/PortRegistry.Samples is named '{block.SnippetName}'.");
            }
            else if (block.Text != region.Text)
            {
                problems.Add($"{block.Location}: the block differs from the snippet '{region.Name}' at {region.Location}. It should read:\n{region.Text}");
            }
        }

        return problems;
    }

    /// <summary>
    /// Lists the C# blocks that equal no region, for Markdown that cannot carry markers (a package README, which the
    /// NuGet gallery renders without HTML comments).
    /// </summary>
    /// <param name="blocks">The file's code blocks.</param>
    /// <param name="regions">The sample regions by name.</param>
    /// <returns>One message per C# block that is not a copy of a region.</returns>
    public static List<string> FindBlocksMatchingNoRegion(IEnumerable<DocCodeBlock> blocks, IReadOnlyDictionary<string, SnippetRegion> regions)
        => [.. blocks
            .Where(b => b.IsCSharp && !regions.Values.Any(r => r.Text == b.Text))
            .Select(b => $"{b.Location}: the C# block is not a copy of any region of tests/PortRegistry.Samples; copy it from one.")];

    /// <summary>Rewrites each marked C# block of a Markdown text with the text of its region.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="file">The file's name, for errors.</param>
    /// <param name="regions">The sample regions by name.</param>
    /// <returns>The Markdown text with the blocks replaced; blocks whose region is unknown are left as they are.</returns>
    public static string UpdateBlocks(string markdown, string file, IReadOnlyDictionary<string, SnippetRegion> regions)
    {
        var lines = new List<string>(SplitLines(markdown));
        List<DocCodeBlock> blocks = ReadCodeBlocks(markdown, file);
        for (int b = blocks.Count - 1; b >= 0; b--)
        {
            DocCodeBlock block = blocks[b];
            if (block.IsCSharp && block.SnippetName is { } name && regions.TryGetValue(name, out SnippetRegion? region))
            {
                lines.RemoveRange(block.BodyStart, block.BodyEnd - block.BodyStart);
                lines.InsertRange(block.BodyStart, SplitLines(region.Text).Select(l => l.Length == 0 ? l : block.Indent + l));
            }
        }

        return string.Join('\n', lines);
    }

    private static void ThrowIfPending(string? pendingName, int pendingLine, string file)
    {
        if (pendingName is not null)
        {
            throw new InvalidDataException($"{file}:{pendingLine}: the snippet marker '{pendingName}' is not followed by a code block.");
        }
    }

    private static bool IsBuildOutput(string relativePath)
    {
        string first = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static string Dedent(string[] lines)
    {
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Trim().Length == 0 ? string.Empty : l[indent..].TrimEnd()));
    }

    [GeneratedRegex(@"^\s*// begin-snippet: (?<name>[A-Za-z0-9_.-]+)\s*$")]
    private static partial Regex BeginRegex();

    [GeneratedRegex(@"^\s*// end-snippet\s*$")]
    private static partial Regex EndRegex();

    [GeneratedRegex(@"^\s*<!-- snippet: (?<name>[A-Za-z0-9_.-]+) -->\s*$")]
    private static partial Regex MarkerRegex();

    [GeneratedRegex(@"^(?<indent>\s*)(?<fence>```+)\s*(?<lang>[^\s`]*)")]
    private static partial Regex FenceRegex();
}
