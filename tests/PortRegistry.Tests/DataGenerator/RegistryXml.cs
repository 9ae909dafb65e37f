using System.Security;
using System.Text;

namespace Ports.Tests.DataGenerator;

/// <summary>Builds small IANA registry documents for the data generator tests.</summary>
internal static class RegistryXml
{
    /// <summary>The IANA assignments namespace.</summary>
    public const string Namespace = "http://www.iana.org/assignments";

    /// <summary>Wraps record elements in a registry with the given updated date.</summary>
    /// <param name="updated">The top-level updated date.</param>
    /// <param name="records">The record elements, as XML text.</param>
    /// <returns>The registry XML.</returns>
    public static string RegistryWithDate(string updated, params string[] records)
    {
        StringBuilder xml = new();
        xml.Append("<?xml version='1.0' encoding='UTF-8'?>\n");
        xml.Append("<registry xmlns=\"").Append(Namespace).Append("\" id=\"service-names-port-numbers\">\n");
        xml.Append("  <title>Service Name and Transport Protocol Port Number Registry</title>\n");
        xml.Append("  <updated>").Append(updated).Append("</updated>\n");
        foreach (string record in records)
        {
            xml.Append("  ").Append(record).Append('\n');
        }

        xml.Append("  <people><person id=\"x\"><name>Some Person</name></person></people>\n");
        xml.Append("</registry>\n");
        return xml.ToString();
    }

    /// <summary>Wraps record elements in a registry updated on 2026-08-17.</summary>
    /// <param name="records">The record elements, as XML text.</param>
    /// <returns>The registry XML.</returns>
    public static string Registry(params string[] records) => RegistryWithDate("2026-08-17", records);

    /// <summary>Builds one record element; a <see langword="null"/> part is left out.</summary>
    /// <param name="name">The service name.</param>
    /// <param name="protocol">The protocol.</param>
    /// <param name="number">The port or range.</param>
    /// <param name="description">The description (XML-escaped here).</param>
    /// <returns>The record XML.</returns>
    public static string Record(string? name, string? protocol, string? number, string? description = null)
    {
        StringBuilder xml = new("<record>");
        Element(xml, "name", name);
        Element(xml, "protocol", protocol);
        Element(xml, "description", description);
        Element(xml, "number", number);
        return xml.Append("</record>").ToString();
    }

    private static void Element(StringBuilder xml, string element, string? value)
    {
        if (value is not null)
        {
            xml.Append('<').Append(element).Append('>').Append(SecurityElement.Escape(value)).Append("</").Append(element).Append('>');
        }
    }
}
