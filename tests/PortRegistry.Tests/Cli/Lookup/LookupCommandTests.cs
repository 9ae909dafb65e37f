using System.Text.Json;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Lookup;

/// <summary><c>portreg lookup</c> run as a process, its text kept as reviewed snapshots.</summary>
public sealed class LookupCommandTests
{
    private static readonly string[] s_representativePorts =
        ["20", "21", "22", "23", "25", "53", "80", "110", "123", "139", "143", "161", "162", "389", "443", "465", "514", "636", "993", "995"];

    [Fact]
    public void Lookup_RepresentativeServicesInEnglish_Snapshot()
        => Snapshot.Verify(Render(PortregTool.Run(["--embedded", "--lang", "en", "lookup", .. s_representativePorts])));

    [Fact]
    public void Lookup_RepresentativeServicesInJapanese_Snapshot()
        => Snapshot.Verify(Render(PortregTool.Run(["--embedded", "--lang", "ja", "lookup", .. s_representativePorts])));

    [Fact]
    public void Lookup_KeyForms_Snapshot()
        => Snapshot.Verify(Render(PortregTool.Run(
            "--embedded", "--lang", "en", "lookup", "https/tcp", "443/udp", "IMAPS", "domain-s", "6514/dccp", "x11/tcp", "no-such-service", "65535/tcp")));

    [Fact]
    public void Lookup_Json_Parses()
    {
        PortregResult result = PortregTool.Run("--embedded", "--lang", "ja", "lookup", "--json", "465/tcp", "nosuch");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("portreg: nosuch: no such port or service\n", result.Error.ReplaceLineEndings("\n"));
        using var json = JsonDocument.Parse(result.Output);
        JsonElement[] keys = [.. json.RootElement.EnumerateArray()];
        Assert.Equal(["465/tcp", "nosuch"], keys.Select(k => k.GetProperty("key").GetString()));
        JsonElement entry = Assert.Single(keys[0].GetProperty("entries").EnumerateArray());
        Assert.Equal("urd", entry.GetProperty("name").GetString());
        Assert.Equal(465, entry.GetProperty("port").GetInt32());
        Assert.Equal("tcp", entry.GetProperty("protocol").GetString());
        Assert.Equal(["submissions"], entry.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("well-known", entry.GetProperty("class").GetString());
        Assert.True(entry.GetProperty("tls").GetBoolean());
        Assert.Equal("smtp", entry.GetProperty("counterpart").GetProperty("name").GetString());
        Assert.Equal(25, entry.GetProperty("counterpart").GetProperty("port").GetInt32());
        Assert.False(entry.GetProperty("counterpart").GetProperty("tls").GetBoolean());
        Assert.Equal("SSL/TLSによるSMTP接続", entry.GetProperty("description").GetString());
        Assert.Equal("URL Rendezvous Directory for SSM", entry.GetProperty("comment").GetString());
        Assert.Empty(keys[1].GetProperty("entries").EnumerateArray());
        Assert.Contains("SSL/TLSによるSMTP接続", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_NoLanguageOption_FollowsTheUICulture()
    {
        try
        {
            System.Globalization.CultureInfo.GetCultureInfo("ja-JP");
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            Assert.Skip(".NET runs without ICU here (globalization-invariant mode), so LANG cannot choose Japanese.");
        }

        var japanese = new Dictionary<string, string?> { ["LC_ALL"] = null, ["LANG"] = "ja_JP.UTF-8" };

        PortregResult result = PortregTool.Run(["--embedded", "lookup", "80/tcp"], japanese);
        PortregResult english = PortregTool.Run(["--embedded", "lookup", "80/tcp", "--lang", "en"], japanese);

        Assert.Contains("description:  ウェブ通信\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("description:  Web traffic (HTTP)\n", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_JapaneseWithoutIcu_StillJapanese()
    {
        var invariant = new Dictionary<string, string?> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

        PortregResult result = PortregTool.Run(["--embedded", "--lang", "ja", "lookup", "80/tcp"], invariant);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("description:  ウェブ通信\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_File_UsesItsEntries()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("app.services", "billing-api 8081/tcp billing # Billing API\nhttps 443/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "--lang", "en", "lookup", "billing", "443");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            billing-api 8081/tcp
              aliases:      billing
              class:        registered (1024-49151)
              tls:          no
              description:  -
              comment:      Billing API

            https 443/tcp
              aliases:      -
              class:        well-known (0-1023)
              tls:          yes (plain counterpart: http 80)
              description:  HTTP over SSL/TLS (HTTPS)
              comment:      -

            """.ReplaceLineEndings("\n"),
            result.Text);
    }

    [Fact]
    public void Lookup_InvalidUtf8InFile_WrittenAsVisibleEscapes()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("bytes.services", [.. "caf"u8, 0xE9, .. " 4000/tcp\n"u8]);

        PortregResult result = PortregTool.Run("--file", file, "lookup", "4000");

        Assert.StartsWith(@"caf\xe9 4000/tcp" + "\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain((byte)0xE9, result.Output);
    }

    [Fact]
    public void Lookup_EscapeAndBellInNameAndComment_NeitherByteWritten()
    {
        using var temp = new TempDirectory();
        string file = temp.WriteFile("evil.services", "evil\u001b]0;pwned\u0007 1/tcp x\u001b[2J # title \u001b]0;x\u0007\n");

        PortregResult text = PortregTool.Run("--file", file, "lookup", "1");
        PortregResult json = PortregTool.Run("--file", file, "lookup", "1", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.DoesNotContain((byte)0x1B, text.Output);
        Assert.DoesNotContain((byte)0x07, text.Output);
        Assert.Equal(
            """
            evil\x1b]0;pwned\x07 1/tcp
              aliases:      x\x1b[2J
              class:        well-known (0-1023)
              tls:          no
              description:  -
              comment:      title \x1b]0;x\x07

            """.ReplaceLineEndings("\n"),
            text.Text);
        Assert.DoesNotContain((byte)0x1B, json.Output);
        Assert.DoesNotContain((byte)0x07, json.Output);
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        System.Text.Json.JsonElement entry = document.RootElement[0].GetProperty("entries")[0];
        Assert.Equal("evil\u001b]0;pwned\u0007", entry.GetProperty("name").GetString());
        Assert.Equal("title \u001b]0;x\u0007", entry.GetProperty("comment").GetString());
    }

    [Fact]
    public void Lookup_KeyWithEscape_ReportedEscaped()
    {
        PortregResult result = PortregTool.Run("--embedded", "lookup", "no\u001bsuch");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.Contains(@"portreg: no\x1bsuch: no such port or service", result.Error, StringComparison.Ordinal);
    }

    private static string Render(PortregResult result)
        => $"{result.Text}--- stderr\n{result.Error.ReplaceLineEndings("\n")}--- exit {result.ExitCode}\n";
}
