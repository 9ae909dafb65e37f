using Ports.DataGenerator;

namespace Ports.Tests.DataGenerator;

/// <summary>Turning IANA descriptions into one-line comments.</summary>
public sealed class DescriptionCleanerTests
{
    [Theory]
    [InlineData("World Wide Web HTTP", "World Wide Web HTTP")]
    [InlineData("  Remote Job Entry  ", "Remote Job Entry")]
    [InlineData("Bootstrapping Remote Secure Key Infrastructure\nregistrar with CMP", "Bootstrapping Remote Secure Key Infrastructure registrar with CMP")]
    [InlineData("a\t\tb\r\n\n c", "a b c")]
    [InlineData("whois++\n\nIANA assigned", "whois++ IANA assigned")]
    [InlineData("FORTÉ Vision", "FORTÉ Vision")]
    public void Clean_Whitespace_CollapsedToSingleSpacesAndTrimmed(string description, string expected)
    {
        Assert.Equal(expected, DescriptionCleaner.Clean(description));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Clean_NothingButWhitespace_ReturnsEmpty(string? description)
    {
        Assert.Equal(string.Empty, DescriptionCleaner.Clean(description));
    }
}
