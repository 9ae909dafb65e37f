using System.Globalization;
using System.Text.Json;
using Ports.Cli.Output;

namespace Ports.Cli.Json;

/// <summary>One entry as <c>lookup</c> shows it, in text or JSON.</summary>
/// <param name="Name">The entry's name.</param>
/// <param name="Port">The port.</param>
/// <param name="Protocol">The protocol.</param>
/// <param name="Aliases">The aliases.</param>
/// <param name="Class">The port class: <c>well-known</c>, <c>registered</c> or <c>dynamic</c>.</param>
/// <param name="Tls">Whether the service runs inside TLS.</param>
/// <param name="Counterpart">The plain or TLS counterpart, or <see langword="null"/>.</param>
/// <param name="Description">The curated description in the chosen language, or <see langword="null"/> for a service PortRegistry does not know.</param>
/// <param name="Comment">The entry's own description: IANA's, or the services file's comment; or <see langword="null"/>.</param>
internal sealed record ServiceView(
    string Name,
    int Port,
    string Protocol,
    IReadOnlyList<string> Aliases,
    string Class,
    bool Tls,
    CounterpartView? Counterpart,
    string? Description,
    string? Comment)
{
    /// <summary>Describes an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="culture">The language of the description.</param>
    /// <returns>The view.</returns>
    public static ServiceView Of(PortEntry entry, CultureInfo culture)
    {
        // The catalogue's service on the entry's port and protocol, or the one the entry is named after on its port
        // (IANA registers ssh on 22/udp too, where the catalogue has tcp only).
        CatalogService? known = ServiceCatalog.TryFind(entry.Port, entry.Protocol, out CatalogService? byPort) ? byPort
            : ServiceCatalog.TryFind(entry.Name, out CatalogService? byName) && byName.Port == entry.Port ? byName : null;
        CounterpartView? counterpart = known?.Counterpart is { } other ? new CounterpartView(other.Name, other.Port, other.IsTls) : null;
        return new ServiceView(
            entry.Name,
            entry.Port,
            entry.Protocol,
            entry.Aliases,
            Words.Of(entry.Class),
            known?.IsTls ?? ServiceCatalog.IsTls(entry.Port, entry.Protocol),
            counterpart,
            known?.GetSummary(culture),
            entry.Description);
    }

    /// <summary>Writes the entry as a JSON object, its properties in the order of the record's, camelCase.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteNumber("port", Port);
        writer.WriteString("protocol", Protocol);
        writer.WriteStartArray("aliases");
        foreach (string alias in Aliases)
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
        writer.WriteString("class", Class);
        writer.WriteBoolean("tls", Tls);
        if (Counterpart is { } counterpart)
        {
            writer.WritePropertyName("counterpart");
            counterpart.WriteTo(writer);
        }
        else
        {
            writer.WriteNull("counterpart");
        }

        writer.WriteString("description", Description);
        writer.WriteString("comment", Comment);
        writer.WriteEndObject();
    }
}
