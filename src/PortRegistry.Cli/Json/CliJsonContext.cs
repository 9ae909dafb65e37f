using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Ports.Cli.Json;

/// <summary>Source-generated JSON for the tool's <c>--json</c> output: no reflection, so trimming and native AOT keep working.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(LookupResult[]))]
[JsonSerializable(typeof(ConnectionView[]))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context the tool writes with: indented, camelCase, and non-ASCII text (Japanese) left readable.</summary>
    public static CliJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
