using System.Text;
using CsCheck;

namespace Ports.Tests.Reliability;

/// <summary>
/// The short, CI-sized cousin of the fuzzer (tests/PortRegistry.Fuzz): CsCheck generates inputs and
/// <see cref="ParserInvariants"/> checks each one. Arbitrary text and bytes never throw out of
/// <see cref="PortRegistry.Parse(string)"/>, and a registry's entries formatted as services(5) text parse back into the
/// same entries. A failure prints CsCheck's seed; pass it as <c>seed:</c> to <c>Sample</c> to replay it.
/// </summary>
public sealed class ParserPropertyTests
{
    private const long Iterations = 3000;

    private static readonly System.Buffers.SearchValues<char> s_breakers = System.Buffers.SearchValues.Create(" \t\n\v\f\r#\0");

    /// <summary>Characters that matter to the grammar, often; any UTF-16 unit (lone surrogates included), sometimes.</summary>
    private static readonly Gen<char> s_char = Gen.Frequency(
        (8, Gen.Char["abcHTTPé0123456789 /#\t\n"]),
        (3, Gen.Char[" \v\f\r\0+-xX0\u00a0\u0085"]),
        (1, Gen.Char));

    private static readonly Gen<string> s_token = Gen.OneOf(
        Gen.OneOf("http", "www", "HTTP", "tcp", "udp", "TCP", "", "0x50", "0130", "080", "-0", "+89", "99999", "4294967295",
            "4294967296", "-18446744073709551615", "-1", "93//tcp", "83/", "84", "/", "//", "#", "#c", "\0", "café", "-x", "a/b"),
        s_char.Array[1, 6].Select(chars => new string(chars)));

    private static readonly Gen<string> s_separator = Gen.OneOf(" ", "\t", "  ", "\v", "\f", "\r", " \r", "\n", "\r\n", "/", "");

    [Fact]
    public void Parse_ArbitraryText_NeverThrowsAndKeepsInvariants()
        => s_char.Array[0, 400].Select(chars => new string(chars))
            .Sample(text => ParserInvariants.Check(PortRegistry.Parse(text), text.Length), iter: Iterations);

    [Fact]
    public void Parse_ArbitraryBytes_NeverThrowsAndKeepsInvariants()
        => Gen.Frequency((3, Gen.Byte[0x00, 0x7F]), (1, Gen.Byte)).Array[0, 600]
            .Sample(bytes => ParserInvariants.CheckBytesAndChars(bytes), iter: Iterations);

    [Fact]
    public void Parse_GrammarTokensInAnyOrder_NeverThrowsAndKeepsInvariants()
        => Gen.Select(s_token, s_separator).Array[0, 120]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)))
            .Sample(text => ParserInvariants.Check(PortRegistry.Parse(text), text.Length), iter: Iterations);

    [Fact]
    public void Parse_GeneratedServicesFiles_KeepInvariants()
        => Gen.Int[0, int.MaxValue]
            .Sample(seed => ParserInvariants.CheckBytesAndChars(ServicesFileGenerator.Generate(seed)), iter: 100);

    [Fact]
    public void ToString_EntriesOfAnyRegistry_ParseBackToTheSameEntries()
    {
        Gen<string> name = Gen.Frequency(
            (4, Gen.OneOf("http", "www", "ssh", "kerberos", "x11", "café", "日本", "-x", "123", "a/b", "\uDCFF", "n\uDCC3\uDCA9", "😀")),
            (1, Gen.Char.Array[1, 8].Select(chars => new string(chars)).Where(s => s.AsSpan().IndexOfAny(s_breakers) < 0)));
        Gen<string?> description = Gen.Frequency(
            (2, Gen.Const<string?>((string?)null)),
            (3, s_char.Array[0, 40].Select(chars => (string?)new string(chars).Replace('\n', ' ').Replace('\0', ' '))));
        Gen<PortEntry> entry = Gen.Select(name, Gen.Int[0, 65535], Gen.OneOf("tcp", "udp", "sctp", "dccp", "", "TCP", "tcp/udp"), name.Array[0, 5], description)
            .Select((n, port, protocol, aliases, text) => new PortEntry(n, port, protocol, aliases, text));

        // A registry of the application's own entries over an empty services file: format them and read them back.
        using var dir = new Infrastructure.TempDirectory();
        string empty = dir.WriteFile("services", string.Empty);
        entry.Array[0, 60].Sample(
            entries =>
            {
                var options = new PortRegistryOptions { FilePath = empty, Source = PortDataSource.SystemOnly };
                foreach (PortEntry e in entries)
                {
                    options.Entries.Add(e.ToString());
                }

                PortRegistry registry = PortRegistry.Create(options);
                var text = new StringBuilder();
                foreach (PortEntry e in registry.Entries)
                {
                    text.Append(e).Append('\n');
                }

                PortRegistry again = PortRegistry.Parse(text.ToString());
                Assert.Empty(again.Diagnostics);
                Assert.Equal(registry.Entries, again.Entries);
            },
            iter: Iterations);
    }

    [Fact]
    public void Check_EmbeddedRegistry_KeepsInvariants()
        => ParserInvariants.Check(PortRegistry.Embedded, int.MaxValue);

    [Theory]
    [MemberData(nameof(Infrastructure.ServicesCorpus.SharedFileNames), MemberType = typeof(Infrastructure.ServicesCorpus))]
    public void Check_SharedCorpusFile_KeepsInvariants(string fileName)
        => ParserInvariants.CheckBytesAndChars(File.ReadAllBytes(Infrastructure.ServicesCorpus.RequireShared(fileName)));
}
