using System.Text;
using Ports.Assembling;
using Ports.Reading;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Assembling;

/// <summary>
/// A file is decoded a piece of whole lines at a time (a few thousand characters); these tests check that the pieces
/// give exactly what decoding the whole text at once gives: the same entries, the same skipped lines with the same
/// numbers, wherever the pieces happen to end.
/// </summary>
public sealed class EntryAssemblerTests
{
    [Fact]
    public void AddUtf8_TextOfManyDecodePieces_SameEntriesAndDiagnosticsAsWholeText()
    {
        byte[] body = BuildTrickyText();
        Assert.True(body.Length > 6 * 4096, "the text must span several pieces");

        // Shift every line by a prefix of 0 to 63 bytes, so that the pieces end at every kind of line and byte.
        for (int shift = 0; shift < 64; shift++)
        {
            byte[] utf8 = [.. Encoding.ASCII.GetBytes("#" + new string('p', shift) + "\n"), .. body];
            AssertSameAsWholeText(utf8);
        }
    }

    [Fact]
    public void AddUtf8_LineLongerThanADecodePiece_ReadWhole()
    {
        string longComment = string.Concat(Enumerable.Repeat("long comment \u00e9\u65e5 ", 2000));
        byte[] utf8 = Encoding.UTF8.GetBytes($"before 1/tcp\nlong 2/tcp a1 a2 # {longComment}\nafter 3/tcp\nbroken\n");

        AssembledEntries result = AssembleFile(utf8);

        Assert.Equal(["before", "long", "after"], result.Entries.Select(e => e.Name));
        Assert.Equal(longComment.Trim(), result.Entries[1].Description);
        Assert.Equal(["a1", "a2"], result.Entries[1].Aliases);
        ServicesDiagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(4, diagnostic.LineNumber);
        AssertSameAsWholeText(utf8);
    }

    [Fact]
    public void AddUtf8_RepositoryFiles_SameAsWholeText()
    {
        foreach (string file in Directory.GetFiles(TestPaths.TestData, "*.services"))
        {
            AssertSameAsWholeText(File.ReadAllBytes(file));
        }
    }

    [Theory]
    [MemberData(nameof(ServicesCorpus.SharedFileNames), MemberType = typeof(ServicesCorpus))]
    public void AddUtf8_SharedFile_SameAsWholeText(string name)
    {
        if (TestPaths.SharedServicesData is null)
        {
            Assert.Skip("../shared/data/services is not beside the repository.");
        }

        AssertSameAsWholeText(File.ReadAllBytes(ServicesCorpus.RequireShared(name)));
    }

    [Fact]
    public void AddUtf8_FileOfManyPieces_OneSourceStatusWithEveryEntry()
    {
        byte[] utf8 = BuildTrickyText();

        AssembledEntries result = AssembleFile(utf8);

        PortSourceStatus status = Assert.Single(result.Sources);
        Assert.Equal(result.Entries.Count, status.EntryCount);
        Assert.True(status.IsLoaded);
    }

    /// <summary>
    /// Lines of every kind the reader treats apart, repeated with lengths that vary: entries with aliases and comments
    /// in several scripts, skipped lines, blank and comment lines, NULs, bytes that are not UTF-8 (some just before a
    /// line feed), CRLF endings, and an indented last line without a line feed (glibc's shifted-tail quirk).
    /// </summary>
    private static byte[] BuildTrickyText()
    {
        var bytes = new List<byte>();
        void Add(string text) => bytes.AddRange(Encoding.UTF8.GetBytes(text));
        for (int i = 0; i < 1500; i++)
        {
            string pad = new('x', i % 37);
            switch (i % 11)
            {
                case 0:
                    Add($"svc{i}{pad} {i}/tcp alias{i} other{i} # comment {pad} \u65e5\u672c\u8a9e\n");
                    break;
                case 1:
                    Add($"overflow{i} {70000 + i}/tcp\n");
                    break;
                case 2:
                    Add($"# a comment line {pad}\n\n");
                    break;
                case 3:
                    Add($"bad{i} ");
                    bytes.AddRange([0xE2, 0x82]); // a sequence cut short by the line feed
                    Add($" {i}/udp #\u00e9{pad}");
                    bytes.Add(0xFF);
                    Add("\n");
                    break;
                case 4:
                    Add($"nul{i} {i}/tcp # before\0after {pad}\n");
                    break;
                case 5:
                    Add($"crlf{i} {i}/udp # windows line {pad}\r\n");
                    break;
                case 6:
                    Add($"  indented{i}\t{i}/sctp\tind{i}\n");
                    break;
                case 7:
                    Add($"noport{i}\n");
                    break;
                default:
                    Add($"plain{i} {i % 65536}/tcp\n");
                    break;
            }
        }

        Add("  last 9/tcp");
        return [.. bytes];
    }

    private static void AssertSameAsWholeText(byte[] utf8)
    {
        AssembledEntries pieces = AssembleFile(utf8);
        var whole = new EntryAssembler();
        whole.AddText(LosslessUtf8.GetString(utf8), PortSourceKind.File, "test.services");
        AssembledEntries expected = whole.Build();

        Assert.Equal(expected.Entries.Select(Describe), pieces.Entries.Select(Describe));
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), pieces.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected.Sources.Select(s => s.EntryCount), pieces.Sources.Select(s => s.EntryCount));
    }

    private static AssembledEntries AssembleFile(byte[] utf8)
    {
        var assembler = new EntryAssembler();
        assembler.AddUtf8(utf8, PortSourceKind.File, "test.services");
        return assembler.Build();
    }

    private static string Describe(PortEntry entry)
        => $"{entry.Name} {entry.Port}/{entry.Protocol} [{string.Join(",", entry.Aliases)}] #{entry.Description}";
}
