namespace Ports.Tests;

public sealed class PortClassifierTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Classify_OutOfRange_Throws(int port)
        => Assert.Throws<ArgumentOutOfRangeException>(() => PortClassifier.Classify(port));

    [Fact]
    public void Classify_EveryPort_MatchesTheSeedRanges()
    {
        int[] counts = new int[3];
        for (int port = 0; port <= 65535; port++)
        {
            counts[(int)PortClassifier.Classify(port)]++;
        }

        Assert.Equal([1024, 48128, 16384], counts);
    }
}
