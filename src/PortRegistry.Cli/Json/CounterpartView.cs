using System.Text.Json;

namespace Ports.Cli.Json;

/// <summary>The plain or TLS counterpart of a service, as <c>lookup</c> shows it.</summary>
/// <param name="Name">The counterpart's IANA name, such as <c>http</c>.</param>
/// <param name="Port">Its port, such as 80.</param>
/// <param name="Tls">Whether the counterpart is the TLS half of the pair.</param>
internal sealed record CounterpartView(string Name, int Port, bool Tls)
{
    /// <summary>Writes the counterpart as a JSON object: <c>name</c>, <c>port</c> and <c>tls</c>.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteNumber("port", Port);
        writer.WriteBoolean("tls", Tls);
        writer.WriteEndObject();
    }
}
