using Ports.Tests.Infrastructure;

namespace Ports.Tests.Docs;

/// <summary>
/// Keeps the docs' C# samples compiling: every ```csharp block in docs/ is a copy of a region of
/// tests/PortRegistry.Samples, which the build compiles and <see cref="SamplesTests"/> runs.
/// </summary>
public sealed class DocsSnippetTests
{
    /// <summary>Set to 1, the docs tests rewrite each marked block with its region instead of only comparing them.</summary>
    public const string UpdateVariable = "PORTREGISTRY_UPDATE_SNIPPETS";

    private const string UpdateHint =
        $"\n\nTo copy the samples into the docs: {UpdateVariable}=1 dotnet test tests/PortRegistry.Tests --filter FullyQualifiedName~DocsSnippetTests";

    private static readonly string s_samples = Path.Combine(TestPaths.RepoRoot, "tests", "PortRegistry.Samples");

    public static TheoryData<string> DocFiles()
    {
        var files = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(TestPaths.RepoRoot, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(DocFiles))]
    public void CodeBlocks_InDocs_AreSnippetsEqualToTheSamples(string file)
    {
        Dictionary<string, SnippetRegion> regions = DocSnippets.ReadAllRegions(s_samples, TestPaths.RepoRoot);
        string path = Path.Combine(TestPaths.RepoRoot, file);
        UpdateIfAsked(path, file, regions);
        List<DocCodeBlock> blocks = DocSnippets.ReadCodeBlocks(File.ReadAllText(path), file);

        List<string> problems = DocSnippets.FindProblems(blocks, regions, requireSnippets: true);

        Assert.True(problems.Count == 0, string.Join("\n\n", problems) + UpdateHint);
    }

    [Fact]
    public void CodeBlocks_InReadme_MarkedOnesEqualTheSamples()
    {
        string readme = Path.Combine(TestPaths.RepoRoot, "README.md");
        if (!File.Exists(readme))
        {
            Assert.Skip("The repository has no README.md.");
        }

        Dictionary<string, SnippetRegion> regions = DocSnippets.ReadAllRegions(s_samples, TestPaths.RepoRoot);
        UpdateIfAsked(readme, "README.md", regions);
        List<DocCodeBlock> blocks = DocSnippets.ReadCodeBlocks(File.ReadAllText(readme), "README.md");

        List<string> problems = DocSnippets.FindProblems(blocks, regions, requireSnippets: false);

        Assert.True(problems.Count == 0, string.Join("\n\n", problems) + UpdateHint);
    }

