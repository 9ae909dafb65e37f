using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Ports.Cli.Json;

/// <summary>
/// The tool's <c>--json</c> output: indented, camelCase, and non-ASCII text (Japanese) left readable. Written with
/// <see cref="Utf8JsonWriter"/> property by property, without the serializer, whose options, converters and type
/// metadata would otherwise be compiled into the native tool and set up at every start.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Writes <c>lookup</c>'s results: an array, one object per key.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The UTF-8 JSON text, without a final line feed.</returns>
    public static ReadOnlyMemory<byte> Of(IReadOnlyList<LookupResult> results) => Write(results, static (writer, result) => result.WriteTo(writer));

    /// <summary>Writes <c>connections</c>' sockets: an array, one object per socket.</summary>
    /// <param name="connections">The sockets.</param>
    /// <returns>The UTF-8 JSON text, without a final line feed.</returns>
    public static ReadOnlyMemory<byte> Of(IReadOnlyList<ConnectionView> connections) => Write(connections, static (writer, connection) => connection.WriteTo(writer));

    /// <summary>Writes a property whose value is a number or <c>null</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static ReadOnlyMemory<byte> Write<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            writer.WriteStartArray();
            foreach (T item in items)
            {
                write(writer, item);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenMemory;
    }
}
