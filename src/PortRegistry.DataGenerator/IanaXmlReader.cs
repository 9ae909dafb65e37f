using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Ports.DataGenerator;

/// <summary>
/// Reads the IANA Service Name and Transport Protocol Port Number Registry in its XML form
/// (<c>service-names-port-numbers.xml</c>) into an <see cref="IanaDocument"/>.
/// </summary>
/// <remarks>
/// The root must be a <c>&lt;registry&gt;</c> element; its child elements are looked up in the root's own namespace
/// (IANA uses <c>http://www.iana.org/assignments</c>). Only the <c>&lt;record&gt;</c> children of the root are read.
/// </remarks>
internal static class IanaXmlReader
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Reads a registry from XML text.</summary>
    /// <param name="reader">The XML text.</param>
    /// <returns>The registry's date and records.</returns>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    /// <exception cref="InvalidDataException">The XML is not an IANA registry with a valid top-level <c>&lt;updated&gt;</c> date.</exception>
    public static IanaDocument Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using XmlReader xml = XmlReader.Create(reader, Settings);
        return Read(XDocument.Load(xml));
    }

    /// <summary>Reads a registry from an XML stream, honouring the encoding that the XML declares.</summary>
    /// <param name="stream">The XML bytes.</param>
    /// <returns>The registry's date and records.</returns>
    /// <exception cref="XmlException">The stream is not well-formed XML.</exception>
    /// <exception cref="InvalidDataException">The XML is not an IANA registry with a valid top-level <c>&lt;updated&gt;</c> date.</exception>
    public static IanaDocument Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using XmlReader xml = XmlReader.Create(stream, Settings);
        return Read(XDocument.Load(xml));
    }

    /// <summary>Reads a registry from a loaded XML document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The registry's date and records.</returns>
    /// <exception cref="InvalidDataException">The XML is not an IANA registry with a valid top-level <c>&lt;updated&gt;</c> date.</exception>
    public static IanaDocument Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        XElement root = document.Root ?? throw new InvalidDataException("The XML document has no root element.");
        if (root.Name.LocalName != "registry")
        {
            throw new InvalidDataException($"The root element is <{root.Name.LocalName}>, not <registry>: this is not an IANA registry.");
        }

        XNamespace ns = root.Name.Namespace;
        DateOnly updated = ReadUpdated(root.Element(ns + "updated"));
        List<IanaRecord> records = [];
        foreach (XElement record in root.Elements(ns + "record"))
        {
            records.Add(new IanaRecord(
                TrimmedOrNull(record.Element(ns + "name")),
                TrimmedOrNull(record.Element(ns + "protocol")),
                TrimmedOrNull(record.Element(ns + "number")),
                RenderDescription(record.Element(ns + "description"))));
        }

        return new IanaDocument(updated, records);
    }

    /// <summary>Turns a <c>&lt;description&gt;</c> element into plain text.</summary>
    /// <param name="description">The element, or <see langword="null"/>.</param>
    /// <returns>
    /// The text: text and CDATA kept as is, <c>&lt;br/&gt;</c> as a line break, <c>&lt;xref data="X"/&gt;</c> as <c>[X]</c>
    /// (<c>[RFC1234]</c> for an RFC, as IANA writes it), any other element as its text; empty for <see langword="null"/>.
    /// </returns>
    internal static string RenderDescription(XElement? description)
    {
        if (description is null)
        {
            return string.Empty;
        }

        StringBuilder text = new();
        AppendNodes(text, description);
        return text.ToString();
    }

    private static void AppendNodes(StringBuilder text, XElement parent)
    {
        foreach (XNode node in parent.Nodes())
        {
            switch (node)
            {
                case XText part:
                    text.Append(part.Value);
                    break;
                case XElement { Name.LocalName: "br" }:
                    text.Append('\n');
                    break;
                case XElement { Name.LocalName: "xref" } xref:
                    AppendXref(text, xref);
                    break;
                case XElement other:
                    AppendNodes(text, other);
                    break;
                default:
                    break;
            }
        }
    }

    private static void AppendXref(StringBuilder text, XElement xref)
    {
        string data = ((string?)xref.Attribute("data"))?.Trim() ?? string.Empty;
        if (data.Length == 0)
        {
            text.Append(xref.Value);
            return;
        }

        bool isRfc = string.Equals((string?)xref.Attribute("type"), "rfc", StringComparison.Ordinal);
        text.Append('[').Append(isRfc ? data.ToUpperInvariant() : data).Append(']');
    }

    private static DateOnly ReadUpdated(XElement? updated)
    {
        if (updated is null)
        {
            throw new InvalidDataException("The registry has no top-level <updated> element, so the data version is unknown.");
        }

        string value = updated.Value.Trim();
        if (!DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw new InvalidDataException($"The registry's <updated> element holds '{value}', not a date in the form {DateFormat}.");
        }

        return date;
    }

    private static string? TrimmedOrNull(XElement? element)
    {
        string? value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