    [Fact]
    public void CodeBlocks_InThePackageReadme_AreCopiesOfSamples()
    {
        const string file = "src/PortRegistry/PACKAGE.md";
        Dictionary<string, SnippetRegion> regions = DocSnippets.ReadAllRegions(s_samples, TestPaths.RepoRoot);
        List<DocCodeBlock> blocks = DocSnippets.ReadCodeBlocks(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)), file);

        List<string> problems = DocSnippets.FindBlocksMatchingNoRegion(blocks, regions);

        Assert.Contains(blocks, b => b.IsCSharp);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void FindBlocksMatchingNoRegion_CopyAndOther_ReportsTheOther()
    {
        var regions = new Dictionary<string, SnippetRegion>(StringComparer.Ordinal) { ["s"] = new("s", "x();", "S.cs:1") };
        DocCodeBlock[] blocks = [new("csharp", null, "x();", "d.md:1", string.Empty, 1, 2), new("csharp", null, "y();", "d.md:5", string.Empty, 5, 6)];

        string problem = Assert.Single(DocSnippets.FindBlocksMatchingNoRegion(blocks, regions));

        Assert.StartsWith("d.md:5: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_InSamples_AreEachShownInTheDocs()
    {
        Dictionary<string, SnippetRegion> regions = DocSnippets.ReadAllRegions(s_samples, TestPaths.RepoRoot);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in DocFiles().Select(row => row.Data).Append("README.md"))
        {
            string path = Path.Combine(TestPaths.RepoRoot, file);
            if (File.Exists(path))
            {
                used.UnionWith(DocSnippets.ReadCodeBlocks(File.ReadAllText(path), file).Select(b => b.SnippetName).OfType<string>());
            }
        }

        string[] unused = [.. regions.Values.Where(r => !used.Contains(r.Name)).Select(r => $"{r.Location}: '{r.Name}'")];

        Assert.True(unused.Length == 0, "Sample regions no doc shows (remove them or show them):\n" + string.Join('\n', unused));
    }

    [Fact]
    public void UpdateBlocks_ChangedIndentedBlock_TakesTheRegionsText()
    {
        var regions = new Dictionary<string, SnippetRegion>(StringComparer.Ordinal) { ["s"] = new("s", "a();\n\n    b();", "S.cs:1") };
        const string markdown = "1. Step\n\n   <!-- snippet: s -->\n   ```csharp\n   old();\n   ```\n\n<!-- snippet: unknown -->\n```csharp\nkept();\n```\n";

        string updated = DocSnippets.UpdateBlocks(markdown, "d.md", regions);

        Assert.Equal("1. Step\n\n   <!-- snippet: s -->\n   ```csharp\n   a();\n\n       b();\n   ```\n\n<!-- snippet: unknown -->\n```csharp\nkept();\n```\n", updated);
        Assert.Equal("a();\n\n    b();", DocSnippets.ReadCodeBlocks(updated, "d.md")[0].Text);
    }

    [Fact]
    public void ReadRegions_IndentedRegion_RemovesCommonIndentation()
    {
        const string source = "class C\n{\n    void M()\n    {\n        // begin-snippet: s\n        if (x)\n        {\n\n            y();\n        }\n        // end-snippet\n    }\n}\n";

        SnippetRegion region = Assert.Single(DocSnippets.ReadRegions(source, "C.cs"));

        Assert.Equal("s", region.Name);
        Assert.Equal("if (x)\n{\n\n    y();\n}", region.Text);
        Assert.Equal("C.cs:5", region.Location);
    }

    [Theory]
    [InlineData("// begin-snippet: a\nx();\n", "C.cs:1: the snippet 'a' has no end-snippet.")]
    [InlineData("// begin-snippet: a\n// begin-snippet: b\n// end-snippet\n", "C.cs:2: a snippet begins inside the snippet 'a' (line 1).")]
    [InlineData("x();\n// end-snippet\n", "C.cs:2: an end-snippet without a begin-snippet.")]
    public void ReadRegions_BrokenMarkers_Throws(string source, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => DocSnippets.ReadRegions(source, "C.cs"));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void ReadCodeBlocks_MarkedAndUnmarkedBlocks_ReadsBoth()
    {
        const string markdown = "# T\n\n<!-- snippet: s -->\n\n```csharp\nx();\n```\n\nText.\n\n```bash\nls\n```\n";

        List<DocCodeBlock> blocks = DocSnippets.ReadCodeBlocks(markdown, "d.md");

        Assert.Equal(2, blocks.Count);
        Assert.Equal(new DocCodeBlock("csharp", "s", "x();", "d.md:5", string.Empty, 5, 6), blocks[0]);
        Assert.Equal(new DocCodeBlock("bash", null, "ls", "d.md:11", string.Empty, 11, 12), blocks[1]);
    }

    [Theory]
    [InlineData("<!-- snippet: s -->\nSome text.\n```csharp\nx();\n```\n", "d.md:1: the snippet marker 's' is not followed by a code block.")]
    [InlineData("```csharp\nx();\n", "d.md:1: the code block is never closed.")]
    public void ReadCodeBlocks_BrokenMarkdown_Throws(string markdown, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => DocSnippets.ReadCodeBlocks(markdown, "d.md"));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void FindProblems_UnmarkedChangedAndUnknownBlocks_ReportsEach()
    {
        var regions = new Dictionary<string, SnippetRegion>(StringComparer.Ordinal)
        {
            ["same"] = new("same", "x();", "S.cs:1"),
            ["changed"] = new("changed", "y();", "S.cs:5"),
        };
        DocCodeBlock[] blocks =
        [
            new("csharp", "same", "x();", "d.md:1", string.Empty, 1, 2),
            new("csharp", "changed", "y(1);", "d.md:5", string.Empty, 5, 6),
            new("csharp", "missing", "z();", "d.md:9", string.Empty, 9, 10),
            new("csharp", null, "w();", "d.md:13", string.Empty, 13, 14),
            new("bash", null, "ls", "d.md:17", string.Empty, 17, 18),
        ];

        List<string> strict = DocSnippets.FindProblems(blocks, regions, requireSnippets: true);
        List<string> lenient = DocSnippets.FindProblems(blocks, regions, requireSnippets: false);

        Assert.Collection(
            strict,
            p => Assert.StartsWith("d.md:5: the block differs from the snippet 'changed' at S.cs:5. It should read:\ny();", p, StringComparison.Ordinal),
            p => Assert.Equal("d.md:9: no region of tests/PortRegistry.Samples is named 'missing'.", p),
            p => Assert.StartsWith("d.md:13: a C# block without a snippet marker.", p, StringComparison.Ordinal));
        Assert.Equal(strict.Take(2), lenient);
    }

    private static void UpdateIfAsked(string path, string file, IReadOnlyDictionary<string, SnippetRegion> regions)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            string markdown = File.ReadAllText(path);
            string updated = DocSnippets.UpdateBlocks(markdown, file, regions);
            if (updated != markdown)
            {
                File.WriteAllText(path, updated);
            }
        }
    }
}
