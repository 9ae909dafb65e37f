using System.Text;
using System.Xml;
using Ports.DataGenerator;

namespace Ports.Tests.DataGenerator;

/// <summary>Reading the IANA registry XML.</summary>
public sealed class IanaXmlReaderTests
{
    private static IanaDocument Read(string xml) => IanaXmlReader.Read(new StringReader(xml));

    [Fact]
    public void Read_TopLevelUpdated_IsTheDataVersion()
    {
        string xml = RegistryXml.RegistryWithDate(
            "2026-08-17",
            "<record updated=\"2024-12-20\"><name>x</name><protocol>tcp</protocol><description>d</description><number>1</number><updated>2001-01-01</updated></record>");

        IanaDocument document = Read(xml);

        Assert.Equal(new DateOnly(2026, 8, 17), document.Updated);
    }

    [Fact]
    public void Read_NoTopLevelUpdated_ThrowsInvalidData()
    {
        const string xml = "<registry xmlns=\"http://www.iana.org/assignments\"><record><name>x</name><updated>2026-01-01</updated></record></registry>";

        Assert.Throws<InvalidDataException>(() => Read(xml));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-8-17")]
    [InlineData("17.08.2026")]
    [InlineData("2026-02-30")]
    public void Read_UpdatedNotADate_ThrowsInvalidData(string updated)
    {
        Assert.Throws<InvalidDataException>(() => Read(RegistryXml.RegistryWithDate(updated)));
    }

    [Fact]
    public void Read_RootIsNotRegistry_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => Read("<services><updated>2026-08-17</updated></services>"));
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<registry><updated>2026-08-17</updated>")]
    [InlineData("<!DOCTYPE registry [<!ENTITY e \"x\">]><registry><updated>2026-08-17</updated></registry>")]
    public void Read_MalformedXmlOrDtd_ThrowsXmlException(string xml)
    {
        Assert.Throws<XmlException>(() => Read(xml));
    }

    [Fact]
    public void Read_Records_KeptInDocumentOrderWithTrimmedFields()
    {
        string xml = RegistryXml.Registry(
            "<record><name>\n  http \n</name><protocol> tcp </protocol><description>World Wide Web HTTP</description><number> 80 </number></record>",
            "<record><protocol>udp</protocol><description>Unassigned</description><number>225-241</number></record>",
            "<record><name/><protocol>tcp</protocol><description>Reserved</description><number>359</number></record>",
            "<record><name>swx</name><description>The Swiss Exchange</description><number>7300-7359</number></record>",
            "<record><name>noport</name><protocol>tcp</protocol></record>");

        IanaDocument document = Read(xml);

        IanaRecord[] expected =
        [
            new IanaRecord("http", "tcp", "80", "World Wide Web HTTP"),
            new IanaRecord(null, "udp", "225-241", "Unassigned"),
            new IanaRecord(null, "tcp", "359", "Reserved"),
            new IanaRecord("swx", null, "7300-7359", "The Swiss Exchange"),
            new IanaRecord("noport", "tcp", null, string.Empty),
        ];
        Assert.Equal(expected, document.Records);
    }

    [Fact]
    public void Read_DescriptionWithBrAndXref_RendersLineBreaksAndReferences()
    {
        string xml = RegistryXml.Registry(
            "<record><name>whoispp</name><protocol>tcp</protocol><description>whois++<br/><br/>\nIANA assigned<br/>this</description><number>63</number></record>",
            "<record><name>brski</name><protocol>tcp</protocol><description>Profile (LCMPP) <xref type=\"rfc\" data=\"rfc9483\"/>, see <xref type=\"person\" data=\"IESG\"/></description><number>1</number></record>");

        IanaDocument document = Read(xml);

        Assert.Equal("whois++\n\n\nIANA assigned\nthis", document.Records[0].Description);
        Assert.Equal("Profile (LCMPP) [RFC9483], see [IESG]", document.Records[1].Description);
    }

    [Fact]
    public void Read_NoNamespace_ReadsRecordsAlike()
    {
        const string xml = "<registry><updated>2026-08-17</updated><record><name>echo</name><protocol>tcp</protocol><number>7</number></record></registry>";

        IanaDocument document = Read(xml);

        Assert.Equal(new IanaRecord("echo", "tcp", "7", string.Empty), Assert.Single(document.Records));
    }

    [Fact]
    public void Read_Utf8Stream_KeepsNonAscii()
    {
        string xml = RegistryXml.Registry(RegistryXml.Record("vision-mon", "tcp", "4413", "FORTÉ Vision Monitoring platform"));
        using MemoryStream stream = new(Encoding.UTF8.GetBytes(xml));

        IanaDocument document = IanaXmlReader.Read(stream);

        Assert.Equal("FORTÉ Vision Monitoring platform", Assert.Single(document.Records).Description);
    }
}
