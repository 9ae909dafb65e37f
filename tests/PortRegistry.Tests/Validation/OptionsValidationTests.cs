using Ports.Validation;

namespace Ports.Tests.Validation;

public sealed class OptionsValidationTests
{
    [Fact]
    public void IsKnown_EveryNamedSource_True()
    {
        foreach (PortDataSource source in Enum.GetValues<PortDataSource>())
        {
            Assert.True(OptionsValidation.IsKnown(source), $"{source} must be known.");
        }
    }

    [Fact]
    public void IsKnown_ValuesAroundTheNamedOnes_AgreesWithEnumIsDefined()
    {
        for (int value = -2; value <= 10; value++)
        {
            var source = (PortDataSource)value;
            Assert.Equal(Enum.IsDefined(source), OptionsValidation.IsKnown(source));
        }
    }
}
