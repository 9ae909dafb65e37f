namespace Ports.Tests;

/// <summary><see cref="ServicesDiagnostic"/>: a class with get-only properties, compared by reference.</summary>
public sealed class ServicesDiagnosticTests
{
    [Fact]
    public void Properties_SkippedLine_SaySourceLineReasonAndText()
    {
        PortRegistry registry = PortRegistry.Parse("ok 1/tcp\nbig 4294967296/tcp # too large\r\n");
        ServicesDiagnostic diagnostic = Assert.Single(registry.Diagnostics);
        Assert.Equal(("text", 2, ServicesLineError.PortOverflow, "big 4294967296/tcp # too large"), (diagnostic.Source, diagnostic.LineNumber, diagnostic.Error, diagnostic.Line));
        Assert.Equal("text:2: PortOverflow: big 4294967296/tcp # too large", diagnostic.ToString());
    }

    [Fact]
    public void Line_LongLine_CutTo200Characters()
    {
        string line = "x 1" + new string('y', 300);
        ServicesDiagnostic diagnostic = Assert.Single(PortRegistry.Parse(line + "\n").Diagnostics);
        Assert.Equal(ServicesLineError.UnexpectedCharacterAfterPort, diagnostic.Error);
        Assert.Equal(line[..200], diagnostic.Line);
    }

    [Fact]
    public void Equals_TwoParsesOfTheSameLine_ReferenceEqualityOnly()
    {
        ServicesDiagnostic first = Assert.Single(PortRegistry.Parse("bad\n").Diagnostics);
        ServicesDiagnostic second = Assert.Single(PortRegistry.Parse("bad\n").Diagnostics);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.NotEqual(first, second);
        Assert.True(first.Equals(first));
    }

    [Fact]
    public void Type_Shape_SealedWithoutPublicConstructorOrSetters()
    {
        Type type = typeof(ServicesDiagnostic);
        Assert.True(type.IsSealed);
        Assert.Empty(type.GetConstructors());
        Assert.All(type.GetProperties(), p => Assert.Null(p.SetMethod));
    }
}
