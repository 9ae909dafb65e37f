using System.Text.Json;

namespace Ports.Cli.Json;

/// <summary>What <c>lookup</c> found for one key.</summary>
/// <param name="Key">The key as typed.</param>
/// <param name="Entries">The entries; empty when the key matched nothing.</param>
internal sealed record LookupResult(string Key, IReadOnlyList<ServiceView> Entries)
{
    /// <summary>Writes the result as a JSON object: <c>key</c> and <c>entries</c>.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("key", Key);
        writer.WriteStartArray("entries");
        foreach (ServiceView entry in Entries)
        {
            entry.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
